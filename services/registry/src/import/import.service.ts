import type { EntityManager } from "@mikro-orm/core";
import {
  AuditEntry,
  audited,
  type AuditAs,
  badInput,
  businessDate,
  findIn,
  inTownshipScope,
  requireIdentity,
} from "@pa/service-kit";
import type { RegistryContext } from "../context";
import { Household } from "../household/household.entity";
import { Person } from "../person/person.entity";
import { PovertyStatus, Sex, type Education, type LaborCapacity } from "../person/person.enums";
import { auditView } from "../person/person.service";
import { personChangeEvents, personFacts, type EventSink } from "../person/person.events";
import { OutboxEvent } from "@pa/events";
import { householdChangeEvents } from "../household/household.events";
import { Township } from "../township/township.entity";
import { REGISTER_COLUMNS, type ImportRow } from "./import.columns";
import { parseRegisterFile, type ImportError } from "./import.parser";
import type { ImportProblem, ImportRegisterInput, ImportReport } from "./import.inputs";

/** Larger files should be split; 20 MB holds well over 100,000 rows of CSV. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Rows per multi-row INSERT (PostgreSQL allows 65,535 parameters per statement). */
const INSERT_CHUNK = 1000;

const PERSON_FIELDS = [
  "name",
  "phone",
  "laborCapacity",
  "willingToWork",
  "willingToTrain",
  "entrepreneurshipCapacity",
  "entrepreneurshipIntention",
  "disabilityCertificate",
  "education",
  "graduationDate",
  "registeredOn",
] as const;
const HOUSEHOLD_FLAGS = [
  "urbanZeroEmployment",
  "ruralZeroTransferEmployment",
  "minimumLivingGuarantee",
] as const;

function column(key: string): string {
  return REGISTER_COLUMNS.find((c) => c.key === key)?.zh ?? key;
}

function toProblem(e: ImportError): ImportProblem {
  return { row: e.row, column: e.column, messageZh: e.reasonZh, messageEn: e.reasonEn };
}

/**
 * 花名册导入 Bulk import of the register (R-REQ-2): all rows or none. Every bad row is reported
 * (row, column, reason) and nothing is written; re-importing the same file changes nothing because
 * people are matched by ID-card number and households by household number.
 */
export class ImportService {
  constructor(private readonly ctx: RegistryContext) {}

  async importRegister(input: ImportRegisterInput): Promise<ImportReport> {
    const identity = requireIdentity(this.ctx);
    const content = Buffer.from(input.contentBase64, "base64");
    if (content.length === 0)
      throw badInput("input.contentBase64", { zh: "文件为空", en: "the file is empty" });
    if (content.length > MAX_IMPORT_BYTES) {
      throw badInput("input.contentBase64", {
        zh: "文件超过20MB，请分批导入",
        en: "the file is larger than 20 MB; split it into several files",
      });
    }
    const parsed = await parseRegisterFile(input.fileName, content, { today: businessDate() });
    const report: ImportReport = {
      accepted: false,
      dryRun: input.dryRun,
      rowCount: parsed.rows.length,
      created: 0,
      updated: 0,
      unchanged: 0,
      householdsCreated: 0,
      errors: parsed.errors.map(toProblem),
    };
    if (report.errors.length > 0) return report;

    const run = async (em: EntityManager) => {
      const problems: ImportProblem[] = [];
      const fail = (row: number, key: string, zh: string, en: string) =>
        problems.push({ row, column: column(key), messageZh: zh, messageEn: en });
      const rows = parsed.rows;

      const townships = new Set((await em.find(Township, {})).map((t) => t.code));
      const households = new Map(
        (await findIn(em, Household, "number", [...new Set(rows.map((r) => r.householdKey))])).map((h) => [
          h.number!,
          h,
        ]),
      );
      const people = new Map(
        (
          await findIn(
            em,
            Person,
            "idNumber",
            rows.map((r) => r.idNumber),
          )
        ).map((p) => [p.idNumber, p]),
      );
      const householdsById = new Map([...households.values()].map((h) => [h.id, h]));
      const missing = [...new Set([...people.values()].map((p) => p.householdId))].filter(
        (id) => !householdsById.has(id),
      );
      for (const h of await findIn(em, Household, "id", missing)) householdsById.set(h.id, h);

      for (const r of rows) {
        if (!townships.has(r.townshipCode))
          fail(
            r.row,
            "townshipCode",
            `镇街代码 ${r.townshipCode} 不存在`,
            `township ${r.townshipCode} does not exist`,
          );
        else if (!inTownshipScope(identity, r.townshipCode)) {
          fail(
            r.row,
            "townshipCode",
            `镇街 ${r.townshipCode} 不在您的管辖范围内`,
            `township ${r.townshipCode} is outside your scope`,
          );
        }
        const h = households.get(r.householdKey);
        if (h && (h.townshipCode !== r.townshipCode || h.village !== r.village)) {
          fail(
            r.row,
            "householdKey",
            `户 ${r.householdKey} 已登记在 ${h.townshipCode} ${h.village}`,
            `household ${r.householdKey} is registered in ${h.townshipCode} ${h.village}`,
          );
        }
        const p = people.get(r.idNumber);
        if (p) {
          const ph = householdsById.get(p.householdId);
          if (ph?.number !== r.householdKey) {
            fail(
              r.row,
              "idNumber",
              `此人已登记在其他户（${p.name}，编号 ${p.id}）`,
              `this person is already registered in another household (${p.name}, ${p.id})`,
            );
          }
        }
      }
      if (problems.length > 0) return { problems, write: async () => undefined };

      // New households and people are built here and written with multi-row inserts (with their
      // audit entries and outbox events) instead of through the unit of work: a province's file
      // holds hundreds of thousands of rows. Changes to existing rows go through the unit of work.
      const now = new Date();
      const newHouseholds: Household[] = [];
      const householdsBefore = new Map<
        Household,
        Pick<Household, "townshipCode" | "village" | (typeof HOUSEHOLD_FLAGS)[number]>
      >();
      const created: Person[] = [];
      const updated: { person: Person; before: ReturnType<typeof personFacts> }[] = [];
      const audits: AuditEntry[] = [];
      // Collected, then inserted in chunks with the people (one flush for the whole file).
      const auditAs: AuditAs<Person> = { action: "importRegister", view: auditView, flush: false };

      for (const r of rows) {
        let h = households.get(r.householdKey);
        if (!h) {
          h = Object.assign(new Household(), {
            number: r.householdKey,
            townshipCode: r.townshipCode,
            village: r.village,
            ...flagsOf(r),
            headId: null,
            version: 1,
            createdAt: now,
            updatedAt: now,
          });
          households.set(r.householdKey, h);
          newHouseholds.push(h);
          report.householdsCreated += 1;
        } else if (HOUSEHOLD_FLAGS.some((f) => h![f] !== r[f])) {
          if (!householdsBefore.has(h)) householdsBefore.set(h, { ...h });
          for (const f of HOUSEHOLD_FLAGS) h[f] = r[f];
        }
        const existing = people.get(r.idNumber);
        if (!existing) {
          const person = Object.assign(new Person(), {
            ...personFields(r),
            idNumber: r.idNumber,
            birthDate: r.birthDate,
            sex: r.sex === "MALE" ? Sex.MALE : Sex.FEMALE,
            householdId: h.id,
            townshipCode: h.townshipCode,
            village: h.village,
            povertyStatus: PovertyStatus.REGISTERED,
            exitedOn: null,
            version: 1,
            createdAt: now,
            updatedAt: now,
          });
          if (r.isHead) h.headId = person.id;
          await audited(em, this.ctx, { ...auditAs, into: audits }, () => person);
          created.push(person);
          report.created += 1;
        } else {
          const next = personFields(r);
          const changed = PERSON_FIELDS.filter((f) => (existing[f] ?? null) !== (next[f] ?? null));
          if (r.isHead && h.headId !== existing.id) h.headId = existing.id;
          if (changed.length === 0) {
            report.unchanged += 1;
            continue;
          }
          updated.push({
            person: existing,
            before: personFacts(existing, (householdsBefore.get(h) ?? h) as Household),
          });
          await audited(em, this.ctx, { ...auditAs, into: audits }, existing, (p) => {
            Object.assign(p, Object.fromEntries(changed.map((f) => [f, next[f]])));
          });
          report.updated += 1;
        }
      }
      const write = async () => {
        for (let i = 0; i < newHouseholds.length; i += INSERT_CHUNK)
          await em.insertMany(Household, newHouseholds.slice(i, i + INSERT_CHUNK));
        for (let i = 0; i < created.length; i += INSERT_CHUNK)
          await em.insertMany(Person, created.slice(i, i + INSERT_CHUNK));
        for (let i = 0; i < audits.length; i += INSERT_CHUNK)
          await em.insertMany(AuditEntry, audits.slice(i, i + INSERT_CHUNK));
        await em.flush(); // changes to existing households and people: new versions
        const events: OutboxEvent[] = [];
        const sink: EventSink = (event, data) => events.push(this.ctx.outbox.row(event, data));
        const byId = new Map([...householdsById, ...[...households.values()].map((x) => [x.id, x] as const)]);
        const members = new Map<string, string[]>();
        for (const m of created) members.set(m.householdId, [...(members.get(m.householdId) ?? []), m.id]);
        for (const hh of newHouseholds) householdChangeEvents(sink, hh, members.get(hh.id) ?? [], null);
        for (const [hh, before] of householdsBefore) householdChangeEvents(sink, hh, [], before);
        for (const m of created) personChangeEvents(sink, "registered", m, byId.get(m.householdId)!);
        for (const u of updated)
          personChangeEvents(sink, "updated", u.person, byId.get(u.person.householdId)!, u.before);
        for (let i = 0; i < events.length; i += INSERT_CHUNK)
          await em.insertMany(OutboxEvent, events.slice(i, i + INSERT_CHUNK));
      };
      return { problems: [], write };
    };

    // A rejected file or a dry run clears the unit of work and inserts nothing; em.transactional
    // would otherwise flush what the checks loaded and changed in memory.
    const problems = await this.ctx.em.fork().transactional(async (em) => {
      const { problems: p, write } = await run(em);
      if (p.length > 0 || input.dryRun) em.clear();
      else await write();
      return p;
    });
    report.errors = problems;
    report.accepted = problems.length === 0;
    if (!report.accepted)
      Object.assign(report, { created: 0, updated: 0, unchanged: 0, householdsCreated: 0 });
    return report;
  }
}

function flagsOf(r: ImportRow) {
  return {
    urbanZeroEmployment: r.urbanZeroEmployment,
    ruralZeroTransferEmployment: r.ruralZeroTransferEmployment,
    minimumLivingGuarantee: r.minimumLivingGuarantee,
  };
}

function personFields(r: ImportRow) {
  return {
    name: r.name,
    phone: r.phone,
    laborCapacity: r.laborCapacity as LaborCapacity,
    willingToWork: r.willingToWork,
    willingToTrain: r.willingToTrain,
    entrepreneurshipCapacity: r.entrepreneurshipCapacity,
    entrepreneurshipIntention: r.entrepreneurshipIntention,
    disabilityCertificate: r.disabilityCertificate,
    education: r.education as Education,
    graduationDate: r.graduationDate,
    registeredOn: r.registeredOn,
  };
}
