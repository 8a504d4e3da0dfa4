/**
 * `pnpm bench:pipeline [--people N] [--profile DIR] [--keep]` — the whole reaction pipeline on
 * PostgreSQL (issue 10): N generated people (default 100,000; the demo city's generator, fixed
 * seed) imported into the registry through `importRegister`, with every consuming service
 * (employment, social-security, skills) running as its own process on its own scratch database, in a bus
 * namespace of this run. Prints the time of each phase from the start of the import — import
 * committed, relay drained (the registry's outbox empty), each consumer caught up (its durable
 * consumer on the registry's stream has nothing pending or unacknowledged) — and each process's
 * CPU per person (`process.cpuUsage()` as the service's `/metrics` reports it, per process, not
 * wall time). `--profile DIR` runs every service under `node --cpu-prof` into DIR. Not a test.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { jetstreamManager } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import { streamNameFor } from "@pa/events";
import {
  createDatabase,
  DEFAULT_PG_ADMIN_URL,
  dropDatabase,
  Role,
  signDevToken,
  Unit,
  withDatabase,
  type Identity,
} from "@pa/service-kit";
import { deleteNamespaceStreams } from "@pa/testing";
import { demoCityToCsv, generateDemoCity } from "@pa/registry";
import { databaseCounters, difference, postgresCpuMs, postgresWrites, psql } from "./postgres-stats";

const ROOT = resolve(import.meta.dirname, "..", "..");
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const PEOPLE = Number(arg("people") ?? process.env.BENCH_PEOPLE ?? 100_000);
const PROFILE_DIR = arg("profile");
const KEEP = process.argv.includes("--keep");
const NATS_URL = process.env.NATS_URL ?? "nats://127.0.0.1:4222";
const ADMIN_URL = process.env.PG_ADMIN_URL ?? DEFAULT_PG_ADMIN_URL;
const RUN = randomBytes(3).toString("hex");
const NAMESPACE = `bench_pipeline_${RUN}`;
const JWT = { JWT_SECRET: randomBytes(32).toString("hex"), JWT_ISSUER: "pa-bench", JWT_AUDIENCE: "pa" };
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 1_800_000);
/** How long a service may take to start (migrations, demo reference data): minutes on a loaded machine. */
const READY_MS = Number(process.env.BENCH_READY_MS ?? 600_000);

interface Service {
  name: string;
  dir: string;
  port: number;
  db: string;
  env: Record<string, string>;
  consumes: boolean;
  child?: ChildProcess;
}

// Below Linux's ephemeral range (32768–60999), where an outgoing connection may hold a port.
const basePort = 20_000 + Math.floor(Math.random() * 12_000);
const services: Service[] = (
  [
    { name: "registry", dir: "services/registry", consumes: false, env: {} },
    // The consumers load their demo reference data (policy versions, posts): what a running city has.
    { name: "employment", dir: "services/employment", consumes: true, env: { EMPLOYMENT_LOAD_DEMO: "true" } },
    {
      name: "social-security",
      dir: "services/social-security",
      consumes: true,
      env: { SOCIAL_SECURITY_LOAD_DEMO: "true" },
    },
    // Skills reacts to person, household and survey facts; its demo (institutions, projects,
    // trainees enrolled once the people arrive) would act on the imported people mid-run: off.
    { name: "skills", dir: "services/skills", consumes: true, env: {} },
  ] as Omit<Service, "port" | "db">[]
).map((s, i) => ({ ...s, port: basePort + i, db: `pa_bench_${RUN}_${s.name.replace(/-/g, "_")}` }));

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const uptime = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function metrics(s: Service): Promise<Map<string, number>> {
  const text = await (await fetch(`http://127.0.0.1:${s.port}/metrics`)).text();
  const out = new Map<string, number>();
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const at = line.lastIndexOf(" ");
    const name = line.slice(0, at);
    out.set(name, (out.get(name) ?? 0) + Number(line.slice(at + 1)));
  }
  return out;
}

/** The process's own CPU (user + system) in ms, from prom-client's `process.cpuUsage()` gauges. */
async function cpuMs(s: Service): Promise<number> {
  let total = 0;
  for (const [k, v] of await metrics(s)) if (/^process_cpu_(user|system)_seconds_total\b/.test(k)) total += v;
  return total * 1000;
}

/** Events of one outcome a consumer counted (all types). */
async function handled(s: Service, outcome: string): Promise<number> {
  let n = 0;
  for (const [k, v] of await metrics(s))
    if (k.startsWith("pa_events_handled_total{") && k.includes(`outcome="${outcome}"`)) n += v;
  return n;
}

async function waitHealthy(s: Service): Promise<void> {
  const deadline = Date.now() + READY_MS;
  while (Date.now() < deadline) {
    if (s.child?.exitCode != null) throw new Error(`${s.name} exited with ${s.child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${s.port}/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(300);
  }
  throw new Error(`${s.name} was not ready within ${seconds(READY_MS)} (BENCH_READY_MS)`);
}

function start(s: Service): void {
  // node itself (not the tsx wrapper), so the process measured and profiled is the service.
  const profile = PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${resolve(PROFILE_DIR, s.name)}`] : [];
  s.child = spawn(process.execPath, [...profile, "--import", "tsx", join(s.dir, "src", "main.ts")], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...JWT,
      ...s.env,
      TSX_TSCONFIG_PATH: join(ROOT, "tsconfig.base.json"),
      NODE_ENV: "development",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      PORT: String(s.port),
      DATABASE_URL: withDatabase(ADMIN_URL, s.db),
      NATS_URL,
      NATS_NAMESPACE: NAMESPACE,
      // Reference data only: the demo's activity would act on the imported people mid-run, when
      // the count of people arrived first pauses for 3 s (timing-dependent CPU in the figures).
      DEMO_ACTIVITY: "false",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
}

/**
 * POST through node:http without a response timeout: on a loaded machine a 100,000-person import
 * answers after more than fetch's (undici's) fixed 300 s headers timeout.
 */
function postJson(url: string, headers: Record<string, string>, payload: string): Promise<unknown> {
  return new Promise((resolvePost, reject) => {
    const req = httpRequest(
      url,
      { method: "POST", headers: { ...headers, "content-type": "application/json" } },
      (res) => {
        const parts: Buffer[] = [];
        res.on("data", (c: Buffer) => parts.push(c));
        res.on("end", () => {
          try {
            resolvePost(JSON.parse(Buffer.concat(parts).toString("utf8")));
          } catch (e) {
            reject(e instanceof Error ? e : new Error(String(e)));
          }
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

async function gql<T>(s: Service, token: string, query: string, variables: object): Promise<T> {
  const body = (await postJson(
    `http://127.0.0.1:${s.port}/graphql`,
    { authorization: `Bearer ${token}` },
    JSON.stringify({ query, variables }),
  )) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`${s.name}: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data as T;
}

const registry = services[0] as Service;
/** Events still in the registry's outbox, not yet published. */
const unpublished = () =>
  Number(psql(ADMIN_URL, registry.db, "select count(*) from outbox_event where published_at is null"));
const consumers = services.filter((s) => s.consumes);

async function main(): Promise<void> {
  console.log(`pipeline bench: ${PEOPLE} people, namespace ${NAMESPACE}; load average at start ${uptime()}`);
  if (PROFILE_DIR) mkdirSync(PROFILE_DIR, { recursive: true });
  const t = performance.now();
  const city = generateDemoCity({ people: PEOPLE });
  const csv = demoCityToCsv(city.people, city.households);
  console.log(
    `generated ${city.people.length} people in ${city.households.length} households (${(csv.length / 1e6).toFixed(1)} MB CSV) in ${seconds(performance.now() - t)}`,
  );
  for (const s of services) await createDatabase(s.db, ADMIN_URL);
  for (const s of services) start(s);
  await Promise.all(services.map(waitHealthy));
  const identity: Identity = {
    sub: "bench-pipeline",
    name: "基准测试",
    roles: [Role.Manager],
    townships: [],
    unit: Unit.PovertyOffice,
  };
  const token = await signDevToken(identity, {
    secret: JWT.JWT_SECRET,
    issuer: JWT.JWT_ISSUER,
    audience: JWT.JWT_AUDIENCE,
    expiresIn: "2h",
  });
  for (const tw of city.townships) {
    await gql(registry, token, `mutation($i: SaveTownshipInput!) { saveTownship(input: $i) { code } }`, {
      i: { code: tw.code, name: tw.name, concentrated: tw.concentrated },
    });
  }
  const nc = await connect({ servers: NATS_URL });
  const jsm = await jetstreamManager(nc);
  const stream = streamNameFor("registry", NAMESPACE);
  const pending = async (c: Service) => {
    const info = await jsm.consumers.info(stream, c.name);
    return info.num_pending + info.num_ack_pending;
  };
  // Settle the townships and demo loads first, so the phases below are the import's alone.
  for (let i = 0; i < 600; i++) {
    const left = (await Promise.all(consumers.map(pending))).reduce((a, b) => a + b, 0);
    if (left === 0 && unpublished() === 0) break;
    await sleep(500);
  }
  const cpuBefore = new Map(await Promise.all(services.map(async (s) => [s.name, await cpuMs(s)] as const)));
  const handledBefore = new Map(
    await Promise.all(consumers.map(async (s) => [s.name, await handled(s, "handled")] as const)),
  );

  const pgCpuBefore = postgresCpuMs();
  const pgWritesBefore = postgresWrites(ADMIN_URL);
  const dbWritesBefore = new Map(services.map((s) => [s.name, databaseCounters(ADMIN_URL, s.db)] as const));
  const loadAtImport = uptime();
  console.log(`importing (load average ${loadAtImport})`);
  const t0 = performance.now();
  const result = await gql<{ importRegister: { accepted: boolean; created: number; errors: unknown[] } }>(
    registry,
    token,
    `mutation($i: ImportRegisterInput!) { importRegister(input: $i) { accepted created errors { row column messageEn } } }`,
    { i: { fileName: "register.csv", contentBase64: Buffer.from(csv).toString("base64") } },
  );
  const importMs = performance.now() - t0;
  if (!result.importRegister.accepted)
    throw new Error(`import refused: ${JSON.stringify(result.importRegister.errors.slice(0, 3))}`);
  const registryCpuAtCommit = await cpuMs(registry);

  const phases: { phase: string; at: number }[] = [];
  // Each phase is printed when reached too, so a run stopped early still leaves its figures.
  const reached = (phase: string, at: number) => {
    phases.push({ phase, at });
    console.log(`  … ${seconds(at)}  ${phase} (load ${uptime()})`);
  };
  reached(`import committed (${result.importRegister.created} people)`, importMs);
  const deadline = Date.now() + TIMEOUT_MS;
  let relayAt: number | undefined;
  let registryCpuAtDrain: number | undefined;
  const caughtUp = new Map<string, { at: number; cpu: number }>();
  while (Date.now() < deadline && (relayAt === undefined || caughtUp.size < consumers.length)) {
    if (relayAt === undefined) {
      if (unpublished() === 0) {
        relayAt = performance.now() - t0;
        registryCpuAtDrain = await cpuMs(registry);
        reached("relay drained the registry's outbox", relayAt);
      }
    }
    if (relayAt !== undefined) {
      for (const c of consumers) {
        if (caughtUp.has(c.name)) continue;
        if ((await pending(c)) === 0) {
          const at = performance.now() - t0;
          caughtUp.set(c.name, { at, cpu: await cpuMs(c) });
          reached(`${c.name} caught up`, at);
        }
      }
    }
    await sleep(250);
  }
  const registryBefore = cpuBefore.get("registry") ?? 0;
  const registryCpu = (await cpuMs(registry)) - registryBefore;
  const loadAtEnd = uptime();
  const pgCpuAfter = postgresCpuMs();
  const pgWritesAfter = postgresWrites(ADMIN_URL);

  console.log(`\nphases (from the start of the import; load average at import ${loadAtImport}):`);
  for (const p of phases) console.log(`  ${seconds(p.at).padStart(8)}  ${p.phase}`);
  if (caughtUp.size < consumers.length) console.log(`  TIMED OUT after ${seconds(TIMEOUT_MS)}`);
  console.log(`\nCPU per process (user + system, process.cpuUsage via /metrics):`);
  console.log(
    `  registry         ${Math.round(registryCpu)} ms = ${(registryCpu / PEOPLE).toFixed(3)} ms/person (import, relay included, ${Math.round(registryCpuAtCommit - registryBefore)} ms; relay after the commit until drained ${registryCpuAtDrain === undefined ? "?" : Math.round(registryCpuAtDrain - registryCpuAtCommit)} ms; idle until the end ${registryCpuAtDrain === undefined ? "?" : Math.round(registryCpu + registryBefore - registryCpuAtDrain)} ms)`,
  );
  for (const c of consumers) {
    const done = caughtUp.get(c.name);
    const cpu = (done?.cpu ?? (await cpuMs(c))) - (cpuBefore.get(c.name) ?? 0);
    const events = (await handled(c, "handled")) - (handledBefore.get(c.name) ?? 0);
    console.log(
      `  ${c.name.padEnd(16)} ${Math.round(cpu)} ms = ${(cpu / PEOPLE).toFixed(3)} ms/person (${events} events handled)`,
    );
  }
  console.log(`\nPostgreSQL (every server process, including exited backends):`);
  if (pgCpuBefore !== undefined && pgCpuAfter !== undefined)
    console.log(
      `  CPU ${Math.round(pgCpuAfter - pgCpuBefore)} ms = ${((pgCpuAfter - pgCpuBefore) / PEOPLE).toFixed(3)} ms/person`,
    );
  const d = difference(pgWritesAfter, pgWritesBefore);
  console.log(
    `  WAL ${(d.walBytes / 1e9).toFixed(2)} GB in ${d.walRecords} records, ${d.walFpi} full-page images (${(d.walBytes / PEOPLE / 1024).toFixed(1)} kB/person); checkpoints ${d.checkpointsRequested} requested, ${d.checkpointsTimed} timed; buffers written by backends ${d.buffersBackend}, by checkpoints ${d.buffersCheckpoint}`,
  );
  await sleep(1500); // idle backends report their counters within a second
  for (const s of services) {
    const w = difference(databaseCounters(ADMIN_URL, s.db), dbWritesBefore.get(s.name)!);
    console.log(
      `  ${s.name.padEnd(16)} ${w.commits} commits, ${w.inserted} rows inserted, ${w.updated} updated, ${w.deleted} deleted, ${w.blocks} blocks touched`,
    );
  }
  console.log(`\nload average at the end ${loadAtEnd}`);
  await nc.close();
}

let exitCode = 0;
try {
  await main();
} catch (e) {
  console.error(e);
  exitCode = 1;
} finally {
  for (const s of services) s.child?.kill("SIGTERM");
  await Promise.all(
    services.map(
      (s) =>
        new Promise<void>((r) => {
          if (!s.child || s.child.exitCode !== null) return r();
          const timer = setTimeout(() => {
            s.child?.kill("SIGKILL");
            r();
          }, 25_000);
          s.child.on("exit", () => {
            clearTimeout(timer);
            r();
          });
        }),
    ),
  );
  if (!KEEP) for (const s of services) await dropDatabase(s.db, ADMIN_URL).catch(() => undefined);
  // the streams stay until NATS is cleaned when this fails; they are namespaced and harmless
  await deleteNamespaceStreams(NAMESPACE, NATS_URL).catch(() => undefined);
}
process.exit(exitCode);
