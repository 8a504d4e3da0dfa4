import type { EntityManager, FilterQuery } from "@mikro-orm/core";
import {
  assertTownshipInScope,
  audited,
  badInput,
  businessDate,
  ConflictError,
  type Connection,
  InputCheck,
  loadForWrite,
  maySeePersonalData,
  paginate,
  type PaginateOptions,
  requireIdentity,
  townshipScope,
} from "@pa/service-kit";
import type { RegistryContext } from "../context";
import { Household } from "../household/household.entity";
import { requireTownship } from "../township/township.service";
import { validateIdNumber, validatePhone, maskIdNumber } from "./id-number.rules";
import { birthDateRangeForAges } from "./person.rules";
import { personFacts, publishPersonChange } from "./person.events";
import { Person } from "./person.entity";
import { personLoader } from "./person.loaders";
import { PovertyStatus, Sex } from "./person.enums";
import type { PeopleFilter, RecordExitInput, RegisterPersonInput, UpdatePersonInput } from "./person.inputs";

const ID_LIKE = /^\d{17}[\dXx]$/;
/** The masked form callers are shown (`maskIdNumber`): first 6, eight stars, last 4. */
const MASKED_ID_LIKE = /^(\d{6})\*{8}(\d{3}[\dXx])$/;

export class PersonService {
  constructor(private readonly ctx: RegistryContext) {}

  /**
   * One person within the caller's township scope, read as a plain row through the request's
   * person loader (the dossier's `person(id)`: no unit of work, the same statement as a page's).
   */
  async get(id: string): Promise<Person | null> {
    requireIdentity(this.ctx);
    return personLoader(this.ctx).load(id);
  }

  /** The people list of the console: filters, township scope, cursor pagination. */
  list(
    filter: PeopleFilter | null | undefined,
    page: { first: number; after?: string | null },
    options: PaginateOptions = {},
  ): Promise<Connection<Person>> {
    const identity = requireIdentity(this.ctx);
    const f = filter ?? {};
    const v = new InputCheck("filter");
    if (f.ageMin != null)
      v.that(f.ageMin >= 0 && f.ageMin <= 150, "ageMin", {
        zh: "最小年龄应在0到150之间",
        en: "ageMin must be between 0 and 150",
      });
    if (f.ageMax != null)
      v.that(f.ageMax >= 0 && f.ageMax <= 150, "ageMax", {
        zh: "最大年龄应在0到150之间",
        en: "ageMax must be between 0 and 150",
      });
    if (f.ageMin != null && f.ageMax != null)
      v.that(f.ageMin <= f.ageMax, "ageMax", {
        zh: "最大年龄不能小于最小年龄",
        en: "ageMax must not be below ageMin",
      });
    const search = f.search?.trim();
    // A match on a whole ID number would confirm to a caller shown masked numbers whether someone
    // is registered: they search by name or by the masked form they are shown.
    if (search && ID_LIKE.test(search))
      v.that(maySeePersonalData(identity), "search", {
        zh: "您的角色只能看到脱敏身份证号，不能按完整身份证号查找；请按姓名或脱敏号码（如110101********1234）查找",
        en: "your role is shown masked ID numbers and may not search by a whole one; search by name or by the masked number (110101********1234)",
      });
    v.done();
    const ages = birthDateRangeForAges(f.ageOn ?? businessDate(), f.ageMin, f.ageMax);
    const birth: Record<string, string> = {};
    if (ages.bornOnOrBefore) birth.$lte = ages.bornOnOrBefore;
    if (ages.bornAfter) birth.$gt = ages.bornAfter;
    const masked = search ? MASKED_ID_LIKE.exec(search) : null;
    const where: FilterQuery<Person> = {
      ...townshipScope(identity, "townshipCode", f.townshipCodes),
      ...(f.village ? { village: f.village } : {}),
      ...(f.householdId ? { householdId: f.householdId } : {}),
      ...(f.povertyStatus ? { povertyStatus: f.povertyStatus } : {}),
      ...(f.laborCapacities?.length ? { laborCapacity: { $in: f.laborCapacities } } : {}),
      ...(f.willingToWork != null ? { willingToWork: f.willingToWork } : {}),
      ...(f.willingToTrain != null ? { willingToTrain: f.willingToTrain } : {}),
      ...(f.entrepreneurshipCapacity != null ? { entrepreneurshipCapacity: f.entrepreneurshipCapacity } : {}),
      ...(f.entrepreneurshipIntention != null
        ? { entrepreneurshipIntention: f.entrepreneurshipIntention }
        : {}),
      ...(f.disabilityCertificate != null ? { disabilityCertificate: f.disabilityCertificate } : {}),
      ...(Object.keys(birth).length ? { birthDate: birth } : {}),
      ...(search
        ? ID_LIKE.test(search)
          ? { idNumber: search.toUpperCase() }
          : masked
            ? { idNumber: { $like: `${masked[1]}________${masked[2]!.toUpperCase()}` } }
            : { name: { $like: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } }
        : {}),
    };
    return paginate(this.ctx.em, Person, where, page, [{ field: "id", direction: "ASC" }], options);
  }

  /**
   * 登记 Registers a poor person (R-REQ-2). Township clerks register only in their townships.
   * A duplicate ID-card number is a CONFLICT naming the person already registered.
   */
  async register(input: RegisterPersonInput): Promise<Person> {
    const identity = requireIdentity(this.ctx);
    const today = businessDate();
    const v = new InputCheck();
    const name = v.text(input.name, "name", { zh: "姓名", en: "name" }, 50);
    const checkedId = v.result(validateIdNumber(input.idNumber ?? "", { today }), "idNumber", (f) => ({
      zh: `身份证号无效：${f.reasonZh}`,
      en: `the ID-card number is invalid: ${f.reasonEn}`,
    }));
    const phone = this.checkPhone(v, input.phone);
    if (!input.householdId) {
      v.that(!!input.townshipCode, "townshipCode", {
        zh: "未指定户时必须填写镇街",
        en: "townshipCode is required when no household is given",
      });
      v.that(!!input.village?.trim(), "village", {
        zh: "未指定户时必须填写村/社区",
        en: "village is required when no household is given",
      });
    }
    const registeredOn = input.registeredOn ?? today;
    v.pastDate(registeredOn, "registeredOn", { zh: "建档立卡日期", en: "registeredOn" }, today);
    if (checkedId) {
      v.that(registeredOn >= checkedId.birthDate, "registeredOn", {
        zh: "建档立卡日期不能早于出生日期",
        en: "registeredOn cannot be before the birth date",
      });
      if (input.graduationDate)
        v.that(input.graduationDate > checkedId.birthDate, "graduationDate", {
          zh: "毕业日期应晚于出生日期",
          en: "graduationDate must be after the birth date",
        });
    }
    const [id] = v.done(checkedId);

    return this.ctx.em.transactional(async (em) => {
      await this.assertIdNumberFree(em, id.value);
      let household: Household;
      if (input.householdId) {
        const found = await em.findOne(Household, { id: input.householdId });
        if (!found)
          throw badInput("input.householdId", {
            zh: "户不存在",
            en: `household ${input.householdId} does not exist`,
          });
        if (input.townshipCode && input.townshipCode !== found.townshipCode) {
          throw badInput("input.townshipCode", {
            zh: "镇街与所在户不一致",
            en: "townshipCode differs from the household's township; leave it empty",
          });
        }
        household = found;
      } else {
        await requireTownship(em, input.townshipCode!, "input.townshipCode");
        household = em.create(Household, {
          townshipCode: input.townshipCode!,
          village: input.village!.trim(),
          urbanZeroEmployment: input.householdFlags?.urbanZeroEmployment ?? false,
          ruralZeroTransferEmployment: input.householdFlags?.ruralZeroTransferEmployment ?? false,
          minimumLivingGuarantee: input.householdFlags?.minimumLivingGuarantee ?? false,
        });
      }
      assertTownshipInScope(identity, household.townshipCode);
      const person = em.create(Person, {
        name,
        idNumber: id.value,
        birthDate: id.birthDate,
        sex: id.sex === "MALE" ? Sex.MALE : Sex.FEMALE,
        phone,
        householdId: household.id,
        townshipCode: household.townshipCode,
        village: household.village,
        laborCapacity: input.laborCapacity,
        willingToWork: input.willingToWork,
        willingToTrain: input.willingToTrain,
        entrepreneurshipCapacity: input.entrepreneurshipCapacity,
        entrepreneurshipIntention: input.entrepreneurshipIntention,
        disabilityCertificate: input.disabilityCertificate,
        education: input.education,
        graduationDate: input.graduationDate ?? null,
        povertyStatus: PovertyStatus.REGISTERED,
        registeredOn,
        exitedOn: null,
      });
      if (!input.householdId || input.isHead || !household.headId) household.headId = person.id;
      await audited(em, this.ctx, { action: "registerPerson", view: auditView }, () => person);
      publishPersonChange(this.ctx, em, "registered", person, household);
      return person;
    });
  }

  /** Updates a person; the version read must still be current (optimistic lock → CONFLICT). */
  async update(input: UpdatePersonInput): Promise<Person> {
    const today = businessDate();
    return this.ctx.em.transactional(async (em) => {
      const person = await this.loadForWrite(em, input.id, input.version);
      const household = await em.findOneOrFail(Household, { id: person.householdId });
      const factsBefore = personFacts(person, household);
      await audited(em, this.ctx, { action: "updatePerson", view: auditView }, person, async (p) => {
        const v = new InputCheck();
        if (input.name != null) p.name = v.text(input.name, "name", { zh: "姓名", en: "name" }, 50);
        if (input.idNumber != null) {
          const id = validateIdNumber(input.idNumber, { today });
          if (!id.ok)
            v.fail("idNumber", {
              zh: `身份证号无效：${id.reasonZh}`,
              en: `the ID-card number is invalid: ${id.reasonEn}`,
            });
          else if (id.value !== p.idNumber) {
            await this.assertIdNumberFree(em, id.value);
            p.idNumber = id.value;
            p.birthDate = id.birthDate;
            p.sex = id.sex === "MALE" ? Sex.MALE : Sex.FEMALE;
          }
        }
        if (input.phone != null) p.phone = input.phone.trim() === "" ? null : this.checkPhone(v, input.phone);
        if (input.village != null)
          p.village = v.text(input.village, "village", { zh: "村/社区", en: "village" }, 64);
        if (input.laborCapacity != null) p.laborCapacity = input.laborCapacity;
        if (input.willingToWork != null) p.willingToWork = input.willingToWork;
        if (input.willingToTrain != null) p.willingToTrain = input.willingToTrain;
        if (input.entrepreneurshipCapacity != null)
          p.entrepreneurshipCapacity = input.entrepreneurshipCapacity;
        if (input.entrepreneurshipIntention != null)
          p.entrepreneurshipIntention = input.entrepreneurshipIntention;
        if (input.disabilityCertificate != null) p.disabilityCertificate = input.disabilityCertificate;
        if (input.education != null) p.education = input.education;
        if (input.graduationDate != null) {
          v.that(input.graduationDate > p.birthDate, "graduationDate", {
            zh: "毕业日期应晚于出生日期",
            en: "graduationDate must be after the birth date",
          });
          p.graduationDate = input.graduationDate;
        }
        v.done();
      });
      publishPersonChange(this.ctx, em, "updated", person, household, factsBefore);
      return person;
    });
  }

  /**
   * 脱贫 Records an exit from poverty. R-PRIN-1 (脱贫不脱政策): only the status and date change
   * here; no service ends an entitlement because of it.
   */
  async recordExit(input: RecordExitInput): Promise<Person> {
    const today = businessDate();
    return this.ctx.em.transactional(async (em) => {
      const person = await this.loadForWrite(em, input.personId, input.version);
      const v = new InputCheck();
      v.that(person.povertyStatus === PovertyStatus.REGISTERED, "personId", {
        zh: `已于 ${person.exitedOn} 脱贫`,
        en: `the person already exited poverty on ${person.exitedOn}`,
      });
      v.pastDate(input.exitedOn, "exitedOn", { zh: "脱贫日期", en: "exitedOn" }, today);
      v.that(input.exitedOn >= person.registeredOn, "exitedOn", {
        zh: "脱贫日期不能早于建档立卡日期",
        en: `exitedOn cannot be before registeredOn (${person.registeredOn})`,
      });
      v.done();
      const household = await em.findOneOrFail(Household, { id: person.householdId });
      const factsBefore = personFacts(person, household);
      await audited(em, this.ctx, { action: "recordExit", view: auditView }, person, (p) => {
        p.povertyStatus = PovertyStatus.EXITED;
        p.exitedOn = input.exitedOn;
      });
      publishPersonChange(this.ctx, em, "exited", person, household, factsBefore);
      return person;
    });
  }

  private checkPhone(v: InputCheck, raw: string | null | undefined): string | null {
    if (raw == null || raw.trim() === "") return null;
    const p = validatePhone(raw);
    if (!p.ok) {
      v.fail("phone", { zh: `手机号无效：${p.reasonZh}`, en: `the phone number is invalid: ${p.reasonEn}` });
      return null;
    }
    return p.value;
  }

  private loadForWrite(em: EntityManager, id: string, version: number): Promise<Person> {
    return loadForWrite(em, requireIdentity(this.ctx), Person, id, {
      what: { zh: "人员信息", en: "person" },
      version,
    });
  }

  private async assertIdNumberFree(em: EntityManager, idNumber: string): Promise<void> {
    const existing = await em.findOne(Person, { idNumber });
    if (existing) {
      throw new ConflictError(
        {
          zh: `身份证号已登记：${existing.name}（${existing.townshipCode}，编号 ${existing.id}）`,
          en: `this ID-card number is already registered to ${existing.name} (person ${existing.id})`,
        },
        { existingPersonId: existing.id, existingPersonName: existing.name },
      );
    }
  }
}

/** What the audit keeps of a person: ID and phone numbers masked (the audit is read widely). */
export function auditView(p: Person): Record<string, unknown> {
  return { ...p, idNumber: maskIdNumber(p.idNumber), phone: p.phone ? "***" : null };
}
