import type { EntityManager, FilterQuery } from "@mikro-orm/core";
import { ProjectStarted } from "@pa/events";
import {
  assertTownshipInScope,
  audit,
  audited,
  businessDate,
  type Connection,
  dateRange,
  findIn,
  InputCheck,
  loadForWrite,
  paginate,
  requireIdentity,
  townshipScope,
} from "@pa/service-kit";
import type { EmploymentContext } from "../context";
import { PersonFacts } from "../person/person-facts.entity";
import { activeOnWhere, yearRange } from "../common/period.rules";
import { TargetMetric } from "../target/target.enums";
import { countCheck, targetOn } from "../target/target.service";
import { policies } from "../policy/policy.kinds";
import { checkTownship } from "../township/township.service";
import { EmploymentProject, ProjectEmployee } from "./project.entity";
import type {
  AddProjectEmployeesInput,
  EmploymentProjectsFilter,
  EndEmploymentProjectInput,
  StartEmploymentProjectInput,
} from "./project.inputs";
import type { ProjectFigures } from "./project.types";

const MAX_PEOPLE_PER_CALL = 500;

export class EmploymentProjectService {
  constructor(private readonly ctx: EmploymentContext) {}

  list(
    filter: EmploymentProjectsFilter | null | undefined,
    page: { first: number; after?: string | null },
  ): Promise<Connection<EmploymentProject>> {
    const f = filter ?? {};
    const where: FilterQuery<EmploymentProject> = {
      ...townshipScope(requireIdentity(this.ctx), "townshipCode", f.townshipCodes),
      ...(f.sponsorKind ? { sponsorKind: f.sponsorKind } : {}),
      ...dateRange(f, "startedFrom", "startedTo", "startedOn"),
      ...(f.heldOn ? activeOnWhere("startedOn", "endedOn", f.heldOn) : {}),
    };
    return paginate(this.ctx.em, EmploymentProject, where, page, [
      { field: "startedOn", direction: "DESC" },
      { field: "id", direction: "DESC" },
    ]);
  }

  /**
   * R-EMP-2 figures: projects started in a calendar year (goal ≥ 5 a year, due at the year's end)
   * and projects held on a date (goal ≥ 10 by the plan's deadline; a project ended on or before the
   * date is not held), each against its target with its status (issue 9 item 10). The date is
   * `asOf`, or for a year asked without one the end of that year — today while the year runs; the
   * year is `year`, or the year of that date. Projects started count up to the date.
   */
  async figures(
    year: number | null | undefined,
    asOf: string | null | undefined,
    townshipCodes: string[] | null | undefined,
  ): Promise<ProjectFigures> {
    const today = businessDate();
    const v = new InputCheck("");
    if (year != null)
      v.that(Number.isInteger(year) && year >= 2000 && year <= 2100, "year", {
        zh: "年份应在2000到2100之间",
        en: "year must be between 2000 and 2100",
      });
    v.done();
    const yearEnd = year != null ? yearRange(year).to : null;
    const on = asOf ?? (yearEnd != null && yearEnd < today ? yearEnd : today);
    const y = year ?? Number(on.slice(0, 4));
    const scope = townshipScope(requireIdentity(this.ctx), "townshipCode", townshipCodes);
    const range = yearRange(y);
    const countedTo = on < range.to ? on : range.to;
    const em = this.ctx.em;
    const reader = policies.forRequest(this.ctx);
    const [started, held, startedTarget, heldTarget] = await Promise.all([
      em.count(EmploymentProject, {
        ...scope,
        ...dateRange({ from: range.from, to: countedTo }, "from", "to", "startedOn"),
      }),
      em.count(EmploymentProject, { ...scope, ...activeOnWhere("startedOn", "endedOn", on) }),
      targetOn(reader, TargetMetric.PROJECTS_STARTED_PER_YEAR, range.to),
      targetOn(reader, TargetMetric.PROJECTS_HELD, on),
    ]);
    return {
      year: y,
      asOf: on,
      // A yearly target falls due at the end of its year (whatever the plan's deadline).
      startedInYear: countCheck(TargetMetric.PROJECTS_STARTED_PER_YEAR, started, startedTarget, {
        on: countedTo,
        dueOn: range.to,
      }),
      held: countCheck(TargetMetric.PROJECTS_HELD, held, heldTarget, { on }),
    };
  }

  /** 扶贫就业项目 Records a project and the poor people it employs (R-EMP-2). */
  async start(input: StartEmploymentProjectInput): Promise<EmploymentProject> {
    const identity = requireIdentity(this.ctx);
    const today = businessDate();
    const v = new InputCheck();
    const name = v.text(input.name, "name", { zh: "项目名称", en: "name" }, 100);
    const sponsorName = v.text(
      input.sponsorName,
      "sponsorName",
      { zh: "开发主体名称", en: "sponsorName" },
      100,
    );
    v.pastDate(input.startedOn, "startedOn", { zh: "开工日期", en: "startedOn" }, today);
    v.that(Number.isSafeInteger(input.jobs) && input.jobs >= 1, "jobs", {
      zh: "岗位数应为正整数",
      en: "jobs must be a whole number, 1 or more",
    });
    const personIds = [...new Set(input.personIds ?? [])];
    v.that(personIds.length <= input.jobs, "personIds", {
      zh: "吸纳人数不能超过岗位数",
      en: "more people than the project has jobs",
    });
    assertTownshipInScope(identity, input.townshipCode);
    return this.ctx.em.transactional(async (em) => {
      await checkTownship(em, input.townshipCode, v, "townshipCode");
      await this.checkPeople(em, personIds, v);
      v.done();
      const project = await audited(
        em,
        this.ctx,
        { action: "startEmploymentProject", view: (p) => ({ ...p, personIds }) },
        () => {
          const p = em.create(EmploymentProject, {
            name,
            sponsorKind: input.sponsorKind,
            sponsorName,
            townshipCode: input.townshipCode,
            startedOn: input.startedOn,
            endedOn: null,
            jobs: input.jobs,
          });
          for (const personId of personIds) em.create(ProjectEmployee, { projectId: p.id, personId });
          return p;
        },
      );
      this.ctx.outbox.add(em, ProjectStarted, {
        projectId: project.id,
        townshipCode: project.townshipCode,
        startedOn: project.startedOn,
        sponsorKind: project.sponsorKind,
      });
      return project;
    });
  }

  async addEmployees(input: AddProjectEmployeesInput): Promise<EmploymentProject> {
    return this.ctx.em.transactional(async (em) => {
      const project = await this.load(em, input.projectId);
      const v = new InputCheck();
      const wanted = [...new Set(input.personIds)];
      await this.checkPeople(em, wanted, v);
      const already = new Set(
        (await em.find(ProjectEmployee, { projectId: project.id }, { fields: ["personId"] })).map(
          (e) => e.personId,
        ),
      );
      const added = wanted.filter((id) => !already.has(id));
      v.that(already.size + added.length <= project.jobs, "personIds", {
        zh: "吸纳人数不能超过岗位数",
        en: `the project has ${project.jobs} jobs`,
      });
      v.done();
      for (const personId of added) em.create(ProjectEmployee, { projectId: project.id, personId });
      // Adding people changes the project: the version moves, so a stale edit elsewhere is refused.
      project.updatedAt = new Date();
      await em.flush();
      audit(em, this.ctx, {
        action: "addProjectEmployees",
        entityName: "EmploymentProject",
        entityId: project.id,
        after: { added },
      });
      return project;
    });
  }

  async end(input: EndEmploymentProjectInput): Promise<EmploymentProject> {
    return this.ctx.em.transactional(async (em) => {
      const project = await this.load(em, input.projectId, input.version);
      const v = new InputCheck();
      v.that(project.endedOn == null, "projectId", {
        zh: `项目已于 ${project.endedOn} 结束`,
        en: `the project already ended on ${project.endedOn}`,
      });
      v.that(input.endedOn > project.startedOn, "endedOn", {
        zh: "结束日期应晚于开工日期",
        en: `endedOn must be after startedOn (${project.startedOn})`,
      });
      v.pastDate(input.endedOn, "endedOn", { zh: "结束日期", en: "endedOn" });
      v.done();
      return audited(em, this.ctx, "endEmploymentProject", project, (p) => {
        p.endedOn = input.endedOn;
      });
    });
  }

  /** Without a version for adding people: that moves the version but edits no field a clerk read. */
  private load(em: EntityManager, id: string, version?: number): Promise<EmploymentProject> {
    return loadForWrite(em, requireIdentity(this.ctx), EmploymentProject, id, {
      what: { zh: "扶贫就业项目", en: "project" },
      version,
    });
  }

  /** Every person must be known from the registry: one query, each unknown id reported on its index. */
  private async checkPeople(em: EntityManager, personIds: string[], v: InputCheck): Promise<void> {
    if (
      !v.that(personIds.length <= MAX_PEOPLE_PER_CALL, "personIds", {
        zh: "一次最多500人",
        en: "at most 500 people at a time",
      })
    )
      return;
    if (personIds.length === 0) return;
    const known = new Set(
      (await findIn(em, PersonFacts, "personId", personIds, {}, { fields: ["personId"] })).map(
        (p) => p.personId,
      ),
    );
    personIds.forEach((id, i) =>
      v.that(known.has(id), `personIds[${i}]`, {
        zh: `人员 ${id} 不存在`,
        en: `person ${id} is not known to the employment service`,
      }),
    );
  }
}
