import type { EntityManager } from "@mikro-orm/core";
import {
  audit,
  badInput,
  BadUserInputError,
  ConflictError,
  InputCheck,
  isIsoDate,
  NotFoundError,
  requireIdentity,
  assertCurrentVersion,
} from "@pa/service-kit";
import { assertOwnsKind } from "../common/ownership";
import { PolicyKind, PolicyStatus } from "../common/enums";
import type { SocialSecurityContext } from "../context";
import { NoPolicyInForceError, policyInForce } from "../settlement/settlement.engine";
import { PolicyVersion } from "./policy-version.entity";
import type { AdoptPolicyVersionInput, PolicyVersionsFilter, SavePolicyVersionInput } from "./policy.inputs";
import { parseParameters, type MedicalParameters, type PensionParameters } from "./policy.parameters";

export class PolicyService {
  constructor(private readonly ctx: SocialSecurityContext) {}

  list(filter: PolicyVersionsFilter | null | undefined): Promise<PolicyVersion[]> {
    requireIdentity(this.ctx);
    return this.ctx.em.find(
      PolicyVersion,
      {
        ...(filter?.kind ? { kind: filter.kind } : {}),
        ...(filter?.status ? { status: filter.status } : {}),
      },
      { orderBy: { kind: "ASC", validFrom: "DESC", id: "DESC" } },
    );
  }

  /** 保存草案 Creates or edits a draft; parameters are checked against the kind's schema. */
  async save(input: SavePolicyVersionInput): Promise<PolicyVersion> {
    const identity = requireIdentity(this.ctx);
    assertOwnsKind(identity, input.kind);
    const v = new InputCheck();
    const name = v.text(input.name, "name", { zh: "名称", en: "name" }, 100);
    v.that(isIsoDate(input.validFrom), "validFrom", {
      zh: "生效日期无效",
      en: "validFrom is not a real date",
    });
    const parsed = parseParameters(input.kind, input.parameters);
    if (!parsed.ok)
      for (const p of parsed.problems)
        v.fail(`parameters.${p.path}`, {
          zh: `参数无效：${p.path}：${p.message}`,
          en: `invalid parameter ${p.path}: ${p.message}`,
        });
    v.done();
    if (!parsed.ok) throw new Error("unreachable");
    return this.ctx.em.transactional(async (em) => {
      let row: PolicyVersion;
      let before: object | null = null;
      if (input.id) {
        const found = await em.findOne(PolicyVersion, { id: input.id });
        if (!found) throw new NotFoundError({ zh: "政策版本", en: "PolicyVersion" }, input.id);
        assertOwnsKind(identity, found.kind);
        if (found.status === PolicyStatus.ADOPTED)
          throw new ConflictError({
            zh: "已发布的政策版本不可修改，请另存为新版本",
            en: "an adopted policy version is immutable; save a new version instead",
          });
        if (found.kind !== input.kind)
          throw badInput("input.kind", { zh: "不能修改政策类别", en: "the kind of a version cannot change" });
        assertCurrentVersion(found, input.version ?? -1, { zh: "政策草案", en: "draft" });
        before = { ...found };
        found.name = name;
        found.validFrom = input.validFrom;
        found.parameters = parsed.value;
        row = found;
      } else {
        row = em.create(PolicyVersion, {
          kind: input.kind,
          name,
          validFrom: input.validFrom,
          parameters: parsed.value,
          createdBy: identity.sub,
        });
      }
      await em.flush();
      audit(em, this.ctx, {
        action: "savePolicyVersion",
        entityName: "PolicyVersion",
        entityId: row.id,
        before,
        after: { ...row },
      });
      return row;
    });
  }

  /** 发布 Adopts a draft. Two adopted versions of one kind never share a validFrom. */
  async adopt(input: AdoptPolicyVersionInput): Promise<PolicyVersion> {
    const identity = requireIdentity(this.ctx);
    return this.ctx.em.transactional(async (em) => {
      const row = await em.findOne(PolicyVersion, { id: input.id });
      if (!row) throw new NotFoundError({ zh: "政策版本", en: "PolicyVersion" }, input.id);
      assertOwnsKind(identity, row.kind);
      if (row.status === PolicyStatus.ADOPTED)
        throw new ConflictError({ zh: "该版本已发布", en: "this version is already adopted" });
      assertCurrentVersion(row, input.version, { zh: "政策草案", en: "draft" });
      const clash = await em.findOne(PolicyVersion, {
        kind: row.kind,
        status: PolicyStatus.ADOPTED,
        validFrom: row.validFrom,
      });
      if (clash)
        throw new ConflictError(
          {
            zh: `${row.validFrom} 起已有已发布版本「${clash.name}」`,
            en: `adopted version "${clash.name}" already takes effect on ${row.validFrom}; choose another validFrom`,
          },
          { existingPolicyVersionId: clash.id },
        );
      const before = { ...row };
      row.status = PolicyStatus.ADOPTED;
      row.adoptedAt = new Date();
      row.adoptedBy = identity.sub;
      await em.flush();
      audit(em, this.ctx, {
        action: "adoptPolicyVersion",
        entityName: "PolicyVersion",
        entityId: row.id,
        before,
        after: { ...row },
      });
      return row;
    });
  }
}

/** The adopted versions of a kind (few: one or two a year), for `policyInForce`. */
export function adoptedVersions(em: EntityManager, kind: PolicyKind): Promise<PolicyVersion[]> {
  return em.find(PolicyVersion, { kind, status: PolicyStatus.ADOPTED }, { orderBy: { validFrom: "ASC" } });
}

/**
 * The adopted version of a kind in force on a date, or BAD_USER_INPUT on `field` saying so.
 */
export async function requirePolicyInForce(
  em: EntityManager,
  kind: PolicyKind,
  date: string,
  field: string,
): Promise<PolicyVersion> {
  try {
    return policyInForce(await adoptedVersions(em, kind), date);
  } catch (e) {
    if (e instanceof NoPolicyInForceError)
      throw new BadUserInputError({
        field,
        messageZh: `${date} 没有生效的${kind === PolicyKind.MEDICAL ? "医疗" : "养老"}保险政策版本`,
        messageEn: `no adopted ${kind.toLowerCase()} policy version is in force on ${date}; adopt one whose validFrom is on or before it`,
      });
    throw e;
  }
}

export function medicalParameters(v: PolicyVersion): MedicalParameters {
  if (v.kind !== PolicyKind.MEDICAL) throw new Error(`policy version ${v.id} is not a medical version`);
  return v.parameters as MedicalParameters;
}

export function pensionParameters(v: PolicyVersion): PensionParameters {
  if (v.kind !== PolicyKind.PENSION) throw new Error(`policy version ${v.id} is not a pension version`);
  return v.parameters as PensionParameters;
}
