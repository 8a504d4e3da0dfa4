import { registerEnumType } from "type-graphql";

export enum CaseStatus {
  OPEN = "OPEN",
  CLOSED = "CLOSED",
  /** Closed by the service: the registry's latest facts say the person no longer wants work. */
  NOT_NEEDED = "NOT_NEEDED",
}
registerEnumType(CaseStatus, {
  name: "AssistanceCaseStatus",
  description: "帮扶状态 Assistance case status",
  valuesConfig: {
    OPEN: { description: "帮扶中 Open" },
    CLOSED: { description: "已结案（仅由工作人员填写原因结案） Closed by a clerk with a reason" },
    NOT_NEEDED: {
      description:
        "不再需要帮扶（需求调查显示本人已无就业意愿；脱贫不是理由） Closed: the person no longer wants work (the latest needs survey); never by an exit",
    },
  },
});
