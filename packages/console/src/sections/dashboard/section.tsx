import { lazy } from "react";
import { DashboardOutlined } from "@ant-design/icons";
import type { Section } from "../types";

export const section: Section = {
  key: "dashboard",
  label: "工作台",
  icon: <DashboardOutlined />,
  path: "/",
  order: 0,
  visible: () => true,
  pages: [{ path: "", menuLabel: "工作台", Component: lazy(() => import("./pages")) }],
};
