import { registerEnumType } from "type-graphql";

export enum CaseStatus {
  OPEN = "OPEN",
  CLOSED = "CLOSED",
}
registerEnumType(CaseStatus, {
  name: "AssistanceCaseStatus",
  description: "帮扶状态 Assistance case status",
  valuesConfig: {
    OPEN: { description: "帮扶中 Open" },
    CLOSED: { description: "已结案（仅由工作人员填写原因结案） Closed by a clerk with a reason" },
  },
});
