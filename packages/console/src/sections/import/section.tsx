import { lazy } from "react";
import { UploadOutlined } from "@ant-design/icons";
import { REGISTER_WRITERS, canWrite } from "../../auth/identity";
import type { Section } from "../types";

export const section: Section = {
  key: "import",
  label: "登记导入",
  icon: <UploadOutlined />,
  path: "/import",
  order: 30,
  visible: (i) => canWrite(i, ...REGISTER_WRITERS),
  pages: [{ path: "", menuLabel: "登记导入", Component: lazy(() => import("./pages")) }],
};
