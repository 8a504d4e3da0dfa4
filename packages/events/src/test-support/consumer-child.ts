/**
 * A consuming service in its own process, for the crash spec: it handles registrations slowly
 * (inside the transaction, after writing its effect) so a SIGKILL lands mid-batch with effects
 * written but not committed. Configured by environment; prints "ready" once consuming.
 */
import { CaseOpened, PersonRegistered } from "../contracts";
import { EventConsumer, defineHandler, type EventHandler } from "../inbox";
import { connectNats } from "../nats";
import { defineProjection } from "../projection";
import { Effect, openTestOrm, TestProjected } from "./fixtures";

const env = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is required`);
  return v;
};
const delayMs = Number(process.env.HANDLER_DELAY_MS ?? 20);

/**
 * CHILD_MODE=projection: registrations feed a projection in bulk batches; its reaction writes one
 * effect and publishes one event per new person (through the batch's outbox), flushes, then
 * dawdles inside the still-open transaction so a SIGKILL lands in the middle of a bulk batch.
 */
const projection = defineProjection<
  TestProjected,
  { personId: string; version: number; townshipCode: string }
>({
  service: "employment",
  entity: TestProjected,
  key: "personId",
  version: "version",
  values: (f) => ({ personId: f.personId, version: f.version, townshipCode: f.townshipCode }),
  audit: { action: "applyTestProjected", entityName: "TestProjected" },
  async react(em, changes) {
    for (const c of changes) {
      em.persist(
        Object.assign(new Effect(), {
          eventId: c.source.eventId,
          personId: c.after.personId,
          consumer: `pid-${process.pid}`,
        }),
      );
      c.source.outbox.add(em, CaseOpened, {
        caseId: `case-${c.after.personId}`,
        personId: c.after.personId,
        townshipCode: c.after.townshipCode,
        openedOn: c.source.businessDate,
      });
    }
    await em.flush();
    await new Promise((r) => setTimeout(r, delayMs * changes.length));
  },
});

const handlers: EventHandler<unknown>[] =
  process.env.CHILD_MODE === "projection"
    ? [projection.handler(PersonRegistered, (d) => d) as EventHandler<unknown>]
    : [
        defineHandler(PersonRegistered, async (data, { em, envelope }) => {
          em.persist(
            Object.assign(new Effect(), {
              eventId: envelope.id,
              personId: data.personId,
              consumer: `pid-${process.pid}`,
            }),
          );
          await em.flush();
          await new Promise((r) => setTimeout(r, delayMs));
        }) as EventHandler<unknown>,
      ];

const orm = await openTestOrm(env("DATABASE_URL"));
const nc = await connectNats(env("NATS_URL"));
const consumer = await new EventConsumer({
  service: "employment",
  orm,
  nc,
  namespace: env("BUS_NAMESPACE"),
  concurrency: 8,
  ackWaitMs: Number(process.env.ACK_WAIT_MS ?? 2000),
  handlers,
}).start();
process.stdout.write("ready\n");

process.once("SIGTERM", () => {
  void consumer
    .stop()
    .then(() => nc.close())
    .then(() => orm.close(true))
    .finally(() => process.exit(0));
});
