import type { EntityManager, FilterQuery } from "@mikro-orm/core";
import { defineLedger, exportLedgerBase64, type Ledger } from "@pa/service-kit/ledger";
import type { Scheme } from "./enrolment.enums";
import { PremiumSubsidy } from "./premium-subsidy.entity";
import { subsidyState } from "./subsidy.rules";
import { type SubsidyState } from "./enrolment.enums";

const SCHEME_ZH: Record<Scheme, string> = {
  RESIDENT_PENSION: "城乡居民基本养老保险",
  RESIDENT_MEDICAL: "城乡居民基本医疗保险",
};
const STATE_ZH: Record<SubsidyState, string> = {
  ON_TIME_IN_FULL: "及时足额到账",
  NOT_YET_DUE: "未到期",
  UNPAID: "逾期未到账",
  SHORT: "未足额",
  LATE: "逾期到账",
};

/** 个人缴费补贴台账 (R-SS-1): standard, due date, what arrived and when, and the state on `asOf`. */
export function subsidyLedger(asOf: string): Ledger<PremiumSubsidy> {
  return defineLedger<PremiumSubsidy>({
    sheetName: "个人缴费补贴台账",
    creator: "social-security",
    columns: [
      { header: "序号", type: "integer", width: 8, value: (_s, i) => i + 1 },
      { header: "人员编号", type: "text", width: 30, value: (s) => s.personId },
      { header: "镇街代码", type: "text", width: 14, value: (s) => s.townshipCode },
      { header: "险种", type: "text", width: 24, value: (s) => SCHEME_ZH[s.scheme] },
      { header: "年度", type: "integer", width: 8, value: (s) => s.year },
      { header: "补贴标准（元）", type: "money", width: 16, value: (s) => s.standardFen },
      // The fen column stays beside the yuan one, as the ledger has always had it.
      { header: "补贴标准（分）", type: "integer", width: 16, value: (s) => s.standardFen },
      { header: "应到账日期", type: "date", width: 12, value: (s) => s.dueOn },
      { header: "已到账（元）", type: "money", width: 14, value: (s) => s.paidFen },
      { header: "已到账（分）", type: "integer", width: 14, value: (s) => s.paidFen },
      { header: "到账日期", type: "date", width: 12, value: (s) => s.paidOn },
      { header: "到账情况", type: "text", width: 14, value: (s) => STATE_ZH[subsidyState(s, asOf)] },
    ],
  });
}

/** The subsidy ledger of the subsidies `where` selects, as Base64 .xlsx; refused over the row limit. */
export function exportSubsidyLedger(
  em: EntityManager,
  where: FilterQuery<PremiumSubsidy>,
  asOf: string,
): Promise<string> {
  return exportLedgerBase64(em, subsidyLedger(asOf), {
    entity: PremiumSubsidy,
    where,
    orderBy: { townshipCode: "ASC", personId: "ASC", scheme: "ASC" },
    field: "townshipCodes",
  });
}
