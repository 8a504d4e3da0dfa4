import type { FilterQuery } from "@mikro-orm/core";
import {
  audited,
  type Connection,
  creditCodeProblem,
  InputCheck,
  loadForWrite,
  paginate,
  requireIdentity,
} from "@pa/service-kit";
import type { SkillsContext } from "../context";
import { TrainingInstitution } from "./institution.entity";
import type {
  RecordTrainingInstitutionInput,
  TrainingInstitutionsFilter,
  UpdateTrainingInstitutionInput,
} from "./institution.inputs";

const WHAT = { zh: "培训机构", en: "training institution" };

export class TrainingInstitutionService {
  constructor(private readonly ctx: SkillsContext) {}

  list(
    filter: TrainingInstitutionsFilter | null | undefined,
    page: { first: number; after?: string | null },
  ): Promise<Connection<TrainingInstitution>> {
    requireIdentity(this.ctx);
    const needle = filter?.nameContains?.trim();
    const where: FilterQuery<TrainingInstitution> = needle ? { name: { $like: `%${needle}%` } } : {};
    return paginate(this.ctx.em, TrainingInstitution, where, page, [
      { field: "name", direction: "ASC" },
      { field: "id", direction: "ASC" },
    ]);
  }

  /** 培训机构 Records an institution; its credit code must carry a correct GB 32100 check character. */
  async record(input: RecordTrainingInstitutionInput): Promise<TrainingInstitution> {
    requireIdentity(this.ctx);
    const v = new InputCheck();
    const name = v.text(input.name, "name", { zh: "机构名称", en: "name" }, 100);
    const code = input.creditCode.trim().toUpperCase();
    const problem = creditCodeProblem(code);
    if (problem) v.fail("creditCode", problem);
    const qualification = v.text(
      input.qualification,
      "qualification",
      { zh: "办学资质", en: "qualification" },
      200,
    );
    const contact = v.text(input.contact, "contact", { zh: "联系人及电话", en: "contact" }, 100);
    return this.ctx.em.transactional(async (em) => {
      if (!problem)
        v.that((await em.count(TrainingInstitution, { creditCode: code })) === 0, "creditCode", {
          zh: `统一社会信用代码 ${code} 的机构已登记`,
          en: `an institution with credit code ${code} is already recorded`,
        });
      v.done();
      return audited(em, this.ctx, "recordTrainingInstitution", () =>
        em.create(TrainingInstitution, { name, creditCode: code, qualification, contact }),
      );
    });
  }

  async update(input: UpdateTrainingInstitutionInput): Promise<TrainingInstitution> {
    const identity = requireIdentity(this.ctx);
    const v = new InputCheck();
    const name = input.name != null ? v.text(input.name, "name", { zh: "机构名称", en: "name" }, 100) : null;
    const qualification =
      input.qualification != null
        ? v.text(input.qualification, "qualification", { zh: "办学资质", en: "qualification" }, 200)
        : null;
    const contact =
      input.contact != null
        ? v.text(input.contact, "contact", { zh: "联系人及电话", en: "contact" }, 100)
        : null;
    v.done();
    return this.ctx.em.transactional(async (em) => {
      const row = await loadForWrite(em, identity, TrainingInstitution, input.institutionId, {
        what: WHAT,
        version: input.version,
        township: null,
      });
      return audited(em, this.ctx, "updateTrainingInstitution", row, (r) => {
        if (name != null) r.name = name;
        if (qualification != null) r.qualification = qualification;
        if (contact != null) r.contact = contact;
      });
    });
  }
}
