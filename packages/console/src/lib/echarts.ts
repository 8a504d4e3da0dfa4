import * as echarts from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/** Draws `option` into `el`, follows its size, and returns how to dispose of it. */
export function renderChart(el: HTMLElement, option: Record<string, unknown>): () => void {
  const chart = echarts.init(el, undefined, { renderer: "canvas" });
  chart.setOption(option);
  const ro = new ResizeObserver(() => chart.resize());
  ro.observe(el);
  return () => {
    ro.disconnect();
    chart.dispose();
  };
}
