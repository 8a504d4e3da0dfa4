import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { OutboxEvent, withOutbox } from "@pa/events";
import {
  buildRegistrySchema,
  createRegistryApp,
  ImportMode,
  ImportService,
  REGISTER_COLUMNS,
  syntheticId,
} from "@pa/registry";
import { createLogger, systemContext, systemIdentity, Unit } from "@pa/service-kit";
import { callers, T1, testDialects, waitFor, type ServiceHarness } from "@pa/testing";
import { startFederation, type Federation, type SubgraphUnderTest } from "./testkit";

/** One register row (the import template's columns), eligible for an employment case. */
function row(values: Record<string, string>): string {
  const merged: Record<string, string> = {
    phone: "",
    townshipCode: T1,
    village: "北岭村",
    isHead: "是",
    laborCapacity: "全部",
    willingToWork: "是",
    willingToTrain: "否",
    entrepreneurshipCapacity: "否",
    entrepreneurshipIntention: "否",
    disabilityCertificate: "否",
    education: "初中",
    graduationDate: "",
    registeredOn: "2016-04-01",
    urbanZeroEmployment: "否",
    ruralZeroTransferEmployment: "否",
    minimumLivingGuarantee: "否",
    ...values,
  };
  return REGISTER_COLUMNS.map((c) => merged[c.key] ?? "").join(",");
}

/** Rows of the consumer's `table` whose `column` is one of `ids` (all rows without ids), read directly. */
async function count(h: ServiceHarness, table: string, column?: string, ids: string[] = []): Promise<number> {
  if (column && ids.length === 0) return 0;
  const where = column ? ` where ${column} in (${ids.map(() => "?").join(", ")})` : "";
  const [r] = await h.app.orm.em
    .fork()
    .getConnection()
    .execute<{ n: number | string }[]>(`select count(*) as n from ${table}${where}`, ids);
  return Number(r?.n ?? 0);
}

/** What a consumer holds for these people, by table. */
export async function holdings(
  h: ServiceHarness,
  tables: readonly string[],
  ids: string[],
): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = await count(h, t, "person_id", ids);
  return out;
}

/** A consumer of person facts under test: what it derives, and when it has built it all. */
export interface WithdrawalConsumer extends SubgraphUnderTest {
  /** Its tables keyed by `personId` that a registration fills (the projection's included). */
  tables: readonly string[];
  /** Policies and the like it needs before people arrive. */
  seed?(h: ServiceHarness): Promise<void>;
  /** True once it has built everything for these people (four of them, two aged 60+). */
  built(h: ServiceHarness, ids: string[]): Promise<boolean>;
}

/**
 * Issue 10 item 3 with `pa.registry.person.withdrawn.v1`: an import undone after its first chunks
 * reached the bus leaves nothing of those people in the consumer, through the real bus. (One
 * consumer per file: the services' entity classes share names, e.g. `PersonFacts`.)
 */
export function describeUndoneImport(consumer: WithdrawalConsumer): void {
  describe.each(testDialects())(
    `registry → ${consumer.name}: an undone import, through NATS on %s`,
    (dialect) => {
      let fed: Federation;

      beforeAll(async () => {
        fed = await startFederation(
          [
            {
              name: "registry",
              createApp: createRegistryApp,
              sdl: async () => (await buildRegistrySchema()).sdl,
            },
            consumer,
          ],
          { dialect, user: callers.povertyOffice.clerk() },
        );
        await fed.ok(`mutation($i: SaveTownshipInput!) { saveTownship(input: $i) { code } }`, {
          i: { code: T1, name: "东山镇", concentrated: true },
        });
        await consumer.seed?.(fed.subgraphs[consumer.name]!);
      });
      afterAll(async () => fed?.close());

      test(`IMPORT_UNDONE / R-REQ-2: a failure in a later chunk leaves ${consumer.name} holding nothing for the withdrawn people`, async () => {
        const registry = fed.subgraphs.registry!;
        const h = fed.subgraphs[consumer.name]!;
        const everyone = () => count(h, "person_facts");
        const before = await everyone();
        // Six households of one, two per chunk; the older half is 60+ (a pension-ledger entry, R-SS-3).
        const births = ["1950-03-03", "1980-03-03", "1951-03-03", "1981-03-03", "1952-03-03", "1982-03-03"];
        const file = [
          REGISTER_COLUMNS.map((c) => c.zh).join(","),
          ...births.map((b, i) =>
            row({
              name: `撤${"甲乙丙丁戊己"[i]}`,
              idNumber: syntheticId(b, 91 + i),
              householdKey: `HH-W${i}`,
            }),
          ),
        ].join("\n");
        // This federation's registry publishes registrations of this file only.
        const registeredIds = async () =>
          (
            await registry.app.orm.em.fork().find(OutboxEvent, { type: "pa.registry.person.registered.v1" })
          ).map((e) => e.subject);
        let reached: string[] = [];
        // The consumer is read from outside the import: MikroORM's transaction context is one per
        // process, so a read from inside the import's hook would run in the registry's transaction.
        let atThirdChunk!: () => void;
        const thirdChunk = new Promise<void>((resolve) => (atThirdChunk = resolve));
        const consumerBuilt = (async () => {
          await thirdChunk;
          await waitFor(
            `${consumer.name} to hold the first chunks' people`,
            async () => {
              reached = await registeredIds();
              return reached.length === 4 && (await consumer.built(h, reached));
            },
            20_000,
          );
        })();
        const identity = systemIdentity({ sub: "withdrawal-e2e", name: "测试", unit: Unit.PovertyOffice });
        const service = new ImportService(
          withOutbox(systemContext(registry.app.orm, identity, createLogger("withdrawal-e2e", "silent"))),
          {
            chunkSize: 2,
            beforeChunkCommit: async (chunk) => {
              if (chunk < 2) return;
              // On PostgreSQL the first two chunks have committed: let the consumer build everything
              // for their people before the failure, so the undo has something to withdraw.
              if (dialect === "postgresql") {
                atThirdChunk();
                await consumerBuilt;
              }
              throw new Error("injected failure in chunk 3");
            },
          },
        );
        await expect(
          service.importRegister({
            fileName: "undone.csv",
            contentBase64: Buffer.from(file + "\n").toString("base64"),
            dryRun: false,
            mode: ImportMode.ALL_OR_NOTHING,
          }),
        ).rejects.toThrow(/injected failure/);

        // On SQLite the chunks share one transaction: nothing was published, nothing is withdrawn.
        if (dialect === "postgresql") expect(reached).toHaveLength(4);
        await waitFor(
          `${consumer.name} to handle the withdrawals`,
          async () =>
            (await h.app.orm.em
              .fork()
              .count<object>("WithdrawnRegistration", { subject: { $in: reached } })) === reached.length,
          20_000,
        );
        expect(await holdings(h, consumer.tables, reached)).toEqual(
          Object.fromEntries(consumer.tables.map((t) => [t, 0])),
        );
        // Nobody of the file remains.
        expect(await everyone()).toBe(before);
      });
    },
  );
}
