import type { FilterQuery } from "@mikro-orm/core";
import { FairHeld } from "@pa/events";
import {
  assertTownshipInScope,
  audited,
  businessDate,
  type Connection,
  dateRange,
  findIn,
  InputCheck,
  paginate,
  quarterRange,
  requireIdentity,
  townshipScope,
} from "@pa/service-kit";
import type { EmploymentContext } from "../context";
import { targetStatus } from "../target/target.service";
import type { TargetStatus } from "../target/target.enums";
import { exportLedgerBase64 } from "@pa/service-kit/ledger";
import { TownshipFacts } from "../township/township-facts.entity";
import { checkTownship } from "../township/township.service";
import type { QuarterInput } from "../township/township.stub";
import { JOB_FAIR_LIST } from "./job-fair.export";
import { JobFair } from "./job-fair.entity";
import type { JobFairsFilter, RecordJobFairInput } from "./job-fair.inputs";

/** A quarter checked for range: `BAD_USER_INPUT` on `field` otherwise. */
export function checkedQuarter(
  q: QuarterInput,
  field = "quarter",
): { year: number; quarter: 1 | 2 | 3 | 4; from: string; to: string } {
  const v = new InputCheck(field);
  v.that(Number.isInteger(q.year) && q.year >= 2000 && q.year <= 2100, "year", {
    zh: "年份应在2000到2100之间",
    en: "year must be between 2000 and 2100",
  });
  v.that([1, 2, 3, 4].includes(q.quarter), "quarter", {
    zh: "季度应为1到4",
    en: "quarter must be 1, 2, 3 or 4",
  });
  v.done();
  const quarter = q.quarter as 1 | 2 | 3 | 4;
  return { year: q.year, quarter, ...quarterRange(q.year, quarter) };
}

export interface FairGapRow {
  townshipCode: string;
  name: string;
  /** The quarter's last day: a fair is due by then (R-EMP-4). */
  dueOn: string;
  /** NOT_DUE while the quarter runs, MISSED once it is over (issue 9 item 10). */
  status: TargetStatus;
}

export class JobFairService {
  constructor(private readonly ctx: EmploymentContext) {}

  private where(filter: JobFairsFilter | null | undefined): FilterQuery<JobFair> {
    const f = filter ?? {};
    return {
      ...townshipScope(requireIdentity(this.ctx), "townshipCode", f.townshipCodes),
      ...(f.kind ? { kind: f.kind } : {}),
      ...dateRange(f, "heldFrom", "heldTo", "heldOn"),
    };
  }

  list(
    filter: JobFairsFilter | null | undefined,
    page: { first: number; after?: string | null },
  ): Promise<Connection<JobFair>> {
    return paginate(this.ctx.em, JobFair, this.where(filter), page, [
      { field: "heldOn", direction: "DESC" },
      { field: "id", direction: "DESC" },
    ]);
  }

  /** 扶贫专场招聘一览 The fair list as an Excel file (Base64), Chinese headers; refused over its row limit. */
  listXlsx(filter: JobFairsFilter | null | undefined): Promise<string> {
    return exportLedgerBase64(this.ctx.em, JOB_FAIR_LIST, {
      entity: JobFair,
      where: this.where(filter),
      orderBy: { heldOn: "ASC", id: "ASC" },
    });
  }

  /**
   * R-EMP-4 gap list: townships where poor people are concentrated (from the registry) that held
   * no fair in the quarter (Asia/Shanghai calendar quarters), in the caller's scope.
   */
  async gaps(q: QuarterInput): Promise<FairGapRow[]> {
    const identity = requireIdentity(this.ctx);
    const { from, to } = checkedQuarter(q);
    const townships = await this.ctx.em.find(
      TownshipFacts,
      { concentrated: true, ...townshipScope(identity, "code") },
      { orderBy: { code: "ASC" } },
    );
    if (townships.length === 0) return [];
    const fairs = await findIn(
      this.ctx.em,
      JobFair,
      "townshipCode",
      townships.map((t) => t.code),
      dateRange({ from, to }, "from", "to", "heldOn"),
      { fields: ["townshipCode"] },
    );
    const held = new Set(fairs.map((f) => f.townshipCode));
    const status = targetStatus(true, false, to, businessDate());
    return townships
      .filter((t) => !held.has(t.code))
      .map((t) => ({ townshipCode: t.code, name: t.name, dueOn: to, status }));
  }

  /** 扶贫专场招聘 Records a fair that was held. */
  async record(input: RecordJobFairInput): Promise<JobFair> {
    const identity = requireIdentity(this.ctx);
    const today = businessDate();
    const v = new InputCheck();
    v.pastDate(input.heldOn, "heldOn", { zh: "举办日期", en: "heldOn" }, today);
    const title = input.title?.trim() || null;
    if (title)
      v.that(title.length <= 100, "title", {
        zh: "名称不能超过100个字符",
        en: "the title must be at most 100 characters",
      });
    const counts = [
      ["employers", "参会企业数", input.employers],
      ["positionsOffered", "提供岗位数", input.positionsOffered],
      ["poorAttendees", "贫困人员参会人数", input.poorAttendees],
      ["offersMade", "达成意向数", input.offersMade],
    ] as const;
    for (const [field, zh, value] of counts)
      v.that(Number.isSafeInteger(value) && value >= 0, field, {
        zh: `${zh}应为非负整数`,
        en: `${field} must be a whole number, 0 or more`,
      });
    assertTownshipInScope(identity, input.townshipCode);
    return this.ctx.em.transactional(async (em) => {
      await checkTownship(em, input.townshipCode, v, "townshipCode");
      v.done();
      const fair = await audited(em, this.ctx, "recordJobFair", () =>
        em.create(JobFair, {
          townshipCode: input.townshipCode,
          heldOn: input.heldOn,
          kind: input.kind,
          title,
          employers: input.employers,
          positionsOffered: input.positionsOffered,
          poorAttendees: input.poorAttendees,
          offersMade: input.offersMade,
          recordedBy: identity.sub,
        }),
      );
      this.ctx.outbox.add(em, FairHeld, {
        fairId: fair.id,
        townshipCode: fair.townshipCode,
        heldOn: fair.heldOn,
        kind: fair.kind,
      });
      return fair;
    });
  }
}
