import { lazy } from "react";
import { TeamOutlined } from "@ant-design/icons";
import type { Section } from "../types";

const pages = () => import("./pages");

export const section: Section = {
  key: "people",
  label: "人员",
  icon: <TeamOutlined />,
  path: "/people",
  order: 10,
  visible: () => true,
  pages: [
    { path: "", menuLabel: "人员", Component: lazy(() => pages().then((m) => ({ default: m.PeoplePage }))) },
  ],
  dossierPanel: {
    order: 10,
    title: "基本信息（扶贫办登记）",
    service: "登记服务",
    Component: lazy(() => pages().then((m) => ({ default: m.RegistryPanel }))),
  },
};
