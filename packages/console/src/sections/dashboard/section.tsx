import { lazy } from "react";
import { DashboardOutlined } from "@ant-design/icons";
import { useQuery } from "urql";
import type { Section } from "../types";
import { Dashboard } from "./query";

const pages = () => import("./pages");
/** The page's chunk and ECharts (its chart) together, not ECharts after the page has rendered. */
const withChart = () => {
  void import("../../lib/echarts");
  return pages();
};
const DashboardPage = lazy(withChart);

/** The 工作台's route, in the first screen's chunk: its query starts while the page's chunk loads. */
function DashboardRoute() {
  const [result] = useQuery({ query: Dashboard });
  return <DashboardPage result={result} />;
}

export const section: Section = {
  key: "dashboard",
  label: "工作台",
  icon: <DashboardOutlined />,
  path: "/",
  order: 0,
  visible: () => true,
  preload: withChart,
  pages: [{ path: "", menuLabel: "工作台", Component: DashboardRoute }],
};
