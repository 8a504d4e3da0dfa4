import { lazy } from "react";
import { ShopOutlined } from "@ant-design/icons";
import type { Section } from "../types";
import { EmploymentPanelFragment } from "./dossier";

const pages = () => import("./pages");
const panel = () => import("./panel");
const page = (
  name:
    | "EmploymentOverview"
    | "PostsPage"
    | "AllowancesPage"
    | "ProjectsPage"
    | "CasesPage"
    | "OfferGapsPage"
    | "OffersPage"
    | "FairsPage"
    | "TargetsPage",
) => lazy(() => pages().then((m) => ({ default: m[name] })));

export const section: Section = {
  key: "employment",
  label: "就业",
  icon: <ShopOutlined />,
  path: "/employment",
  order: 40,
  visible: (i) => !["medical-centre", "pension-centre"].includes(i.unit),
  preload: pages,
  pages: [
    { path: "", menuLabel: "岗位与项目", Component: page("EmploymentOverview") },
    { path: "posts", menuLabel: "公益岗位", Component: page("PostsPage") },
    { path: "allowances", menuLabel: "补贴发放", Component: page("AllowancesPage") },
    { path: "projects", menuLabel: "扶贫项目", Component: page("ProjectsPage") },
    { path: "cases", menuLabel: "帮扶案件", Component: page("CasesPage") },
    { path: "offer-gaps", menuLabel: "推荐缺口", Component: page("OfferGapsPage") },
    { path: "offers", menuLabel: "推荐结果", Component: page("OffersPage") },
    { path: "fairs", menuLabel: "专场招聘", Component: page("FairsPage") },
    { path: "targets", menuLabel: "目标", Component: page("TargetsPage") },
  ],
  dossierPanel: {
    order: 20,
    title: "就业帮扶（人力资源服务中心）",
    service: "就业服务",
    fragment: EmploymentPanelFragment,
    load: panel,
    Component: lazy(panel),
  },
};
