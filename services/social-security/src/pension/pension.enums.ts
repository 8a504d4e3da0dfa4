import { registerEnumType } from "type-graphql";

/** 台账状态 PENDING → BACK_PAID → CLAIMED → PAYING. */
export enum PensionStatus {
  PENDING = "PENDING",
  BACK_PAID = "BACK_PAID",
  CLAIMED = "CLAIMED",
  PAYING = "PAYING",
}
registerEnumType(PensionStatus, {
  name: "PensionStatus",
  description: "养老待遇台账状态 Pension ledger status",
  valuesConfig: {
    PENDING: { description: "待补缴 Back-payment to make" },
    BACK_PAID: { description: "已补缴 Back-paid; benefit to claim" },
    CLAIMED: { description: "已申领 Benefit claimed; payment to start" },
    PAYING: { description: "发放中 Benefit being paid" },
  },
});
