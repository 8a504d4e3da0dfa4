/**
 * `pnpm bench:import` — people imported per second into PostgreSQL from one generated register file
 * of 100,000 people (the demo city's generator, fixed seed), through the `importRegister` mutation:
 * parse, validate every row, check the register, write people, households, audit entries and outbox
 * events (on PostgreSQL in committed chunks, so the relay publishes while later chunks are
 * written). Then the same file again (nothing changes), and how long the relay takes to publish
 * what was left of the registrations when the import returned. Not a test: it prints figures.
 */
import "reflect-metadata";
import { performance } from "node:perf_hooks";
import type { Dialect } from "@pa/service-kit";
import { callers, startServiceHarness, waitFor } from "@pa/testing";
import { createRegistryApp } from "../src/app";
import { demoCityToCsv, generateDemoCity } from "../src/demo/demo-generator";
import { OutboxEvent } from "@pa/events";
import { importPhaseCpu } from "../src/import/import.service";

/** Own CPU of this process (user + system) in ms: the import, its relay and the harness. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const phases = () => {
  const out = [...importPhaseCpu].map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(", ");
  importPhaseCpu.clear();
  return out;
};

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 100_000);
const dialect: Dialect = process.argv.includes("--sqlite") ? "sqlite" : "postgresql";
const IMPORT = `mutation($i: ImportRegisterInput!) { importRegister(input: $i) { accepted rowCount created unchanged householdsCreated errors { row column messageEn } } }`;

let t = performance.now();
const city = generateDemoCity({ people: PEOPLE });
const csv = demoCityToCsv(city.people, city.households);
console.log(
  `generated ${city.people.length} people in ${city.households.length} households (${(csv.length / 1e6).toFixed(1)} MB CSV) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
);

const h = await startServiceHarness(createRegistryApp, {
  dialect,
  label: "bench-import",
  user: callers.povertyOffice.manager(),
});
try {
  for (const tw of city.townships) {
    await h.ok(`mutation($i: SaveTownshipInput!) { saveTownship(input: $i) { code } }`, {
      i: { code: tw.code, name: tw.name, concentrated: tw.concentrated },
    });
  }
  const input = { i: { fileName: "register.csv", contentBase64: Buffer.from(csv).toString("base64") } };
  t = performance.now();
  let cpu = cpuMs();
  const first = await h.ok<{ importRegister: { accepted: boolean; created: number; errors: unknown[] } }>(
    IMPORT,
    input,
  );
  const importSeconds = (performance.now() - t) / 1000;
  const importCpu = cpuMs() - cpu;
  if (!first.importRegister.accepted)
    throw new Error(`import refused: ${JSON.stringify(first.importRegister.errors.slice(0, 3))}`);
  const em = h.app.orm.em.fork();
  const atCommit = {
    published: await em.count(OutboxEvent, { publishedAt: { $ne: null } }),
    pending: await em.count(OutboxEvent, { publishedAt: null }),
  };
  console.log(
    `import on ${dialect}: ${first.importRegister.created} people in ${importSeconds.toFixed(1)} s = ${Math.round(first.importRegister.created / importSeconds)} people/s (${dialect === "postgresql" ? "chunks of 5,000 people, each committed" : "one transaction"}, with households, audit entries and outbox events)`,
  );
  console.log(
    `  when the import returned the relay had already published ${atCommit.published} events; ${atCommit.pending} were pending`,
  );
  console.log(
    `  process CPU during the import (relay included) ${(importCpu / 1000).toFixed(1)} s = ${(importCpu / PEOPLE).toFixed(3)} ms/person; CPU by phase: ${phases()}`,
  );

  t = performance.now();
  await waitFor(
    "the relay to publish every registration",
    async () => (await em.count(OutboxEvent, { publishedAt: null })) === 0,
    600_000,
    500,
  );
  console.log(
    `  relay published the outbox (${PEOPLE} registrations + households) ${((performance.now() - t) / 1000).toFixed(1)} s after the commit`,
  );

  t = performance.now();
  cpu = cpuMs();
  const again = await h.ok<{ importRegister: { unchanged: number; created: number } }>(IMPORT, input);
  const againSeconds = (performance.now() - t) / 1000;
  console.log(
    `  the same file again: ${again.importRegister.unchanged} unchanged, ${again.importRegister.created} created, in ${againSeconds.toFixed(1)} s = ${Math.round(PEOPLE / againSeconds)} rows/s, CPU ${((cpuMs() - cpu) / 1000).toFixed(1)} s; by phase: ${phases()}`,
  );
} finally {
  await h.close();
}
