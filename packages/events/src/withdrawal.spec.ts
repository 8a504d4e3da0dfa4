import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Entity, PrimaryKey, Property } from "@mikro-orm/core";
import { AuditEntry } from "@pa/service-kit";
import type { EventData } from "./catalog";
import { PersonRegistered, type PersonWithdrawn } from "./contracts";
import { eventEntities } from "./index";
import { Outbox } from "./outbox";
import { defineProjection } from "./projection";
import { defineWithdrawal, WithdrawnRegistration, withdrawalEntities } from "./withdrawal";
import {
  createTestDatabase,
  newId,
  openOrm,
  testDialects,
  type Orm,
  type TestDatabase,
} from "./test-support/kit";

/** A consuming service's projection of person facts, with a mark for a kept withdrawn row. */
@Entity({ tableName: "wd_facts" })
class WdFacts {
  @PrimaryKey({ type: "string", length: 64 })
  personId!: string;

  @Property({ type: "integer" })
  version!: number;

  @Property({ type: "string", length: 12 })
  townshipCode!: string;

  @Property({ type: "date", nullable: true })
  withdrawnOn: string | null = null;
}

/** What the reaction derives (deleted on withdrawal), or a clerk records (kept, with the row). */
@Entity({ tableName: "wd_case" })
class WdCase {
  @PrimaryKey({ type: "string", length: 26 })
  id: string = newId();

  @Property({ type: "string", length: 64 })
  personId!: string;

  @Property({ type: "boolean" })
  byClerk: boolean = false;
}

interface Facts {
  personId: string;
  version: number;
  townshipCode: string;
}
type Withdrawn = EventData<typeof PersonWithdrawn>;

describe.each(testDialects())("defineWithdrawal on %s", (dialect) => {
  let db: TestDatabase;
  let orm: Orm;
  const withdrawnCalls: string[][] = [];
  const projection = defineProjection<WdFacts, Facts>({
    service: "employment",
    entity: WdFacts,
    key: "personId",
    version: "version",
    values: (f) => ({ ...f }),
    audit: { action: "applyWdFacts", entityName: "WdFacts" },
    async react(em, changes) {
      for (const c of changes)
        if (!c.before) em.create(WdCase, { personId: c.after.personId, byClerk: false });
    },
  });
  const withdrawal = defineWithdrawal<WdFacts, Facts, void, Withdrawn>({
    projection,
    registered: PersonRegistered,
    keyOf: (d) => d.personId,
    versionOf: (d) => d.version,
    mark: "withdrawnOn",
    async onWithdrawn(em, withdrawals) {
      const ids = withdrawals.map((w) => w.key);
      withdrawnCalls.push(ids);
      const byClerk = new Set(
        (await em.find(WdCase, { personId: { $in: ids }, byClerk: true })).map((c) => c.personId),
      );
      await em.nativeDelete(WdCase, { personId: { $in: ids.filter((i) => !byClerk.has(i)) } });
      return byClerk;
    },
  });

  beforeAll(async () => {
    db = await createTestDatabase(dialect, "withdrawal");
    orm = await openOrm({
      databaseUrl: db.url,
      entities: [...eventEntities, ...withdrawalEntities, WdFacts, WdCase],
      migrations: { postgresql: [], sqlite: [] },
    });
    await orm.schema.createSchema();
  });
  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  const source = (eventId = newId(), businessDate = "2026-12-02") => ({
    eventId,
    businessDate,
    outbox: new Outbox({ actor: "employment" }),
  });
  const registered = (personId: string, version: number, townshipCode = "990101001") =>
    orm.em
      .fork()
      .transactional((em) =>
        withdrawal.apply(em, [
          { facts: { personId, version, townshipCode }, source: source(), registration: true },
        ]),
      );
  const updated = (personId: string, version: number, townshipCode = "990101002") =>
    orm.em
      .fork()
      .transactional((em) =>
        withdrawal.apply(em, [
          { facts: { personId, version, townshipCode }, source: source(), registration: false },
        ]),
      );
  const withdraw = (personId: string, version: number, eventId = newId()) =>
    orm.em.fork().transactional((em) =>
      withdrawal.withdraw(em, [
        {
          key: personId,
          version,
          data: {
            personId,
            version,
            householdId: newId(),
            householdWithdrawn: true,
            reason: "IMPORT_UNDONE",
          },
          source: source(eventId),
        },
      ]),
    );
  const stored = (personId: string) => orm.em.fork().findOne(WdFacts, { personId });
  const cases = (personId: string) => orm.em.fork().count(WdCase, { personId });

  test("IMPORT_UNDONE: a withdrawal removes the projection row and what the reaction derived, once (a redelivery changes nothing)", async () => {
    const p = newId();
    await registered(p, 1);
    expect(await cases(p)).toBe(1);
    withdrawnCalls.length = 0;
    const eventId = newId();
    expect(await withdraw(p, 2, eventId)).toMatchObject({ removed: [p], kept: [], ignored: [] });
    expect(await stored(p)).toBeNull();
    expect(await cases(p)).toBe(0);
    expect(withdrawnCalls).toEqual([[p]]);
    expect(await orm.em.fork().findOne(WithdrawnRegistration, { subject: p })).toMatchObject({
      withdrawnVersion: 2,
      throughVersion: 2,
      kept: false,
      eventId,
    });
    expect(await orm.em.fork().count(AuditEntry, { entityId: p, action: "applyWdFacts.withdrawn" })).toBe(1);

    expect(await withdraw(p, 2)).toMatchObject({ removed: [], ignored: [p] });
    expect(withdrawnCalls).toEqual([[p]]);
  });

  test("IMPORT_UNDONE ordering: a withdrawal older than the version held still wins, and later facts of that registration are dropped", async () => {
    const p = newId();
    await registered(p, 1);
    await updated(p, 2);
    await updated(p, 3);
    expect(await withdraw(p, 2)).toMatchObject({ removed: [p] });
    expect(await stored(p)).toBeNull();
    expect(await orm.em.fork().findOne(WithdrawnRegistration, { subject: p })).toMatchObject({
      withdrawnVersion: 2,
      throughVersion: 3,
    });
    // Redelivered or late facts of the withdrawn registration: an update of any version, a registration not above 3.
    expect((await updated(p, 4)).changes).toEqual([]);
    expect((await registered(p, 3)).changes).toEqual([]);
    expect((await registered(p, 1)).changes).toEqual([]);
    expect(await stored(p)).toBeNull();
    expect(await cases(p)).toBe(0);
  });

  test("IMPORT_UNDONE re-registration: a later registration with a higher version re-creates the person; the old withdrawal no longer applies, a new one does", async () => {
    const p = newId();
    await registered(p, 1);
    await withdraw(p, 2);
    const again = await registered(p, 5, "990101003");
    expect(again.changes).toHaveLength(1);
    expect(await stored(p)).toMatchObject({ version: 5, townshipCode: "990101003", withdrawnOn: null });
    expect(await cases(p)).toBe(1); // the reaction ran as for anyone new
    expect((await updated(p, 6)).changes).toHaveLength(1);

    // The first registration's withdrawal, redelivered or replayed late: it is not this registration's.
    expect(await withdraw(p, 2)).toMatchObject({ removed: [], ignored: [p] });
    expect(await withdraw(p, 4)).toMatchObject({ removed: [], ignored: [p] });
    expect(await stored(p)).toMatchObject({ version: 6 });

    // The new registration withdrawn in its turn.
    expect(await withdraw(p, 7)).toMatchObject({ removed: [p] });
    expect(await stored(p)).toBeNull();
    expect(await cases(p)).toBe(0);
  });

  test("IMPORT_UNDONE before the registration arrived: nothing is held, and the late registration is dropped", async () => {
    const p = newId();
    withdrawnCalls.length = 0;
    expect(await withdraw(p, 2)).toMatchObject({ unknown: [p], removed: [] });
    expect(withdrawnCalls).toEqual([]);
    expect((await registered(p, 1)).changes).toEqual([]);
    expect(await stored(p)).toBeNull();
    expect(await cases(p)).toBe(0);
  });

  test("IMPORT_UNDONE after a clerk acted: the row stays, marked withdrawn, with the clerk's record; a re-registration clears the mark", async () => {
    const p = newId();
    await registered(p, 1);
    await orm.em.fork().transactional(async (em) => {
      em.create(WdCase, { personId: p, byClerk: true });
    });
    expect(await withdraw(p, 2)).toMatchObject({ kept: [p], removed: [] });
    expect(await stored(p)).toMatchObject({ version: 1, withdrawnOn: "2026-12-02" });
    expect(await cases(p)).toBe(2);
    expect(await orm.em.fork().findOne(WithdrawnRegistration, { subject: p })).toMatchObject({ kept: true });
    // Still withdrawn: late updates do not touch the kept row.
    expect((await updated(p, 3)).changes).toEqual([]);
    expect(await stored(p)).toMatchObject({ version: 1 });

    await registered(p, 4);
    expect(await stored(p)).toMatchObject({ version: 4, withdrawnOn: null });
  });

  test("IMPORT_UNDONE in a batch: the newest withdrawal per person, one call of the service for all", async () => {
    const [a, b] = [newId(), newId()];
    await registered(a, 1);
    await registered(b, 1);
    withdrawnCalls.length = 0;
    const data = (personId: string, version: number) => ({
      key: personId,
      version,
      data: {
        personId,
        version,
        householdId: newId(),
        householdWithdrawn: false,
        reason: "IMPORT_UNDONE" as const,
      },
      source: source(),
    });
    const r = await orm.em
      .fork()
      .transactional((em) => withdrawal.withdraw(em, [data(a, 2), data(b, 2), data(a, 3)]));
    expect(r.removed.sort()).toEqual([a, b].sort());
    expect(withdrawnCalls.map((c) => c.sort())).toEqual([[a, b].sort()]);
    expect(await orm.em.fork().findOne(WithdrawnRegistration, { subject: a })).toMatchObject({
      withdrawnVersion: 3,
    });
  });
});
