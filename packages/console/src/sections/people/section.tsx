import { lazy } from "react";
import { TeamOutlined } from "@ant-design/icons";
import type { Section } from "../types";
import { RegistryPanelFragment } from "./dossier";

const pages = () => import("./pages");
const panel = () => import("./panel");

export const section: Section = {
  key: "people",
  label: "人员",
  icon: <TeamOutlined />,
  path: "/people",
  order: 10,
  visible: () => true,
  preload: pages,
  pages: [
    { path: "", menuLabel: "人员", Component: lazy(() => pages().then((m) => ({ default: m.PeoplePage }))) },
  ],
  dossierPanel: {
    order: 10,
    title: "基本信息（扶贫办登记）",
    service: "登记服务",
    fragment: RegistryPanelFragment,
    load: panel,
    Component: lazy(panel),
  },
};
