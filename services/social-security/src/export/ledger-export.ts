import type { EntityManager, FilterQuery } from "@mikro-orm/core";
import ExcelJS from "exceljs";
import { PremiumSubsidy } from "../enrolment/premium-subsidy.entity";
import { subsidyState, type SubsidyState } from "../enrolment/subsidy.rules";
import { PensionLedgerEntry, type PensionStatus } from "../pension/pension-ledger.entity";
import { type Scheme } from "../common/enums";
import { yuan } from "../common/money";

/** Exports stop here; a bigger ledger should be exported per township. */
export const MAX_EXPORT_ROWS = 100_000;

const STATUS_ZH: Record<PensionStatus, string> = {
  PENDING: "待补缴",
  BACK_PAID: "已补缴待申领",
  CLAIMED: "已申领待发放",
  PAYING: "发放中",
};
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

interface Column {
  header: string;
  key: string;
  width: number;
}

/**
 * Money is written as text in yuan with two decimals, formatted from integer fen (no float ever
 * touches an amount); the fen column beside it stays numeric for sums.
 */
async function workbook(
  sheetName: string,
  columns: Column[],
  rows: Record<string, string | number>[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "social-security";
  const sheet = wb.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** 城乡居民养老保险待遇扶贫台账 (R-SS-3). */
export async function pensionLedgerXlsx(
  em: EntityManager,
  where: FilterQuery<PensionLedgerEntry>,
): Promise<Buffer> {
  const rows = await em.find(PensionLedgerEntry, where, {
    orderBy: { townshipCode: "ASC", turned60On: "ASC", id: "ASC" },
    limit: MAX_EXPORT_ROWS,
  });
  return workbook(
    "养老待遇扶贫台账",
    [
      { header: "序号", key: "no", width: 8 },
      { header: "人员编号", key: "personId", width: 30 },
      { header: "镇街代码", key: "townshipCode", width: 14 },
      { header: "出生日期", key: "birthDate", width: 12 },
      { header: "年满60周岁日期", key: "turned60On", width: 16 },
      { header: "列入台账日期", key: "foundOn", width: 14 },
      { header: "一次性补缴金额（元）", key: "backPaymentYuan", width: 20 },
      { header: "一次性补缴金额（分）", key: "backPaymentFen", width: 20 },
      { header: "补缴日期", key: "backPaidOn", width: 12 },
      { header: "待遇申领日期", key: "claimedOn", width: 14 },
      { header: "待遇开始日期", key: "benefitStartsOn", width: 14 },
      { header: "月养老金（元）", key: "monthlyYuan", width: 16 },
      { header: "月养老金（分）", key: "monthlyFen", width: 16 },
      { header: "发放开始日期", key: "payingSince", width: 14 },
      { header: "状态", key: "status", width: 14 },
      { header: "政策版本", key: "policyVersionId", width: 30 },
    ],
    rows.map((e, i) => ({
      no: i + 1,
      personId: e.personId,
      townshipCode: e.townshipCode,
      birthDate: e.birthDate,
      turned60On: e.turned60On,
      foundOn: e.foundOn,
      backPaymentYuan: yuan(e.backPaymentFen),
      backPaymentFen: e.backPaymentFen,
      backPaidOn: e.backPaidOn ?? "",
      claimedOn: e.claimedOn ?? "",
      benefitStartsOn: e.benefitStartsOn,
      monthlyYuan: yuan(e.monthlyBenefitFen),
      monthlyFen: e.monthlyBenefitFen,
      payingSince: e.payingSince ?? "",
      status: STATUS_ZH[e.status],
      policyVersionId: e.policyVersionId,
    })),
  );
}

/** 个人缴费补贴台账 (R-SS-1): standard, due date, what arrived and when, and the state on `asOf`. */
export async function subsidyLedgerXlsx(
  em: EntityManager,
  where: FilterQuery<PremiumSubsidy>,
  asOf: string,
): Promise<Buffer> {
  const rows = await em.find(PremiumSubsidy, where, {
    orderBy: { townshipCode: "ASC", personId: "ASC", scheme: "ASC" },
    limit: MAX_EXPORT_ROWS,
  });
  return workbook(
    "个人缴费补贴台账",
    [
      { header: "序号", key: "no", width: 8 },
      { header: "人员编号", key: "personId", width: 30 },
      { header: "镇街代码", key: "townshipCode", width: 14 },
      { header: "险种", key: "scheme", width: 24 },
      { header: "年度", key: "year", width: 8 },
      { header: "补贴标准（元）", key: "standardYuan", width: 16 },
      { header: "补贴标准（分）", key: "standardFen", width: 16 },
      { header: "应到账日期", key: "dueOn", width: 12 },
      { header: "已到账（元）", key: "paidYuan", width: 14 },
      { header: "已到账（分）", key: "paidFen", width: 14 },
      { header: "到账日期", key: "paidOn", width: 12 },
      { header: "到账情况", key: "state", width: 14 },
    ],
    rows.map((s, i) => ({
      no: i + 1,
      personId: s.personId,
      townshipCode: s.townshipCode,
      scheme: SCHEME_ZH[s.scheme],
      year: s.year,
      standardYuan: yuan(s.standardFen),
      standardFen: s.standardFen,
      dueOn: s.dueOn,
      paidYuan: yuan(s.paidFen),
      paidFen: s.paidFen,
      paidOn: s.paidOn ?? "",
      state: STATE_ZH[subsidyState(s, asOf)],
    })),
  );
}
