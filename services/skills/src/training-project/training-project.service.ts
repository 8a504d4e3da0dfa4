import type { FilterQuery } from "@mikro-orm/core";
import {
  assertTownshipInScope,
  audited,
  type Connection,
  InputCheck,
  isIsoDate,
  paginate,
  requireIdentity,
  townshipScope,
} from "@pa/service-kit";
import type { SkillsContext } from "../context";
import { TrainingInstitution } from "../institution/institution.entity";
import { policies } from "../policy/policy.kinds";
import { SkillsPolicyKind } from "../policy/policy.enums";
import { checkTownship } from "../township/township.service";
import { TrainingProject } from "./training-project.entity";
import type { RecordTrainingProjectInput, TrainingProjectsFilter } from "./training-project.inputs";

export class TrainingProjectService {
  constructor(private readonly ctx: SkillsContext) {}

  list(
    filter: TrainingProjectsFilter | null | undefined,
    page: { first: number; after?: string | null },
  ): Promise<Connection<TrainingProject>> {
    const f = filter ?? {};
    const where: FilterQuery<TrainingProject> = {
      ...townshipScope(requireIdentity(this.ctx), "townshipCode", f.townshipCodes),
      ...(f.institutionId ? { institutionId: f.institutionId } : {}),
      ...(f.courseKind ? { courseKind: f.courseKind } : {}),
      ...(f.format ? { format: f.format } : {}),
      ...(f.runningFrom ? { endOn: { $gte: f.runningFrom } } : {}),
      ...(f.runningTo ? { startOn: { $lte: f.runningTo } } : {}),
    };
    return paginate(this.ctx.em, TrainingProject, where, page, [
      { field: "startOn", direction: "DESC" },
      { field: "id", direction: "DESC" },
    ]);
  }

  /**
   * 政府购买培训项目 Records a purchased project (R-SKL-1, R-SKL-2). The price is integer fen, not
   * negative and within the `TRAINING_SUBSIDY` version in force on the start date (whose id is
   * kept); the project ends on or after it starts; places and hours are positive.
   */
  async record(input: RecordTrainingProjectInput): Promise<TrainingProject> {
    const identity = requireIdentity(this.ctx);
    const v = new InputCheck();
    const contractNumber = v.text(
      input.contractNumber,
      "contractNumber",
      { zh: "合同编号", en: "contractNumber" },
      64,
    );
    const courseName = v.text(
      input.courseName,
      "courseName",
      { zh: "培训工种或项目", en: "courseName" },
      100,
    );
    const place = v.text(input.place, "place", { zh: "培训地点", en: "place" }, 100);
    v.that(Number.isSafeInteger(input.places) && input.places >= 1 && input.places <= 10_000, "places", {
      zh: "培训名额应为1到10000之间的整数",
      en: "places must be a whole number from 1 to 10000",
    });
    v.that(Number.isSafeInteger(input.hours) && input.hours >= 1 && input.hours <= 10_000, "hours", {
      zh: "培训课时应为1到10000之间的整数",
      en: "hours must be a whole number from 1 to 10000",
    });
    v.fen(input.pricePerTraineeFen, "pricePerTraineeFen", { zh: "每人补贴标准", en: "pricePerTraineeFen" });
    const datesOk = isIsoDate(input.startOn) && isIsoDate(input.endOn);
    if (datesOk)
      v.that(input.endOn >= input.startOn, "endOn", {
        zh: `结业日期不能早于开班日期 (${input.startOn})`,
        en: `endOn cannot be before startOn (${input.startOn})`,
      });
    assertTownshipInScope(identity, input.townshipCode);
    return this.ctx.em.transactional(async (em) => {
      v.that((await em.count(TrainingInstitution, { id: input.institutionId })) > 0, "institutionId", {
        zh: `培训机构 ${input.institutionId} 不存在`,
        en: `no training institution ${input.institutionId}; record it first`,
      });
      await checkTownship(em, input.townshipCode, v, "townshipCode");
      if (contractNumber)
        v.that((await em.count(TrainingProject, { contractNumber })) === 0, "contractNumber", {
          zh: `合同编号 ${contractNumber} 已登记`,
          en: `contract ${contractNumber} is already recorded`,
        });
      const version = await policies.reader(em).inForce(SkillsPolicyKind.TRAINING_SUBSIDY, input.startOn);
      if (!version)
        v.fail("startOn", {
          zh: `${input.startOn} 没有生效的培训补贴标准政策版本`,
          en: `no adopted training subsidy policy version is in force on ${input.startOn}; adopt one first`,
        });
      else if (input.pricePerTraineeFen >= 0)
        v.that(input.pricePerTraineeFen <= version.parameters.maxPricePerTraineeFen, "pricePerTraineeFen", {
          zh: `每人补贴标准不能超过政策上限 ${version.parameters.maxPricePerTraineeFen} 分`,
          en: `the price per trainee exceeds the policy's cap of ${version.parameters.maxPricePerTraineeFen} fen (version ${version.name})`,
        });
      const [policy] = v.done(version);
      return audited(em, this.ctx, "recordTrainingProject", () =>
        em.create(TrainingProject, {
          institutionId: input.institutionId,
          contractNumber,
          courseKind: input.courseKind,
          courseName,
          format: input.format,
          townshipCode: input.townshipCode,
          place,
          places: input.places,
          hours: input.hours,
          pricePerTraineeFen: input.pricePerTraineeFen,
          startOn: input.startOn,
          endOn: input.endOn,
          policyVersionId: policy.id,
        }),
      );
    });
  }
}
