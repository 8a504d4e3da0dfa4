import { registerEnumType } from "type-graphql";

/** 补贴申请状态 submitted → verified → paid, or refused with a reason (R-SKL-1). */
export enum ClaimStatus {
  SUBMITTED = "SUBMITTED",
  VERIFIED = "VERIFIED",
  PAID = "PAID",
  REFUSED = "REFUSED",
}
registerEnumType(ClaimStatus, {
  name: "TrainingClaimStatus",
  description: "培训补贴申请状态 Subsidy claim status",
  valuesConfig: {
    SUBMITTED: { description: "已申报待审核 Submitted, awaiting verification" },
    VERIFIED: { description: "已审核待拨付 Verified, awaiting payment" },
    PAID: { description: "已拨付 Paid to the institution" },
    REFUSED: { description: "不予拨付 Refused, with the reason" },
  },
});

/** Whether a claim line is paid. */
export enum ClaimLineOutcome {
  PAYABLE = "PAYABLE",
  REFUSED = "REFUSED",
}
registerEnumType(ClaimLineOutcome, {
  name: "TrainingClaimLineOutcome",
  description: "申报明细结果 Claim line outcome",
  valuesConfig: {
    PAYABLE: { description: "予以补贴 Payable" },
    REFUSED: { description: "不予补贴 Refused" },
  },
});

/** What a payable line pays for. */
export enum ClaimLineBasis {
  COMPLETED = "COMPLETED",
  PARTIAL = "PARTIAL",
}
registerEnumType(ClaimLineBasis, {
  name: "TrainingClaimLineBasis",
  description: "补贴依据 Basis of a payable line",
  valuesConfig: {
    COMPLETED: { description: "验收合格结业 A verified completion: the full price" },
    PARTIAL: { description: "部分出勤（按政策比例） Partial attendance, at the policy's share of the price" },
  },
});

/** Why a claim line is refused. */
export enum ClaimLineRefusal {
  NOT_COMPLETED = "NOT_COMPLETED",
  NOT_REGISTERED_POOR = "NOT_REGISTERED_POOR",
  ALREADY_CLAIMED = "ALREADY_CLAIMED",
  NOT_ENROLLED = "NOT_ENROLLED",
}
registerEnumType(ClaimLineRefusal, {
  name: "TrainingClaimLineRefusal",
  description: "不予补贴原因 Why a line is refused",
  valuesConfig: {
    NOT_COMPLETED: { description: "未结业（出勤或考核未达标） Did not complete" },
    NOT_REGISTERED_POOR: { description: "非建档立卡贫困人员 Not a registered poor person" },
    ALREADY_CLAIMED: { description: "已在其他项目（或本项目）申领补贴 Already claimed on a project" },
    NOT_ENROLLED: { description: "未参加本项目 Not enrolled in this project" },
  },
});
