import { lazy } from "react";
import { SafetyCertificateOutlined } from "@ant-design/icons";
import type { Section } from "../types";
import { SocialSecurityPanelFragment } from "./dossier";

const pages = () => import("./pages");
const panel = () => import("./panel");
const page = (
  name:
    "ScreeningPage" | "EnrolmentsPage" | "SubsidiesPage" | "PensionPage" | "SettlementPage" | "WhatIfPage",
) => lazy(() => pages().then((m) => ({ default: m[name] })));

export const section: Section = {
  key: "social-security",
  label: "社保",
  icon: <SafetyCertificateOutlined />,
  path: "/social-security",
  order: 50,
  visible: (i) => ["medical-centre", "pension-centre", "bureau", "poverty-office"].includes(i.unit),
  preload: pages,
  pages: [
    { path: "", menuLabel: "参保与代缴筛查", Component: page("ScreeningPage") },
    { path: "enrolments", menuLabel: "参保登记", Component: page("EnrolmentsPage") },
    { path: "subsidies", menuLabel: "代缴补贴台账", Component: page("SubsidiesPage") },
    { path: "pension", menuLabel: "养老待遇台账", Component: page("PensionPage") },
    { path: "settlement", menuLabel: "医疗费用结算", Component: page("SettlementPage") },
    { path: "what-if", menuLabel: "政策测算", Component: page("WhatIfPage") },
  ],
  dossierPanel: {
    order: 30,
    title: "社会保障（医保中心、养老保险中心）",
    service: "社保服务",
    fragment: SocialSecurityPanelFragment,
    load: panel,
    Component: lazy(panel),
  },
};
