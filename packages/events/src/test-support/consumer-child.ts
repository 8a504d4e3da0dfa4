/**
 * A consuming service in its own process, for the crash spec: it handles registrations slowly
 * (inside the transaction, after writing its effect) so a SIGKILL lands mid-batch with effects
 * written but not committed. Configured by environment; prints "ready" once consuming.
 */
import { PersonRegistered } from "../contracts";
import { EventConsumer, defineHandler } from "../inbox";
import { connectNats } from "../nats";
import { Effect, openTestOrm } from "./fixtures";

const env = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is required`);
  return v;
};
const delayMs = Number(process.env.HANDLER_DELAY_MS ?? 20);

const orm = await openTestOrm(env("DATABASE_URL"));
const nc = await connectNats(env("NATS_URL"));
const consumer = await new EventConsumer({
  service: "employment",
  orm,
  nc,
  namespace: env("BUS_NAMESPACE"),
  concurrency: 8,
  ackWaitMs: Number(process.env.ACK_WAIT_MS ?? 2000),
  handlers: [
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
    }),
  ],
}).start();
process.stdout.write("ready\n");

process.once("SIGTERM", () => {
  void consumer
    .stop()
    .then(() => nc.close())
    .then(() => orm.close(true))
    .finally(() => process.exit(0));
});
