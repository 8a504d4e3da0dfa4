import { lazy } from "react";
import { ToolOutlined } from "@ant-design/icons";
import type { Section } from "../types";
import { SkillsPanelFragment } from "./dossier";

const pages = () => import("./pages");
const panel = () => import("./panel");
const page = (
  name:
    | "GapsPage"
    | "ProjectsPage"
    | "ProjectPage"
    | "InstitutionsPage"
    | "ClaimsPage"
    | "ClaimPage"
    | "EffectPage",
) => lazy(() => pages().then((m) => ({ default: m[name] })));

/**
 * 技能 Skills (issue 12 item 9): the HR centre's purchased training (R-SKL-1, R-SKL-2) and the
 * training-need gap list (R-TGT-3). Only hr-centre writes; township centres read their townships
 * (the skills subgraph scopes every read); the medical and pension centres do not see it.
 */
export const section: Section = {
  key: "skills",
  label: "技能",
  icon: <ToolOutlined />,
  path: "/skills",
  order: 45,
  visible: (i) => !["medical-centre", "pension-centre"].includes(i.unit),
  preload: pages,
  pages: [
    { path: "", menuLabel: "培训缺口", Component: page("GapsPage") },
    { path: "projects", menuLabel: "培训项目", Component: page("ProjectsPage") },
    { path: "projects/:id", Component: page("ProjectPage") },
    { path: "institutions", menuLabel: "培训机构", Component: page("InstitutionsPage") },
    { path: "claims", menuLabel: "补贴审核", Component: page("ClaimsPage") },
    { path: "claims/:id", Component: page("ClaimPage") },
    { path: "effect", menuLabel: "培训实效", Component: page("EffectPage") },
  ],
  dossierPanel: {
    order: 25,
    title: "技能扶贫（人力资源服务中心）",
    service: "技能服务",
    fragment: SkillsPanelFragment,
    load: panel,
    Component: lazy(panel),
  },
};
