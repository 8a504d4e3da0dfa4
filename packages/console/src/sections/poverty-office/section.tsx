import { lazy } from "react";
import { AlertOutlined } from "@ant-design/icons";
import type { Section } from "../types";
import { BurdenPanelFragment } from "./dossier";

const pages = () => import("./pages");
const panel = () => import("./panel");

export const section: Section = {
  key: "poverty-office",
  label: "扶贫办",
  icon: <AlertOutlined />,
  path: "/poverty-office",
  order: 60,
  visible: (i) => ["poverty-office", "township-centre", "bureau"].includes(i.unit),
  preload: pages,
  pages: [
    {
      path: "",
      menuLabel: "大病负担通报",
      Component: lazy(() => pages().then((m) => ({ default: m.BurdenNoticesPage }))),
    },
  ],
  dossierPanel: {
    order: 40,
    title: "大病负担通报（扶贫办）",
    service: "登记服务",
    fragment: BurdenPanelFragment,
    load: panel,
    Component: lazy(panel),
  },
};
