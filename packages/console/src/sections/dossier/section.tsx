import { lazy } from "react";
import { IdcardOutlined } from "@ant-design/icons";
import type { Section } from "../types";

const pages = () => import("./pages");

export const section: Section = {
  key: "dossier",
  label: "一人一档",
  icon: <IdcardOutlined />,
  path: "/dossier",
  order: 20,
  visible: () => true,
  pages: [
    {
      path: "",
      menuLabel: "一人一档",
      Component: lazy(() => pages().then((m) => ({ default: m.DossierSearch }))),
    },
    { path: ":id", Component: lazy(() => pages().then((m) => ({ default: m.DossierPage }))) },
  ],
};
