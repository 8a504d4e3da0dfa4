import { registerEnumType } from "type-graphql";

/**
 * 台账状态 PENDING → BACK_PAID → CLAIMED → PAYING for people reaching 60 within the programme;
 * DRAWING (no steps) for people already of pension age when the programme took them in.
 */
export enum PensionStatus {
  PENDING = "PENDING",
  DRAWING = "DRAWING",
  BACK_PAID = "BACK_PAID",
  CLAIMED = "CLAIMED",
  PAYING = "PAYING",
}
registerEnumType(PensionStatus, {
  name: "PensionStatus",
  description: "养老待遇台账状态 Pension ledger status",
  valuesConfig: {
    PENDING: { description: "待补缴 Back-payment to make" },
    DRAWING: {
      description:
        "已在领取 Already of pension age when registered or when the plan began: drawing, nothing to back-pay",
    },
    BACK_PAID: { description: "已补缴 Back-paid; benefit to claim" },
    CLAIMED: { description: "已申领 Benefit claimed; payment to start" },
    PAYING: { description: "发放中 Benefit being paid" },
  },
});
