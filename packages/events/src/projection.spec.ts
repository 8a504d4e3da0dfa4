import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Entity, PrimaryKey, Property, type EntityManager } from "@mikro-orm/core";
import { pino } from "pino";
import { AuditEntry } from "@pa/service-kit";
import { jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { PersonRegistered, PersonUpdated } from "./contracts";
import { eventEntities } from "./index";
import { EventConsumer, handlerContext } from "./inbox";
import { connectNats } from "./nats";
import { Outbox, OutboxRelay } from "./outbox";
import { streamNameFor } from "./streams";
import { defineProjection, type IncomingFacts, type ProjectionChange } from "./projection";
import {
  createTestDatabase,
  newId,
  openOrm,
  testDialects,
  type Orm,
  type TestDatabase,
} from "./test-support/kit";
import { sqlStatements } from "@pa/testing";
import {
  countRows,
  deleteTestStreams,
  ensureTestStreams,
  registeredPerson,
  testNamespace,
  waitFor,
} from "./test-support/fixtures";

const NATS_URL = process.env.NATS_URL ?? "nats://127.0.0.1:4222";

/** A consuming service's projection of the registry's facts. */
@Entity({ tableName: "test_facts" })
class TestFacts {
  @PrimaryKey({ type: "string", length: 64 })
  personId!: string;

  @Property({ type: "integer" })
  version!: number;

  @Property({ type: "string", length: 12 })
  townshipCode!: string;

  @Property({ type: "string", length: 10 })
  laborCapacity!: string;
}

/** A service's own row that copies the township for scope; only open ones follow a move. */
@Entity({ tableName: "test_case" })
class TestCase {
  @PrimaryKey({ type: "string", length: 26 })
  id: string = newId();

  @Property({ type: "string", length: 64 })
  personId!: string;

  @Property({ type: "string", length: 12 })
  townshipCode!: string;

  @Property({ type: "boolean" })
  open: boolean = true;
}

/** A second bearer, every row of which follows a move. */
@Entity({ tableName: "test_offer" })
class TestOffer {
  @PrimaryKey({ type: "string", length: 26 })
  id: string = newId();

  @Property({ type: "string", length: 64 })
  personId!: string;

  @Property({ type: "string", length: 12 })
  townshipCode!: string;
}

interface Facts {
  personId: string;
  version: number;
  townshipCode: string;
  laborCapacity: string;
}

const T1 = "990101001";
const T2 = "990101002";
const T3 = "990101003";

describe.each(testDialects())("defineProjection on %s", (dialect) => {
  let db: TestDatabase;
  let orm: Orm;
  const reactions: ProjectionChange<TestFacts, Facts>[][] = [];
  const projection = defineProjection<TestFacts, Facts>({
    service: "employment",
    entity: TestFacts,
    key: "personId",
    version: "version",
    values: (f) => ({ ...f }),
    township: {
      property: "townshipCode",
      bearers: [{ entity: TestCase, where: { open: true } }, { entity: TestOffer }],
    },
    audit: { action: "applyTestFacts", entityName: "TestFacts" },
    async react(em, changes) {
      // A snapshot: the managed rows change later in the spec.
      reactions.push(changes.map((c) => ({ ...c, after: { ...c.after } })));
      for (const c of changes)
        if (!c.before)
          em.create(TestCase, { personId: c.after.personId, townshipCode: c.after.townshipCode, open: true });
    },
  });

  beforeAll(async () => {
    db = await createTestDatabase(dialect, "projection");
    orm = await openOrm({
      databaseUrl: db.url,
      entities: [...eventEntities, TestFacts, TestCase, TestOffer],
      migrations: { postgresql: [], sqlite: [] },
    });
    await orm.schema.createSchema();
  });
  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  const source = (eventId = newId(), businessDate = "2020-01-02") => ({
    eventId,
    businessDate,
    outbox: new Outbox({ actor: "employment" }),
  });
  const facts = (personId: string, version: number, townshipCode = T1, laborCapacity = "FULL"): Facts => ({
    personId,
    version,
    townshipCode,
    laborCapacity,
  });
  const apply = (items: IncomingFacts<Facts>[]) =>
    orm.em.fork().transactional(async (em) => (await projection.apply(em, items)).changes);
  const stored = (personId: string) => orm.em.fork().findOne(TestFacts, { personId });

  /** The statements `run` sends, but for the transaction frame. */
  const statements = (run: () => Promise<unknown>) =>
    sqlStatements(orm, run, /^(begin|commit|rollback|savepoint|release)\b/i);

  test("facts of an older or the same version are dropped and nothing reacts", async () => {
    const p = newId();
    await apply([{ facts: facts(p, 2), source: source() }]);
    reactions.length = 0;
    const changes = await apply([
      { facts: facts(p, 1, T2), source: source() },
      { facts: facts(p, 2, T2), source: source() },
    ]);
    expect(changes).toEqual([]);
    expect(reactions).toEqual([]);
    expect(await stored(p)).toMatchObject({ version: 2, townshipCode: T1 });
  });

  test("the newest facts of a batch win, whatever their order in it, with one read of the existing rows", async () => {
    const [a, b] = [newId(), newId()];
    await apply([{ facts: facts(a, 1), source: source() }]);
    reactions.length = 0;
    let changes: ProjectionChange<TestFacts, Facts>[] = [];
    const sql = await statements(async () => {
      changes = await apply([
        { facts: facts(a, 3, T1, "PARTIAL"), source: source("e-a3") },
        { facts: facts(b, 1), source: source("e-b1") },
        { facts: facts(a, 4, T1, "NONE"), source: source("e-a4") },
        { facts: facts(a, 2, T1, "FULL"), source: source("e-a2") },
      ]);
    });
    expect(changes.map((c) => [c.after.personId, c.after.version, c.source.eventId])).toEqual([
      [a, 4, "e-a4"],
      [b, 1, "e-b1"],
    ]);
    expect(await stored(a)).toMatchObject({ version: 4, laborCapacity: "NONE" });
    expect(sql.filter((q) => /^select .* from [`"]?test_facts\b/i.test(q))).toHaveLength(1);
  });

  test("the reaction is called once with exactly the applied changes, before and after", async () => {
    const [a, b, c] = [newId(), newId(), newId()];
    await apply([
      { facts: facts(a, 1), source: source() },
      { facts: facts(c, 5), source: source() },
    ]);
    reactions.length = 0;
    await apply([
      { facts: facts(a, 2, T1, "NONE"), source: source("e-a", "2020-03-04") },
      { facts: facts(b, 1), source: source("e-b") },
      { facts: facts(c, 4), source: source("e-c-stale") },
    ]);
    expect(reactions).toHaveLength(1);
    expect(
      reactions[0]!.map((ch) => [ch.before?.version ?? null, ch.after.version, ch.facts.personId]),
    ).toEqual([
      [1, 2, a],
      [null, 1, b],
    ]);
    expect(reactions[0]![0]).toMatchObject({
      before: { laborCapacity: "FULL" },
      after: { laborCapacity: "NONE" },
      source: { eventId: "e-a", businessDate: "2020-03-04" },
    });
    // What the reaction wrote commits with the facts (one flush at the end).
    expect(await orm.em.fork().count(TestCase, { personId: b })).toBe(1);
  });

  test("a township move updates the bearers' rows with one statement per bearer entity", async () => {
    const [a, b, stay] = [newId(), newId(), newId()];
    await apply([a, b, stay].map((p) => ({ facts: facts(p, 1, T1), source: source() })));
    const em = orm.em.fork();
    em.create(TestCase, { personId: a, townshipCode: T1, open: false });
    for (const p of [a, b, stay]) em.create(TestOffer, { personId: p, townshipCode: T1 });
    await em.flush();
    const sql = await statements(() =>
      apply([
        { facts: facts(a, 2, T2), source: source() },
        { facts: facts(b, 2, T3), source: source() },
        { facts: facts(stay, 2, T1, "NONE"), source: source() },
      ]),
    );
    const read = orm.em.fork();
    const cases = await read.find(TestCase, { personId: { $in: [a, b, stay] } }, { orderBy: { id: "ASC" } });
    expect(cases.filter((c) => c.open).map((c) => [c.personId, c.townshipCode])).toEqual(
      expect.arrayContaining([
        [a, T2],
        [b, T3],
        [stay, T1],
      ]),
    );
    // A closed case stays where it was handled.
    expect(cases.find((c) => !c.open)).toMatchObject({ personId: a, townshipCode: T1 });
    const offers = await read.find(TestOffer, { personId: { $in: [a, b, stay] } });
    expect(Object.fromEntries(offers.map((o) => [o.personId, o.townshipCode]))).toEqual({
      [a]: T2,
      [b]: T3,
      [stay]: T1,
    });
    expect(sql.filter((q) => /^update [`"]?test_case\b/i.test(q))).toHaveLength(1);
    expect(sql.filter((q) => /^update [`"]?test_offer\b/i.test(q))).toHaveLength(1);
  });

  test("every applied change is audited as created or updated, naming its event; stale facts are not", async () => {
    const p = newId();
    await apply([{ facts: facts(p, 1), source: source("e-1") }]);
    await apply([{ facts: facts(p, 2, T2), source: source("e-2") }]);
    await apply([{ facts: facts(p, 2, T3), source: source("e-2-again") }]);
    const entries = await orm.em
      .fork()
      .find(AuditEntry, { entityName: "TestFacts", entityId: p }, { orderBy: { at: "ASC", id: "ASC" } });
    expect(entries.map((e) => [e.action, e.requestId, e.actor])).toEqual([
      ["applyTestFacts.created", "e-1", "system"],
      ["applyTestFacts.updated", "e-2", "system"],
    ]);
    expect(entries[1]).toMatchObject({
      before: { version: 1, townshipCode: T1 },
      after: { version: 2, townshipCode: T2 },
    });
  });

  test("its inbox handler takes the event's business date and an outbox carrying the trace, as the consuming service", async () => {
    reactions.length = 0;
    const handler = projection.handler(PersonRegistered, (d) => ({
      personId: d.personId,
      version: d.version,
      townshipCode: d.townshipCode,
      laborCapacity: d.laborCapacity,
    }));
    const data = { ...registeredPerson(newId()), townshipCode: T2 };
    const traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    const envelope = {
      specversion: "1.0" as const,
      id: newId(),
      source: "/services/registry",
      type: PersonRegistered.type,
      subject: data.personId,
      // 17:30 UTC on 31 December is already 1 January in Shanghai.
      time: "2019-12-31T17:30:00.000Z",
      datacontenttype: "application/json" as const,
      actor: "clerk",
      traceparent,
      data,
    };
    await orm.em.fork().transactional(async (em: EntityManager) => {
      const ctx = handlerContext("employment", em, envelope, pino({ level: "silent" }));
      await handler.handle(data, ctx);
    });
    expect(reactions[0]?.[0]?.source).toMatchObject({ eventId: envelope.id, businessDate: "2020-01-01" });
    const row = reactions[0]![0]!.source.outbox.row(PersonRegistered, registeredPerson("x"));
    expect(row.payload).toMatchObject({ actor: "employment", traceparent });
    expect(await stored(data.personId)).toMatchObject({ townshipCode: T2, version: 1 });
  });
});

describe.each(testDialects())("a projection fed by the inbox on %s", (dialect) => {
  const namespace = testNamespace(`pj${dialect.slice(0, 2)}`);
  const PEOPLE = 40;
  let nc: NatsConnection;
  let db: TestDatabase;
  let orm: Orm;
  let relay: OutboxRelay;
  let consumer: EventConsumer | undefined;
  const batchSizes: number[] = [];
  const projection = defineProjection<TestFacts, Facts>({
    service: "employment",
    entity: TestFacts,
    key: "personId",
    version: "version",
    values: (f) => ({ ...f }),
    township: { property: "townshipCode", bearers: [{ entity: TestCase, where: { open: true } }] },
    audit: { action: "applyTestFacts", entityName: "TestFacts" },
    async react(em, changes) {
      batchSizes.push(changes.length);
      for (const c of changes)
        if (!c.before)
          em.create(TestCase, { personId: c.after.personId, townshipCode: c.after.townshipCode, open: true });
    },
  });
  const pick = (d: { personId: string; version: number; townshipCode: string; laborCapacity: string }) => ({
    personId: d.personId,
    version: d.version,
    townshipCode: d.townshipCode,
    laborCapacity: d.laborCapacity,
  });

  beforeAll(async () => {
    nc = await connectNats(NATS_URL);
    await ensureTestStreams(nc, namespace);
    db = await createTestDatabase(dialect, "projection-inbox");
    orm = await openOrm({
      databaseUrl: db.url,
      entities: [...eventEntities, TestFacts, TestCase, TestOffer],
      migrations: { postgresql: [], sqlite: [] },
    });
    await orm.schema.createSchema();
    relay = new OutboxRelay({ orm, nc, namespace, batchSize: 100 }).start();
  });
  afterAll(async () => {
    await consumer?.stop();
    await relay?.stop();
    await deleteTestStreams(nc, namespace);
    await nc?.close();
    await orm?.close(true);
    await db?.drop();
  });

  test("waiting registrations and updates are applied in batches, each person's newest facts once", async () => {
    const outbox = new Outbox({ actor: "clerk" });
    const ids = Array.from({ length: PEOPLE }, () => newId());
    await orm.em.fork().transactional(async (em) => {
      for (const id of ids) {
        const registered = { ...registeredPerson(id), personId: id, townshipCode: T1 };
        outbox.add(em, PersonRegistered, registered);
        outbox.add(em, PersonUpdated, {
          ...registered,
          version: 2,
          townshipCode: T2,
          changedFields: ["townshipCode"],
        });
      }
    });
    const jsm = await jetstreamManager(nc);
    const stream = streamNameFor("registry", namespace);
    await waitFor(
      "every event published",
      async () => (await jsm.streams.info(stream)).state.messages === 2 * PEOPLE,
    );
    // Started after the events wait: the consumer fetches them together, as after an import.
    consumer = await new EventConsumer({
      service: "employment",
      orm,
      nc,
      namespace,
      concurrency: 1,
      handlers: [projection.handler(PersonRegistered, pick), projection.handler(PersonUpdated, pick)],
    }).start();
    await waitFor(
      "every event handled and acknowledged",
      async () => {
        const info = await jsm.consumers.info(stream, "employment");
        return info.num_pending === 0 && info.num_ack_pending === 0;
      },
      30_000,
      50,
    );
    expect(await countRows(orm, "inbox_entry")).toBe(2 * PEOPLE);
    const facts = await orm.em.fork().find(TestFacts, { personId: { $in: ids } });
    expect(facts.map((f) => [f.version, f.townshipCode])).toEqual(ids.map(() => [2, T2]));
    // The reaction ran once per new person, and the move reached each case wherever it was opened.
    const cases = await orm.em.fork().find(TestCase, { personId: { $in: ids } });
    expect(cases).toHaveLength(PEOPLE);
    expect(cases.every((c) => c.townshipCode === T2)).toBe(true);
    expect(Math.max(...batchSizes)).toBeGreaterThan(1);
  });
});
