import type { EntityManager, FilterQuery } from "@mikro-orm/core";
import { defineLedger, exportLedgerBase64 } from "@pa/service-kit/ledger";
import { PensionLedgerEntry } from "./pension-ledger.entity";
import { type PensionStatus } from "./pension.enums";

const STATUS_ZH: Record<PensionStatus, string> = {
  PENDING: "待补缴",
  DRAWING: "已在领取",
  BACK_PAID: "已补缴待申领",
  CLAIMED: "已申领待发放",
  PAYING: "发放中",
};

/** 城乡居民养老保险待遇扶贫台账 (R-SS-3): one row per person on the pension ledger. */
export const PENSION_LEDGER = defineLedger<PensionLedgerEntry>({
  sheetName: "养老待遇扶贫台账",
  creator: "social-security",
  columns: [
    { header: "序号", type: "integer", width: 8, value: (_e, i) => i + 1 },
    { header: "人员编号", type: "text", width: 30, value: (e) => e.personId },
    { header: "镇街代码", type: "text", width: 14, value: (e) => e.townshipCode },
    { header: "出生日期", type: "date", width: 12, value: (e) => e.birthDate },
    { header: "年满60周岁日期", type: "date", width: 16, value: (e) => e.turned60On },
    { header: "列入台账日期", type: "date", width: 14, value: (e) => e.foundOn },
    { header: "一次性补缴金额（元）", type: "money", width: 20, value: (e) => e.backPaymentFen },
    // The fen column stays beside the yuan one, as the ledger has always had it.
    { header: "一次性补缴金额（分）", type: "integer", width: 20, value: (e) => e.backPaymentFen },
    { header: "补缴日期", type: "date", width: 12, value: (e) => e.backPaidOn },
    { header: "待遇申领日期", type: "date", width: 14, value: (e) => e.claimedOn },
    { header: "待遇开始日期", type: "date", width: 14, value: (e) => e.benefitStartsOn },
    { header: "月养老金（元）", type: "money", width: 16, value: (e) => e.monthlyBenefitFen },
    { header: "月养老金（分）", type: "integer", width: 16, value: (e) => e.monthlyBenefitFen },
    { header: "发放开始日期", type: "date", width: 14, value: (e) => e.payingSince },
    { header: "状态", type: "text", width: 14, value: (e) => STATUS_ZH[e.status] },
    { header: "政策版本", type: "text", width: 30, value: (e) => e.policyVersionId },
  ],
});

/** The pension ledger of the entries `where` selects, as Base64 .xlsx; refused over the row limit. */
export function exportPensionLedger(
  em: EntityManager,
  where: FilterQuery<PensionLedgerEntry>,
): Promise<string> {
  return exportLedgerBase64(em, PENSION_LEDGER, {
    entity: PensionLedgerEntry,
    where,
    orderBy: { townshipCode: "ASC", turned60On: "ASC", id: "ASC" },
  });
}
