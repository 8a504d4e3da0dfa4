import { useEffect, useRef } from "react";

/** The ECharts option object (typed loosely here so ECharts stays out of the first screen's chunk). */
export type ChartOption = Record<string, unknown>;

/**
 * An ECharts chart; ECharts itself (`./echarts`) is loaded on first use, in its own chunk, so pages
 * without charts never download it.
 */
export function Chart({
  option,
  height = 260,
  label,
}: {
  option: ChartOption;
  height?: number;
  label: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let dispose = () => {};
    void import("./echarts").then(({ renderChart }) => {
      if (disposed || !ref.current) return;
      dispose = renderChart(ref.current, option);
    });
    return () => {
      disposed = true;
      dispose();
    };
  }, [option]);
  return <div ref={ref} role="img" aria-label={label} style={{ width: "100%", height }} />;
}
