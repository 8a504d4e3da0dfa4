import type { EntityManager, OptionalProps } from "@mikro-orm/core";
import {
  AuditEntry,
  audited,
  type AuditAs,
  badInput,
  businessDate,
  ConflictError,
  findPlainIn,
  type Identity,
  inTownshipScope,
  insertRows,
  bulkInsert,
  auditRow,
  refreshPlannerStatistics,
  newId,
  requireIdentity,
} from "@pa/service-kit";
import { defineLedger, type LedgerColumn } from "@pa/service-kit/ledger";
import {
  dialectOf,
  insertOutboxRows,
  OutboxEvent,
  PersonUpdated,
  PersonWithdrawn,
  type OutboxRow,
} from "@pa/events";
import type { RegistryContext } from "../context";
import { Household } from "../household/household.entity";
import { Person } from "../person/person.entity";
import { PovertyStatus, Sex, type Education, type LaborCapacity } from "../person/person.enums";
import { auditView } from "../person/person.service";
import { changedFacts, personChangeEvents, personFacts, type EventSink } from "../person/person.events";
import { householdChangeEvents } from "../household/household.events";
import { Township } from "../township/township.entity";
import {
  REGISTER_COLUMNS,
  REJECTED_REASON_COLUMNS,
  REJECTED_ROW_COLUMN,
  type ImportRow,
  type RegisterColumnKey,
} from "./import.columns";
import { parseRegisterFile, type ImportError, type ImportRecord, type ParseResult } from "./import.parser";
import { ImportMode, type ImportProblem, type ImportRegisterInput, type ImportReport } from "./import.inputs";

/** Larger files should be split; 20 MB holds well over 100,000 rows of CSV. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Rows per multi-row INSERT (PostgreSQL allows 65,535 parameters per statement). */
const INSERT_CHUNK = 1000;
/** People per committed chunk of a pipelined import (PostgreSQL). */
export const DEFAULT_IMPORT_CHUNK = 5000;
/** Rows created or updated from which an import refreshes the planner's statistics. */
const ANALYZE_AFTER_ROWS = 5000;

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

type PersonField = (typeof PERSON_FIELDS)[number];
type HouseholdState = Pick<
  Household,
  "townshipCode" | "village" | "headId" | "version" | (typeof HOUSEHOLD_FLAGS)[number]
>;

/** A row that passed every check, with its township resolved to a code. */
type CheckedRow = ImportRow & { townshipCode: string };

/** Options of the import (tests and the benchmark set them; clerks get the defaults). */
export interface ImportOptions {
  /** People per committed chunk on PostgreSQL (default {@link DEFAULT_IMPORT_CHUNK}). */
  chunkSize?: number;
  /** Runs inside each chunk's transaction just before it commits (0-based chunk): fault injection. */
  beforeChunkCommit?: (chunk: number, em: EntityManager) => Promise<void> | void;
}

/**
 * CPU (user + system ms of this process) spent in each phase of the imports since the last
 * `clear()`, for `bench:import`. Write phases run while the relay publishes in the same process,
 * so they include its share. Cheap: two `process.cpuUsage()` calls per phase and chunk.
 */
export const importPhaseCpu = new Map<string, number>();
function tick(label: string | null, since: number): number {
  const u = process.cpuUsage();
  const now = (u.user + u.system) / 1000;
  if (label) importPhaseCpu.set(label, (importPhaseCpu.get(label) ?? 0) + now - since);
  return now;
}

function toProblem(e: ImportError): ImportProblem {
  return { row: e.row, column: e.column, messageZh: e.reasonZh, messageEn: e.reasonEn };
}

/** What one committed chunk wrote, so a failure in a later chunk can undo it. */
interface ChunkWrite {
  newHouseholds: Household[];
  created: Person[];
  updated: { person: Person; before: Pick<Person, PersonField | "version">; after: number }[];
  households: { household: Household; before: HouseholdState; after: number }[];
  auditIds: string[];
  events: OutboxRow[];
}

/** The rows of one chunk, built in memory before anything is written. */
interface ChunkPlan {
  newHouseholds: Household[];
  created: Person[];
  updated: {
    person: Person;
    before: ReturnType<typeof personFacts>;
    fields: Pick<Person, PersonField | "version">;
  }[];
  households: Map<Household, HouseholdState>;
  audits: AuditEntry[];
}

/**
 * 花名册导入 Bulk import of the register (R-REQ-2). Every problem of every row is reported (row,
 * column, reason); a row may name its township by code (镇街代码) or name (镇街名称). In
 * `ALL_OR_NOTHING` a single problem writes nothing; in `VALID_ROWS` the good rows are written —
 * whole households only — and the rest come back as a spreadsheet with the reasons. Re-importing
 * the same file changes nothing: people are matched by ID-card number, households by number.
 *
 * Pipelined write (issue 10 item 3): the whole file is checked before anything is written; then on
 * PostgreSQL it is written in chunks of whole households, each chunk one transaction with its
 * people, households, audit entries and outbox events, so the relay publishes the first chunks while
 * later ones are written. If a chunk fails (a concurrent registration of the same ID number, a lost
 * connection) the chunks already committed are undone in one transaction: their rows are deleted or
 * restored, their events still in the outbox are deleted, and for events the relay had already
 * published a compensating event follows (`person.withdrawn` for a registration, `person.updated`
 * with the restored facts for an update). The clerk gets the error and nothing of the file remains.
 * On SQLite (one writer, one process) the chunks share one transaction: a failure rolls it all back.
 */
export class ImportService {
  private readonly chunkSize: number;

  constructor(
    private readonly ctx: RegistryContext,
    private readonly options: ImportOptions = {},
  ) {
    this.chunkSize = Math.max(1, options.chunkSize ?? DEFAULT_IMPORT_CHUNK);
  }

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
    const mode = input.mode ?? ImportMode.ALL_OR_NOTHING;
    let t = tick(null, 0);
    const parsed = await parseRegisterFile(input.fileName, content, { today: businessDate() });
    const report: ImportReport = {
      accepted: false,
      dryRun: input.dryRun,
      mode,
      rowCount: parsed.rowCount,
      created: 0,
      updated: 0,
      unchanged: 0,
      householdsCreated: 0,
      errors: parsed.errors.map(toProblem),
      rejectedRowCount: parsed.rowCount,
      rejectedRowsFile: null,
    };
    // A problem with the file or its header row: no row can be read reliably, in either mode.
    if (parsed.errors.some((e) => e.row === 1)) return report;

    // Reads only: nothing is flushed from this fork; the chunks write with their own statements.
    const em = this.ctx.em.fork();
    t = tick("parse", t);
    const checked = await this.check(em, identity, parsed);
    t = tick("check", t);
    const problems = [...parsed.errors.map(toProblem), ...checked.problems];
    const badRows = new Set(problems.map((p) => p.row));
    let rows: CheckedRow[];
    if (mode === ImportMode.ALL_OR_NOTHING) {
      report.errors = sortProblems(problems);
      if (problems.length > 0) return report;
      rows = checked.rows;
    } else {
      // A household is imported whole or not at all: a headless half of a household, or members
      // whose household flags disagree, would be worse than handing the household back.
      const badKeys = new Map<string, number[]>();
      for (const r of parsed.records) {
        const key = r.values.householdKey;
        if (key !== undefined && badRows.has(r.row)) badKeys.set(key, [...(badKeys.get(key) ?? []), r.row]);
      }
      const keyColumn = parsed.columnHeaders.householdKey ?? "户编号";
      for (const r of parsed.records) {
        const bad = r.values.householdKey === undefined ? undefined : badKeys.get(r.values.householdKey);
        if (!bad || badRows.has(r.row)) continue;
        problems.push({
          row: r.row,
          column: keyColumn,
          messageZh: `同户第${bad.join("、")}行有问题，整户未导入`,
          messageEn: `row ${bad.join(", ")} of the same household has a problem; the household was not imported`,
        });
        badRows.add(r.row);
      }
      report.errors = sortProblems(problems);
      rows = checked.rows.filter((r) => !badRows.has(r.row));
      const rejected = parsed.records.filter((r) => badRows.has(r.row));
      if (rejected.length > 0)
        report.rejectedRowsFile = await rejectedRowsXlsx(parsed, rejected, report.errors);
    }
    report.rejectedRowCount = parsed.rowCount - rows.length;

    t = tick("select", t);
    const plans = await this.plan(em, rows, checked, report);
    tick("plan", t);
    report.accepted = true;
    if (input.dryRun) return report;
    await this.write(plans);
    // A large import changes the tables' size by orders of magnitude: refresh the planner's
    // statistics now rather than wait for autovacuum (issue 10 item 2; PostgreSQL only).
    if (report.created + report.updated >= ANALYZE_AFTER_ROWS)
      await refreshPlannerStatistics(this.ctx.em, ["person", "household", "audit_entry", "outbox_event"]);
    return report;
  }

  /** The checks against the register, on every row read (also those whose cells had problems). */
  private async check(em: EntityManager, identity: Identity, parsed: ParseResult) {
    const problems: ImportProblem[] = [];
    const header = (key: RegisterColumnKey) =>
      parsed.columnHeaders[key] ?? REGISTER_COLUMNS.find((c) => c.key === key)?.zh ?? key;
    const fail = (row: number, key: RegisterColumnKey, zh: string, en: string) =>
      problems.push({ row, column: header(key), messageZh: zh, messageEn: en });
    const drafts = parsed.records.map((r) => r.values);

    const townships = await em.find(Township, {});
    const byCode = new Map(townships.map((t) => [t.code, t]));
    const byName = new Map<string, Township[]>();
    for (const t of townships) byName.set(t.name.trim(), [...(byName.get(t.name.trim()) ?? []), t]);
    const keys = [...new Set(drafts.flatMap((d) => (d.householdKey === undefined ? [] : [d.householdKey])))];
    // Plain rows (no entities): a re-import reads every person and household of the file only to
    // compare them; the few that changed are written with guarded UPDATEs, never flushed.
    const households = new Map((await findPlainIn(em, Household, "number", keys)).map((h) => [h.number!, h]));
    const ids = drafts.flatMap((d) => (d.idNumber === undefined ? [] : [d.idNumber]));
    const people = new Map((await findPlainIn(em, Person, "idNumber", ids)).map((p) => [p.idNumber, p]));
    const householdsById = new Map([...households.values()].map((h) => [h.id, h]));
    const missing = [...new Set([...people.values()].map((p) => p.householdId))].filter(
      (id) => !householdsById.has(id),
    );
    for (const h of await findPlainIn(em, Household, "id", missing)) householdsById.set(h.id, h);

    const resolved = new Map<number, string>();
    for (const { row, values: r } of parsed.records) {
      let code: string | undefined;
      if (r.townshipCode) {
        const t = byCode.get(r.townshipCode);
        if (!t)
          fail(
            row,
            "townshipCode",
            `镇街代码 ${r.townshipCode} 不存在`,
            `township ${r.townshipCode} does not exist`,
          );
        else if (r.townshipName && r.townshipName !== t.name.trim())
          fail(
            row,
            "townshipName",
            `镇街名称“${r.townshipName}”与镇街代码 ${t.code}（${t.name}）不一致`,
            `township name "${r.townshipName}" does not match township code ${t.code} (${t.name})`,
          );
        else code = t.code;
      } else if (r.townshipName) {
        const found = byName.get(r.townshipName) ?? [];
        if (found.length === 0)
          fail(
            row,
            "townshipName",
            `镇街“${r.townshipName}”不存在`,
            `there is no township named "${r.townshipName}"`,
          );
        else if (found.length > 1)
          fail(
            row,
            "townshipName",
            `镇街名称“${r.townshipName}”对应多个镇街（${found.map((t) => t.code).join("、")}），请填写镇街代码`,
            `the township name "${r.townshipName}" matches several townships (${found.map((t) => t.code).join(", ")}); give the township code`,
          );
        else code = found[0]!.code;
      }
      const townshipKey: RegisterColumnKey = r.townshipCode ? "townshipCode" : "townshipName";
      if (code && !inTownshipScope(identity, code)) {
        fail(row, townshipKey, `镇街 ${code} 不在您的管辖范围内`, `township ${code} is outside your scope`);
        code = undefined;
      }
      if (code) resolved.set(row, code);
      const h = r.householdKey === undefined ? undefined : households.get(r.householdKey);
      if (h && code && r.village !== undefined && (h.townshipCode !== code || h.village !== r.village)) {
        fail(
          row,
          "householdKey",
          `户 ${r.householdKey} 已登记在 ${h.townshipCode} ${h.village}`,
          `household ${r.householdKey} is registered in ${h.townshipCode} ${h.village}`,
        );
      }
      const p = r.idNumber === undefined ? undefined : people.get(r.idNumber);
      if (p && r.householdKey !== undefined && householdsById.get(p.householdId)?.number !== r.householdKey) {
        fail(
          row,
          "idNumber",
          `此人已登记在其他户（${p.name}，编号 ${p.id}）`,
          `this person is already registered in another household (${p.name}, ${p.id})`,
        );
      }
    }
    const rows: CheckedRow[] = [];
    for (const r of parsed.rows) {
      const code = resolved.get(r.row);
      if (code) rows.push({ ...r, townshipCode: code });
    }
    return { problems, rows, households, householdsById, people };
  }

  /**
   * Builds the new and changed rows chunk by chunk (whole households per chunk) and counts them in
   * the report. Nothing is written here.
   */
  private async plan(
    em: EntityManager,
    rows: CheckedRow[],
    checked: Awaited<ReturnType<ImportService["check"]>>,
    report: ImportReport,
  ): Promise<ChunkPlan[]> {
    const { households, people } = checked;
    const byHousehold = new Map<string, CheckedRow[]>();
    for (const r of rows) byHousehold.set(r.householdKey, [...(byHousehold.get(r.householdKey) ?? []), r]);
    const now = new Date();
    const plans: ChunkPlan[] = [];
    const created = new Set<Household>();
    let plan: ChunkPlan | undefined;
    let size = 0;
    for (const members of byHousehold.values()) {
      if (!plan || size + members.length > this.chunkSize) {
        plan = { newHouseholds: [], created: [], updated: [], households: new Map(), audits: [] };
        plans.push(plan);
        size = 0;
      }
      size += members.length;
      const auditAs: AuditAs<Person> = {
        action: "importRegister",
        view: auditView,
        flush: false,
        into: plan.audits,
      };
      for (const r of members) {
        let h = households.get(r.householdKey);
        if (!h) {
          // Plain rows, not entity instances: they are only ever inserted (insertRows) and read.
          h = {
            id: newId(),
            number: r.householdKey,
            townshipCode: r.townshipCode,
            village: r.village,
            ...flagsOf(r),
            headId: null,
            version: 1,
            createdAt: now,
            updatedAt: now,
          } satisfies Omit<Household, typeof OptionalProps> as Household;
          households.set(r.householdKey, h);
          plan.newHouseholds.push(h);
          created.add(h);
          report.householdsCreated += 1;
        } else if (!created.has(h) && HOUSEHOLD_FLAGS.some((f) => h![f] !== r[f])) {
          if (!plan.households.has(h)) plan.households.set(h, householdState(h));
          for (const f of HOUSEHOLD_FLAGS) h[f] = r[f];
        }
        const existing = people.get(r.idNumber);
        if (!existing) {
          const person = {
            id: newId(),
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
          } satisfies Omit<Person, typeof OptionalProps> as Person;
          if (r.isHead) h.headId = person.id;
          plan.audits.push(
            auditRow(
              this.ctx,
              {
                action: "importRegister",
                entityName: "Person",
                entityId: person.id,
                after: auditView(person),
              },
              now,
            ),
          );
          plan.created.push(person);
          report.created += 1;
          continue;
        }
        if (r.isHead && h.headId !== existing.id) {
          if (!created.has(h) && !plan.households.has(h)) plan.households.set(h, householdState(h));
          h.headId = existing.id;
        }
        const next = personFields(r);
        const changed = PERSON_FIELDS.filter((f) => (existing[f] ?? null) !== (next[f] ?? null));
        if (changed.length === 0) {
          report.unchanged += 1;
          continue;
        }
        const before = plan.households.get(h) ?? h;
        plan.updated.push({
          person: existing,
          before: personFacts(existing, before as Household),
          fields: pick(existing),
        });
        await audited(
          em,
          this.ctx,
          { ...auditAs, entityName: "Person", entityId: existing.id },
          existing,
          (p) => {
            Object.assign(p, Object.fromEntries(changed.map((f) => [f, next[f]])));
          },
        );
        report.updated += 1;
      }
    }
    return plans;
  }

  /** Writes the chunks (see the class comment): committed one by one on PostgreSQL. */
  private async write(plans: ChunkPlan[]): Promise<void> {
    const root = this.ctx.em.fork();
    if (dialectOf(root) === "sqlite") {
      await root.transactional(async (tx) => {
        for (const [i, plan] of plans.entries()) await this.writeChunk(tx, plan, i);
      });
      return;
    }
    const done: ChunkWrite[] = [];
    for (const [i, plan] of plans.entries()) {
      try {
        done.push(await root.fork().transactional((tx) => this.writeChunk(tx, plan, i)));
      } catch (e) {
        if (done.length > 0) await this.undo(done);
        throw e;
      }
    }
  }

  private async writeChunk(tx: EntityManager, plan: ChunkPlan, index: number): Promise<ChunkWrite> {
    const now = new Date();
    let t = tick(null, 0);
    await insertRows(tx, Household, plan.newHouseholds);
    await insertRows(tx, Person, plan.created);
    t = tick("write: people, households", t);
    // Existing rows: one guarded UPDATE each, so a clerk's edit since the check is a conflict.
    const updated: ChunkWrite["updated"] = [];
    for (const u of plan.updated) {
      const after = u.fields.version + 1;
      await guardedUpdate(tx, Person, u.person.id, u.fields.version, {
        ...Object.fromEntries(PERSON_FIELDS.map((f) => [f, u.person[f]])),
        version: after,
        updatedAt: now,
      });
      updated.push({ person: u.person, before: u.fields, after });
    }
    const households: ChunkWrite["households"] = [];
    for (const [h, before] of plan.households) {
      const after = before.version + 1;
      await guardedUpdate(tx, Household, h.id, before.version, {
        ...flagsOf(h),
        headId: h.headId,
        version: after,
        updatedAt: now,
      });
      households.push({ household: h, before, after });
    }
    await bulkInsert(tx, plan.audits);
    t = tick("write: updates, audit entries", t);

    // Events carry the versions just written.
    for (const u of updated) u.person.version = u.after;
    for (const x of households) x.household.version = x.after;
    const events: OutboxRow[] = [];
    const sink: EventSink = (event, data) => events.push(this.ctx.outbox.row(event, data));
    const byId = new Map<string, Household>();
    for (const h of [...plan.newHouseholds, ...plan.households.keys()]) byId.set(h.id, h);
    const householdOf = async (id: string) =>
      byId.get(id) ?? byId.set(id, await tx.findOneOrFail(Household, { id })).get(id)!;
    const members = new Map<string, string[]>();
    for (const m of plan.created) members.set(m.householdId, [...(members.get(m.householdId) ?? []), m.id]);
    for (const h of plan.newHouseholds) householdChangeEvents(sink, h, members.get(h.id) ?? [], null);
    for (const [h, before] of plan.households) householdChangeEvents(sink, h, [], before);
    for (const m of plan.created) personChangeEvents(sink, "registered", m, await householdOf(m.householdId));
    for (const u of plan.updated)
      personChangeEvents(sink, "updated", u.person, await householdOf(u.person.householdId), u.before);
    t = tick("write: events built", t);
    await insertOutboxRows(tx, [...events]);
    tick("write: outbox rows", t);
    await this.options.beforeChunkCommit?.(index, tx);
    return {
      newHouseholds: plan.newHouseholds,
      created: plan.created,
      updated,
      households,
      auditIds: plan.audits.map((a) => a.id),
      events,
    };
  }

  /**
   * Undoes committed chunks in one transaction. An event still in the outbox is deleted: on
   * PostgreSQL the DELETE waits for a relay round that holds the row (`FOR UPDATE SKIP LOCKED`) and
   * then sees it published, so every event is either deleted here or known to be published — and
   * then answered by a compensating event.
   */
  private async undo(chunks: ChunkWrite[]): Promise<void> {
    const eventIds = chunks.flatMap((c) => c.events.map((e) => e.id));
    await this.ctx.em.fork().transactional(async (tx) => {
      const published = new Set<string>();
      for (let i = 0; i < eventIds.length; i += INSERT_CHUNK) {
        const ids = eventIds.slice(i, i + INSERT_CHUNK);
        await tx.nativeDelete(OutboxEvent, { id: { $in: ids }, publishedAt: null });
        for (const e of await tx.find(OutboxEvent, { id: { $in: ids } }, { fields: ["id"] }))
          published.add(e.id);
      }
      const publishedSubjects = new Set(
        chunks.flatMap((c) => c.events.filter((e) => published.has(e.id)).map((e) => e.subject)),
      );
      const compensations: OutboxRow[] = [];
      const sink: EventSink = (event, data) => compensations.push(this.ctx.outbox.row(event, data));
      for (const c of chunks) {
        const newHouseholdIds = new Set(c.newHouseholds.map((h) => h.id));
        for (const p of c.created) {
          if (!publishedSubjects.has(p.id)) continue;
          sink(PersonWithdrawn, {
            personId: p.id,
            version: p.version + 1,
            householdId: p.householdId,
            householdWithdrawn: newHouseholdIds.has(p.householdId),
            reason: "IMPORT_UNDONE",
          });
        }
        for (const ids of slices(c.created.map((p) => p.id)))
          await tx.nativeDelete(Person, { id: { $in: ids } });
        for (const ids of slices([...newHouseholdIds]))
          await tx.nativeDelete(Household, { id: { $in: ids } });
        for (const ids of slices(c.auditIds)) await tx.nativeDelete(AuditEntry, { id: { $in: ids } });
        for (const x of c.households) {
          await guardedUpdate(tx, Household, x.household.id, x.after, {
            ...flagsOf(x.before),
            headId: x.before.headId,
            version: x.after + 1,
            updatedAt: new Date(),
          });
          if (!publishedSubjects.has(x.household.id)) continue;
          const restored = Object.assign(new Household(), x.household, x.before, { version: x.after + 1 });
          householdChangeEvents(sink, restored, [], householdState(x.household));
        }
        for (const u of c.updated) {
          const restored = u.after + 1;
          await guardedUpdate(tx, Person, u.person.id, u.after, {
            ...Object.fromEntries(PERSON_FIELDS.map((f) => [f, u.before[f]])),
            version: restored,
            updatedAt: new Date(),
          });
          if (!publishedSubjects.has(u.person.id)) continue;
          const household = await tx.findOneOrFail(Household, { id: u.person.householdId });
          const changedTo = personFacts(u.person, household);
          const back = personFacts(
            Object.assign(new Person(), u.person, u.before, { version: restored }),
            household,
          );
          const changedFields = changedFacts(changedTo, back);
          if (changedFields.length > 0) sink(PersonUpdated, { ...back, changedFields });
        }
      }
      await insertOutboxRows(tx, compensations);
    });
  }
}

function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return problems
    .map((p, i) => [p, i] as const)
    .sort((a, b) => a[0].row - b[0].row || a[1] - b[1])
    .map(([p]) => p);
}

function* slices<T>(items: T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += INSERT_CHUNK) yield items.slice(i, i + INSERT_CHUNK);
}

async function guardedUpdate<E extends Person | Household>(
  tx: EntityManager,
  entity: new () => E,
  id: string,
  version: number,
  data: Record<string, unknown>,
): Promise<void> {
  // The typed overloads of nativeUpdate do not follow a generic entity; the data is the entity's own columns.
  const n = await tx.nativeUpdate(entity as new () => Person, { id, version }, data as never);
  if (n !== 1) {
    throw new ConflictError({
      zh: "导入期间有人修改了文件中的人员或户，已全部撤销，请重新导入",
      en: "someone changed a person or household of this file while it was being imported; nothing was imported, import it again",
    });
  }
}

function householdState(h: Household): HouseholdState {
  return {
    townshipCode: h.townshipCode,
    village: h.village,
    headId: h.headId,
    version: h.version,
    ...flagsOf(h),
  };
}

function pick(p: Person): Pick<Person, PersonField | "version"> {
  return {
    ...(Object.fromEntries(PERSON_FIELDS.map((f) => [f, p[f]])) as Pick<Person, PersonField>),
    version: p.version,
  };
}

function flagsOf(r: Pick<ImportRow, (typeof HOUSEHOLD_FLAGS)[number]>) {
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

/**
 * The rows not imported, in the file's own columns, after 原行号 and followed by the problems in
 * Chinese and English; the parser ignores those three columns, so the corrected sheet imports as is.
 */
async function rejectedRowsXlsx(
  parsed: ParseResult,
  rejected: ImportRecord[],
  problems: ImportProblem[],
): Promise<string> {
  const byRow = new Map<number, ImportProblem[]>();
  for (const p of problems) byRow.set(p.row, [...(byRow.get(p.row) ?? []), p]);
  const columns: LedgerColumn<ImportRecord>[] = [
    { header: REJECTED_ROW_COLUMN.zh, type: "integer", value: (r) => r.row },
    ...parsed.headers.map((header, i): LedgerColumn<ImportRecord> => ({
      header,
      type: "text",
      value: (r) => r.cells[i] ?? "",
    })),
    ...REJECTED_REASON_COLUMNS.map((c, lang): LedgerColumn<ImportRecord> => ({
      header: c.zh,
      type: "text",
      width: 60,
      value: (r) =>
        (byRow.get(r.row) ?? [])
          .map((p) => `${p.column}：${lang === 0 ? p.messageZh : p.messageEn}`)
          .join(lang === 0 ? "；" : "; "),
    })),
  ];
  const ledger = defineLedger<ImportRecord>({
    sheetName: "未导入的行",
    creator: "registry",
    columns,
    maxRows: Math.max(rejected.length, 1),
  });
  return ledger.writeBase64(rejected);
}
