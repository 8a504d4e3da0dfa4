import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/core";
import { jetstreamManager, type JetStreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { eventEntities } from "../index";
import type { EventData } from "../catalog";
import type { PersonRegistered } from "../contracts";
import { ensureStreams } from "../streams";
import { createTestDatabase, openOrm, type Dialect, type Orm, type TestDatabase } from "./kit";
import { deleteNamespaceStreams } from "@pa/testing";
export { testNamespace, waitFor } from "@pa/testing";

/** What a test handler does: one row per handling, so "exactly once in effect" is a row count. */
@Entity({ tableName: "test_effect" })
export class Effect {
  @PrimaryKey({ type: "integer", autoincrement: true })
  id!: number;

  @Property({ type: "string", length: 26 })
  eventId!: string;

  @Property({ type: "string", length: 64 })
  personId!: string;

  @Property({ type: "string", length: 64 })
  consumer!: string;
}

/** A domain row written beside events, to prove they commit and roll back together. */
@Entity({ tableName: "test_person" })
export class TestPerson {
  @PrimaryKey({ type: "string", length: 64 })
  id!: string;
}

/** A consumer's projection of the registry's person (the bulk-batch crash spec). */
@Entity({ tableName: "test_projected" })
@Index({ properties: ["townshipCode"] })
export class TestProjected {
  @PrimaryKey({ type: "string", length: 64 })
  personId!: string;

  @Property({ type: "integer" })
  version!: number;

  @Property({ type: "string", length: 12 })
  townshipCode!: string;
}

/** A fresh database with the outbox, inbox and test tables (schema created directly: tests only). */
export async function eventDatabase(
  dialect: Dialect,
  label: string,
  opts: { poolMax?: number } = {},
): Promise<{ db: TestDatabase; orm: Orm; close(): Promise<void> }> {
  const db = await createTestDatabase(dialect, label);
  const orm = await openTestOrm(db.url, opts);
  await orm.schema.createSchema();
  return {
    db,
    orm,
    async close() {
      await orm.close(true);
      await db.drop();
    },
  };
}

/** Opens an existing test database (a second replica, a child process). */
export function openTestOrm(databaseUrl: string, opts: { poolMax?: number } = {}): Promise<Orm> {
  return openOrm({
    databaseUrl,
    entities: [...eventEntities, Effect, TestPerson, TestProjected],
    migrations: { postgresql: [], sqlite: [] },
    ...(opts.poolMax ? { poolMax: opts.poolMax } : {}),
  });
}

/** A valid registration payload for person `i`. */
export function registeredPerson(i: number | string): EventData<typeof PersonRegistered> {
  return {
    personId: `p-${i}`,
    version: 1,
    townshipCode: "440103001",
    village: "东山村",
    householdId: `h-${i}`,
    birthDate: "1980-05-01",
    sex: "FEMALE",
    laborCapacity: "FULL",
    willingToWork: true,
    willingToTrain: true,
    entrepreneurshipCapacity: false,
    entrepreneurshipIntention: false,
    disabilityCertificate: false,
    povertyStatus: "REGISTERED",
    registeredOn: "2018-03-01",
    exitedOn: null,
    household: {
      urbanZeroEmployment: false,
      ruralZeroTransferEmployment: true,
      minimumLivingGuarantee: false,
    },
    education: "JUNIOR_SECONDARY",
    graduationDate: null,
  };
}

/** Creates the namespace's streams for the given producers. */
export async function ensureTestStreams(
  nc: NatsConnection,
  namespace: string,
  producers: string[] = ["registry"],
): Promise<JetStreamManager> {
  const jsm = await jetstreamManager(nc);
  for (const service of producers) await ensureStreams(jsm, { service, namespace });
  return jsm;
}

/** Deletes every stream of a namespace, so test runs do not pile up on the shared server. */
export function deleteTestStreams(_nc: NatsConnection, namespace: string): Promise<void> {
  return deleteNamespaceStreams(namespace);
}

/** Counts rows of a table through the ORM's connection. */
export async function countRows(orm: Orm, table: string, where = "1=1"): Promise<number> {
  const rows = (await orm.em
    .getConnection()
    .execute(`select count(*) as n from ${table} where ${where}`)) as { n: number | string }[];
  return Number(rows[0]?.n ?? 0);
}
