import type { EntityManager, FilterQuery } from "@mikro-orm/core";
import {
  audited,
  businessDate,
  ConflictError,
  type Connection,
  dateRange,
  InputCheck,
  loadForWrite,
  paginate,
  requireIdentity,
  townshipScope,
} from "@pa/service-kit";
import type { EmploymentContext } from "../context";
import { checkPerson } from "../person/person.loaders";
import { offersRequiredOn, policies } from "../policy/policy.kinds";
import { AssistanceCase } from "./assistance-case.entity";
import { CaseStatus } from "./assistance-case.enums";
import type {
  AssignCaseworkerInput,
  AssistanceCasesFilter,
  CloseAssistanceCaseInput,
  OfferGapsFilter,
  OpenAssistanceCaseInput,
} from "./assistance-case.inputs";
import { openCase } from "./assistance-case.reactions";
import { targetStatus } from "../target/target.service";
import type { TargetStatus } from "../target/target.enums";

export class AssistanceCaseService {
  constructor(private readonly ctx: EmploymentContext) {}

  async get(id: string): Promise<AssistanceCase | null> {
    return this.ctx.em.findOne(AssistanceCase, { id, ...townshipScope(requireIdentity(this.ctx)) });
  }

  list(
    filter: AssistanceCasesFilter | null | undefined,
    page: { first: number; after?: string | null },
  ): Promise<Connection<AssistanceCase>> {
    const identity = requireIdentity(this.ctx);
    const f = filter ?? {};
    const where: FilterQuery<AssistanceCase> = {
      ...townshipScope(identity, "townshipCode", f.townshipCodes),
      ...(f.status ? { status: f.status } : {}),
      ...(f.jobReady != null ? { jobReady: f.jobReady } : {}),
      ...(f.caseworker ? { caseworker: f.caseworker } : {}),
      ...(f.unassigned ? { caseworker: null } : {}),
      ...(f.personId ? { personId: f.personId } : {}),
      ...dateRange(f, "openedFrom", "openedTo", "openedOn"),
    };
    return paginate(this.ctx.em, AssistanceCase, where, page, [
      { field: "openedOn", direction: "ASC" },
      { field: "id", direction: "ASC" },
    ]);
  }

  /**
   * 岗位推荐缺口 R-EMP-3 gap list: open cases whose person has fewer offers than the `OFFERS`
   * policy in force today requires, longest-waiting (opened earliest) first, with that policy.
   */
  async offerGaps(
    filter: OfferGapsFilter | null | undefined,
    page: { first: number; after?: string | null },
  ): Promise<
    Connection<AssistanceCase> & {
      offersRequired: number;
      policyVersionId: string;
      dueOn: string | null;
      status: TargetStatus;
    }
  > {
    const identity = requireIdentity(this.ctx);
    const today = businessDate();
    const { deadline, ...policy } = await offersRequiredOn(policies.forRequest(this.ctx), today);
    const where: FilterQuery<AssistanceCase> = {
      ...townshipScope(identity, "townshipCode", filter?.townshipCodes),
      status: CaseStatus.OPEN,
      offerCount: { $lt: policy.offersRequired },
    };
    const connection = await paginate(this.ctx.em, AssistanceCase, where, page, [
      { field: "openedOn", direction: "ASC" },
      { field: "id", direction: "ASC" },
    ]);
    // Everyone listed falls short: the list is due (MISSED) once the deadline is over.
    return { ...connection, ...policy, dueOn: deadline, status: targetStatus(true, false, deadline, today) };
  }

  /** Opens a case by hand (a person the registry has not flagged, or after a clerk closed one). */
  async open(input: OpenAssistanceCaseInput): Promise<AssistanceCase> {
    const identity = requireIdentity(this.ctx);
    return this.ctx.em.transactional(async (em) => {
      const v = new InputCheck();
      const [person] = v.done(await checkPerson(em, identity, input.personId, v, "personId"));
      const open = await em.findOne(AssistanceCase, { personId: input.personId, status: CaseStatus.OPEN });
      if (open)
        throw new ConflictError(
          { zh: "该人员已有帮扶中的案件", en: `person ${input.personId} already has an open case` },
          {
            existingCaseId: open.id,
          },
        );
      const c = await openCase(em, person, {
        on: businessDate(),
        openedBy: identity.sub,
        audit: this.ctx,
        outbox: this.ctx.outbox,
      });
      await em.flush();
      return c;
    });
  }

  async assignCaseworker(input: AssignCaseworkerInput): Promise<AssistanceCase> {
    const v = new InputCheck();
    const caseworker = v.text(input.caseworker, "caseworker", { zh: "帮扶责任人", en: "caseworker" }, 50);
    v.done();
    return this.ctx.em.transactional(async (em) => {
      const c = await this.loadForWrite(em, input.caseId, input.version);
      return audited(em, this.ctx, "assignCaseworker", c, (row) => {
        row.caseworker = caseworker;
        row.caseworkerAssignedOn = businessDate();
      });
    });
  }

  /** 结案 Closes a case: only a clerk, only with a reason (R-PRIN-1: an exit from poverty closes nothing). */
  async close(input: CloseAssistanceCaseInput): Promise<AssistanceCase> {
    const identity = requireIdentity(this.ctx);
    const today = businessDate();
    const closedOn = input.closedOn ?? today;
    return this.ctx.em.transactional(async (em) => {
      const c = await this.loadForWrite(em, input.caseId, input.version);
      const v = new InputCheck();
      const reason = v.text(input.reason, "reason", { zh: "结案原因", en: "reason" }, 200);
      v.that(c.status === CaseStatus.OPEN, "caseId", {
        zh: `案件已于 ${c.closedOn} 结案`,
        en: `the case was already closed on ${c.closedOn}`,
      });
      v.pastDate(closedOn, "closedOn", { zh: "结案日期", en: "closedOn" }, today);
      v.that(closedOn >= c.openedOn, "closedOn", {
        zh: "结案日期不能早于立案日期",
        en: `closedOn cannot be before the case was opened (${c.openedOn})`,
      });
      v.done();
      return audited(em, this.ctx, "closeAssistanceCase", c, (row) => {
        row.status = CaseStatus.CLOSED;
        row.openKey = null;
        row.closedOn = closedOn;
        row.closeReason = reason;
        row.closedBy = identity.sub;
      });
    });
  }

  private loadForWrite(em: EntityManager, id: string, version: number): Promise<AssistanceCase> {
    return loadForWrite(em, requireIdentity(this.ctx), AssistanceCase, id, {
      what: { zh: "帮扶案件", en: "case" },
      version,
    });
  }
}
