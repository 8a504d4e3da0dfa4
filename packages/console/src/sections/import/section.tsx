import { lazy } from "react";
import { UploadOutlined } from "@ant-design/icons";
import { REGISTER_WRITERS, canWrite } from "../../auth/identity";
import type { Section } from "../types";

const pages = () => import("./pages");

export const section: Section = {
  key: "import",
  label: "登记导入",
  icon: <UploadOutlined />,
  path: "/import",
  order: 30,
  visible: (i) => canWrite(i, ...REGISTER_WRITERS),
  preload: pages,
  pages: [{ path: "", menuLabel: "登记导入", Component: lazy(pages) }],
};
