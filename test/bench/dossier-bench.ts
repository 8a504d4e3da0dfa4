/**
 * `pnpm bench:dossier [--requests N] [--rounds K] [--depth D[,D…]] [--profile DIR [--profile-row 1a|1b]]` — the 100-person dossier
 * through the gateway (issue 10, "Done when"): the registry, employment, social-security and skills
 * each a real Node process on its own scratch PostgreSQL database, and the gateway a real process
 * in front of them. 100 generated people are imported and reach the consumers through the bus; then
 *
 *   1. CPU per request across all five processes, N sequential requests; each process's user +
 *      system ticks from `/proc/<pid>/stat` before and after, divided by N (not wall time), of
 *      a. **the 100-person dossier**: what the console's dossier page (一人一档,
 *         `packages/console/src/sections/dossier/section.tsx`) asks about a person — its one
 *         `person(id)` query with the timeline's fragment and every department panel's
 *         (`DossierTimeline`, `RegistryPanel`, `EmploymentPanel`, `SkillsPanel`,
 *         `SocialSecurityPanel`, `BurdenPanel`, read from the console's generated documents, so the
 *         bench follows the console) — as one `people(first: 100) { nodes { … } }`: the goal's figure;
 *         printed with what its JSON alone costs one process (utf-8 decode, parse, stringify,
 *         encode of the answer's bytes: `jsonFloor`), the least the gateway can spend on it;
 *      b. the same query as the console sends it, one person each, for each of the 100 people;
 *      c. with `--depth D`: `people(first: 100)` with every argument-free Person field, objects
 *         expanded D levels (`dossierPageQuery`; far heavier than any page: 765 KB at depth 2);
 *   2. gateway p50 against the subgraph's p50 on a single-subgraph query at concurrency 1
 *      (`people(first: 100) { nodes { id name … } }`, registry only), N requests each, in K
 *      rounds (default 3): each round's ratio, and the p50s of all rounds together; then the
 *      same paired, one request each way per step in alternating order, so both series see one
 *      machine (the goal's figure).
 *
 * `--profile DIR` writes a V8 CPU profile of each process covering the requests of 1a (or of 1b
 * with `--profile-row 1b`)
 * (`DIR/<process>.cpuprofile`, started and stopped by SIGUSR2 through `cpu-profile-hook.mjs`), and
 * the gateway's requests of row 2 (`DIR/gateway-2.cpuprofile`).
 *
 * Not a test: it prints figures, with the load average (the machine is shared).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { buildSchema, Kind, print, type DocumentNode, type FragmentDefinitionNode } from "graphql";
import { jetstreamManager } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import { streamNameFor } from "@pa/events";
import { dossierPageQuery } from "@pa/gateway";
import { CLK_TCK, databaseCounters, difference, postgresCpuMs, psql } from "./postgres-stats";
import {
  createDatabase,
  DEFAULT_PG_ADMIN_URL,
  dropDatabase,
  Role,
  signDevToken,
  Unit,
  waitForDemoStates,
  withDatabase,
  type Identity,
} from "@pa/service-kit";
import { deleteNamespaceStreams } from "@pa/testing";
import { demoCityToCsv, generateDemoCity } from "@pa/registry";

const ROOT = resolve(import.meta.dirname, "..", "..");
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const REQUESTS = Number(arg("requests") ?? process.env.BENCH_REQUESTS ?? 200);
const PEOPLE = 100;
/** How deep below the person the dossier expands objects (`dossierPageQuery`). */
/** Rounds of row 2 (the gateway's p50 against the subgraph's). */
const ROUNDS = Number(arg("rounds") ?? 3);
const DEPTHS = (arg("depth") ?? "").split(",").filter(Boolean).map(Number);
const PROFILE_DIR = arg("profile") ? resolve(arg("profile")!) : undefined;
/** The row whose requests `--profile` covers in every process: 1a (default) or 1b. */
const PROFILE_ROW = arg("profile-row") ?? "1a";
const WARMUP = 30;
const NATS_URL = process.env.NATS_URL ?? "nats://127.0.0.1:4222";
const ADMIN_URL = process.env.PG_ADMIN_URL ?? DEFAULT_PG_ADMIN_URL;
const RUN = randomBytes(3).toString("hex");
const NAMESPACE = `bench_dossier_${RUN}`;
const JWT = { JWT_SECRET: randomBytes(32).toString("hex"), JWT_ISSUER: "pa-bench", JWT_AUDIENCE: "pa" };

interface Proc {
  name: string;
  main: string;
  port: number;
  db?: string;
  env: Record<string, string>;
  child?: ChildProcess;
}

// Below Linux's ephemeral range (32768–60999), where an outgoing connection may hold a port.
const basePort = 20_000 + Math.floor(Math.random() * 12_000);
const subgraphs: Proc[] = (
  [
    { name: "registry", main: "services/registry/src/main.ts", env: {} },
    { name: "employment", main: "services/employment/src/main.ts", env: { EMPLOYMENT_LOAD_DEMO: "true" } },
    {
      name: "social-security",
      main: "services/social-security/src/main.ts",
      env: { SOCIAL_SECURITY_LOAD_DEMO: "true" },
    },
    { name: "skills", main: "services/skills/src/main.ts", env: { SKILLS_LOAD_DEMO: "true" } },
  ] as Omit<Proc, "port" | "db">[]
).map((s, i) => ({ ...s, port: basePort + i, db: `pa_bench_${RUN}_${s.name.replace(/-/g, "_")}` }));
const gateway: Proc = {
  name: "gateway",
  main: "gateway/src/main.ts",
  port: basePort + 9,
  env: {
    ...Object.fromEntries(
      subgraphs.map((s) => [
        `SUBGRAPH_${s.name.toUpperCase().replace(/-/g, "_")}_URL`,
        `http://127.0.0.1:${s.port}/graphql`,
      ]),
    ),
    // The same limit before and after issue 10 (armor's old limit refused a 100-row page of this).
    MAX_COST: "100000000",
    CONSOLE_DIR: "/nonexistent",
  },
};
const procs = [...subgraphs, gateway];
const registry = subgraphs[0]!;
const consumers = subgraphs.slice(1);

const uptime = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** User + system CPU of the process so far, in ms, from /proc/<pid>/stat (fields 14 and 15). */
function cpuMs(p: Proc): number {
  const { user, system } = cpuSplitMs(p);
  return user + system;
}

/** The process's user and system (kernel) CPU so far, in ms. */
function cpuSplitMs(p: Proc): { user: number; system: number } {
  const stat = readFileSync(`/proc/${p.child!.pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return { user: (Number(fields[11]) * 1000) / CLK_TCK, system: (Number(fields[12]) * 1000) / CLK_TCK };
}

function start(p: Proc): void {
  const hook = PROFILE_DIR ? ["--import", join(import.meta.dirname, "cpu-profile-hook.mjs")] : [];
  p.child = spawn(process.execPath, ["--import", "tsx", ...hook, join(ROOT, p.main)], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...(PROFILE_DIR ? { BENCH_PROFILE_FILE: join(PROFILE_DIR, `${p.name}.cpuprofile`) } : {}),
      ...JWT,
      ...p.env,
      TSX_TSCONFIG_PATH: join(ROOT, "tsconfig.base.json"),
      NODE_ENV: "development",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      PORT: String(p.port),
      ...(p.db ? { DATABASE_URL: withDatabase(ADMIN_URL, p.db) } : {}),
      NATS_URL,
      NATS_NAMESPACE: NAMESPACE,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
}

async function waitReady(p: Proc): Promise<void> {
  const deadline = Date.now() + 900_000;
  while (Date.now() < deadline) {
    if (p.child?.exitCode != null) throw new Error(`${p.name} exited with ${p.child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${p.port}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(300);
  }
  throw new Error(`${p.name} was not ready within 900 s`);
}

async function gql<T>(p: Proc, token: string, query: string, variables: object = {}): Promise<T> {
  const r = await fetch(`http://127.0.0.1:${p.port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await r.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`${p.name}: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data as T;
}

const p50 = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

async function timed(p: Proc, token: string, query: string, n: number): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await gql(p, token, query);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await gql(p, token, query);
    times.push(performance.now() - t);
  }
  return times;
}

/**
 * The console's dossier page (一人一档) as it asks today (`sections/dossier/section.tsx`): one
 * `person(id)` with the timeline's fragment and every department panel's fragment a manager of the
 * poverty office sees, from the console's generated documents. `merged(n)` is one
 * `people(first: n)` whose rows select the same.
 */
async function consoleDossier(): Promise<{
  names: string[];
  documents: string[];
  merged: (n: number) => string;
}> {
  const gen = (await import(join(ROOT, "packages/console/src/gql/graphql.ts"))) as Record<
    string,
    DocumentNode
  >;
  const names = [
    "DossierTimeline",
    "RegistryPanel",
    "EmploymentPanel",
    "SkillsPanel",
    "SocialSecurityPanel",
    "BurdenPanel",
  ];
  const definitions = new Map<string, FragmentDefinitionNode>();
  for (const n of names) {
    const d = gen[`${n}FragmentDoc`];
    if (!d) throw new Error(`the console has no ${n} fragment any more: update the bench`);
    for (const def of d.definitions)
      if (def.kind === Kind.FRAGMENT_DEFINITION) definitions.set(def.name.value, def);
  }
  const spreads = `{ id ${names.map((n) => `...${n}`).join(" ")} }`;
  const defs = [...definitions.values()].map((d) => print(d)).join("\n");
  return {
    names,
    documents: [`query Dossier($id: ID!) { person(id: $id) ${spreads} }\n${defs}`],
    merged: (n) => `query Dossier { people(first: ${n}) { nodes ${spreads} } }\n${defs}`,
  };
}

/**
 * CPU ms of turning an answer of these bytes into a value and back in this process — utf-8
 * decoding, `JSON.parse`, `JSON.stringify`, utf-8 encoding, each the mean of 50 runs after 10 —
 * the least the gateway spends on a page it reads from the subgraphs and writes to the client
 * whole, before any parsing, planning or shaping of GraphQL.
 */
function jsonFloor(body: Buffer): Record<"decode" | "parse" | "stringify" | "encode" | "total", number> {
  const cpu = (f: () => unknown): number => {
    for (let i = 0; i < 10; i++) f();
    const before = process.cpuUsage();
    for (let i = 0; i < 50; i++) f();
    const d = process.cpuUsage(before);
    return (d.user + d.system) / 50 / 1000;
  };
  const text = body.toString("utf8");
  const value: unknown = JSON.parse(text);
  const out = JSON.stringify(value);
  const decode = cpu(() => body.toString("utf8"));
  const parse = cpu(() => JSON.parse(text));
  const stringify = cpu(() => JSON.stringify(value));
  const encode = cpu(() => Buffer.from(out, "utf8"));
  return { decode, parse, stringify, encode, total: decode + parse + stringify + encode };
}

/** CPU per request of each process over `repeat` passes of `requests`, sent one after another. */
async function cpuPerRequest(
  title: string,
  token: string,
  requests: { query: string; variables?: object }[],
  repeat: number,
  profile = false,
): Promise<void> {
  const send = async () => {
    for (const r of requests) await gql(gateway, token, r.query, r.variables);
  };
  for (let i = 0; i < (requests.length === 1 ? WARMUP : 1); i++) await send();
  const load = uptime();
  if (profile) {
    for (const p of procs) p.child!.kill("SIGUSR2");
    await sleep(1000);
  }
  await sleep(1100); // idle backends report their counters within a second
  const dbBefore = subgraphs.map((s) => databaseCounters(ADMIN_URL, s.db!));
  const pgBefore = postgresCpuMs();
  const before = new Map(procs.map((p) => [p.name, cpuMs(p)]));
  const t0 = performance.now();
  for (let i = 0; i < repeat; i++) await send();
  const n = repeat;
  const wall = (performance.now() - t0) / n;
  const pgAfter = postgresCpuMs();
  let total = 0;
  const per = procs.map((p) => {
    const ms = (cpuMs(p) - before.get(p.name)!) / n;
    total += ms;
    return `${p.name} ${ms.toFixed(2)}`;
  });
  if (profile) {
    for (const p of procs) p.child!.kill("SIGUSR2");
    await sleep(3000);
  }
  console.log(`\n${title}, ${n} × ${requests.length} sequential requests (load ${load} → ${uptime()}):`);
  const each = requests.length > 1 ? ` (${(total / requests.length).toFixed(2)} ms per request)` : "";
  console.log(
    `   CPU per ${requests.length === 1 ? "request" : `pass of ${requests.length} requests`}: ${total.toFixed(2)} ms in all${each} — ${per.join(" · ")} ms; wall ${wall.toFixed(1)} ms`,
  );
  // PostgreSQL's side, per request (pass): its processes' CPU, and each database's statements
  // outside a transaction (each one a commit) and rows returned.
  await sleep(1100);
  const db = subgraphs.map((sg, i) => {
    const d = difference(databaseCounters(ADMIN_URL, sg.db!), dbBefore[i]!);
    return `${sg.name} ${(d.commits / n).toFixed(1)} commits, ${Math.round(d.returned / n)} rows`;
  });
  const pg = pgBefore !== undefined && pgAfter !== undefined ? ((pgAfter - pgBefore) / n).toFixed(2) : "?";
  console.log(`   PostgreSQL: ${pg} ms CPU; ${db.join(" · ")}`);
}

async function main(): Promise<void> {
  console.log(
    `dossier bench: ${PEOPLE} people, ${REQUESTS} requests${DEPTHS.length ? `, depth ${DEPTHS.join(", ")}` : ""}; load average at start ${uptime()}`,
  );
  for (const s of subgraphs) await createDatabase(s.db!, ADMIN_URL);
  for (const p of procs) start(p);
  await Promise.all(procs.map(waitReady));
  const identity: Identity = {
    sub: "bench-dossier",
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
  const city = generateDemoCity({ people: PEOPLE });
  for (const tw of city.townships) {
    await gql(registry, token, `mutation($i: SaveTownshipInput!) { saveTownship(input: $i) { code } }`, {
      i: { code: tw.code, name: tw.name, concentrated: tw.concentrated },
    });
  }
  const csv = demoCityToCsv(city.people, city.households);
  const imported = await gql<{ importRegister: { accepted: boolean; created: number } }>(
    registry,
    token,
    `mutation($i: ImportRegisterInput!) { importRegister(input: $i) { accepted created } }`,
    { i: { fileName: "register.csv", contentBase64: Buffer.from(csv).toString("base64") } },
  );
  if (!imported.importRegister.accepted) throw new Error("import refused");
  const nc = await connect({ servers: NATS_URL });
  const jsm = await jetstreamManager(nc);
  const stream = streamNameFor("registry", NAMESPACE);
  // Caught up: every consumer holds the 100 people, nothing is pending on the registry's stream,
  // and every process is idle (its own relay and reactions done), so the CPU measured below is
  // the requests' alone.
  for (let i = 0; ; i++) {
    if (i > 1200) throw new Error("the consumers did not catch up in 600 s");
    const infos = await Promise.all(
      consumers.map((c) => jsm.consumers.info(stream, c.name).catch(() => null)),
    );
    const left = infos.reduce((a, info) => a + (info ? info.num_pending + info.num_ack_pending : 1), 0);
    const known = consumers.map((c) => Number(psql(ADMIN_URL, c.db!, "select count(*) from person_facts")));
    if (left === 0 && known.every((n) => n >= PEOPLE)) break;
    await sleep(500);
  }
  // The demo's activity (each consumer's plan years, recorded once the people arrived) runs in
  // the background: until every service says `recorded`, its writes would be counted as the
  // requests' CPU and the page would grow while it is measured.
  const states = await waitForDemoStates(
    Object.fromEntries(subgraphs.map((s) => [s.name, `http://127.0.0.1:${s.port}/health`])),
    { timeoutMs: 300_000, pollMs: 500 },
  );
  if (Object.values(states).includes("failed"))
    throw new Error(`demo activity failed: ${JSON.stringify(states)}`);
  // Then idle in three windows in a row: the demo's events relayed and every reaction to them done.
  for (let i = 0, quiet = 0; i < 120 && quiet < 3; i++) {
    const before = procs.map(cpuMs);
    await sleep(2000);
    const busy = procs.map((p, j) => cpuMs(p) - before[j]!);
    quiet = busy.every((ms) => ms < 60) ? quiet + 1 : 0; // < 3 % of a core: timers and health checks only
  }
  await nc.close();

  // 1a. The console's dossier page for 100 people in one request.
  const page = await consoleDossier();
  const dossier = page.merged(PEOPLE);
  const sample = await gql<{
    people: { nodes: { id: string; employment: unknown; socialSecurity: unknown }[] };
  }>(gateway, token, dossier);
  const rows = sample.people.nodes;
  if (process.env.BENCH_DUMP) writeFileSync(process.env.BENCH_DUMP, JSON.stringify(sample, null, 1));
  console.log(
    `\nthe console's dossier page (${page.names.join(", ")}) merged for ${rows.length} people: ${rows.filter((r) => r.employment).length} with employment, ${rows.filter((r) => r.socialSecurity).length} with social security; ${dossier.length} characters, ${Buffer.byteLength(JSON.stringify(sample))} bytes of JSON`,
  );
  const floor = jsonFloor(Buffer.from(JSON.stringify({ data: sample })));
  console.log(
    `   its JSON alone, in one process: utf-8 decode ${floor.decode.toFixed(2)} + JSON.parse ${floor.parse.toFixed(2)} + JSON.stringify ${floor.stringify.toFixed(2)} + utf-8 encode ${floor.encode.toFixed(2)} = ${floor.total.toFixed(2)} ms CPU (what the gateway spends on the page's bytes before any GraphQL work)`,
  );
  if (PROFILE_DIR) mkdirSync(PROFILE_DIR, { recursive: true });
  await cpuPerRequest(
    `1a. the 100-person dossier (the console's page, merged)`,
    token,
    [{ query: dossier }],
    REQUESTS,
    !!PROFILE_DIR && PROFILE_ROW === "1a",
  );

  // 1b. The console's query per person, for each of the 100 people.
  const perPerson = rows.flatMap((r) => page.documents.map((query) => ({ query, variables: { id: r.id } })));
  await cpuPerRequest(
    `1b. the console's page, ${page.documents.length} query per person as it sends it, for each of ${rows.length} people`,
    token,
    perPerson,
    1,
    !!PROFILE_DIR && PROFILE_ROW === "1b",
  );

  // 1c. Every argument-free field, `--depth` levels deep.
  if (DEPTHS.length > 0) {
    const schema = buildSchema(readFileSync(join(ROOT, "gateway", "supergraph.graphql"), "utf8"), {
      assumeValidSDL: true,
    });
    for (const depth of DEPTHS) {
      const q = dossierPageQuery(schema, PEOPLE, depth);
      const body = Buffer.byteLength(JSON.stringify(await gql(gateway, token, q)));
      await cpuPerRequest(
        `1c. every Person field, depth ${depth} (${q.length} characters, ${body} bytes of JSON)`,
        token,
        [{ query: q }],
        REQUESTS,
      );
    }
  }

  // 2. Gateway p50 against the subgraph's p50, one subgraph, concurrency 1: ROUNDS rounds, each
  // the subgraph's N requests then the gateway's N, so a change of load between the two passes of
  // one round shows as a spread of the rounds' ratios rather than as the figure.
  const single = `query Single { people(first: ${PEOPLE}) { nodes { id name townshipCode village laborCapacity } } }`;
  const load2 = uptime();
  const ratios: string[] = [];
  let direct: number[] = [];
  let through: number[] = [];
  // CPU of each pass (warm-up included), less noisy than wall time on a VM whose cores are shared.
  const cpu = { direct: 0, throughRegistry: 0, throughGateway: 0, gatewaySystem: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    let before = cpuMs(registry);
    const d = await timed(registry, token, single, REQUESTS);
    cpu.direct += cpuMs(registry) - before;
    // With --profile: the gateway's own pass of the first round is profiled too (`gateway-2.cpuprofile`).
    const profiling = PROFILE_DIR && round === 0;
    if (profiling) gateway.child!.kill("SIGUSR2");
    before = cpuMs(registry);
    const beforeGateway = cpuSplitMs(gateway);
    const t = await timed(gateway, token, single, REQUESTS);
    cpu.throughRegistry += cpuMs(registry) - before;
    const afterGateway = cpuSplitMs(gateway);
    cpu.throughGateway += afterGateway.user + afterGateway.system - beforeGateway.user - beforeGateway.system;
    cpu.gatewaySystem += afterGateway.system - beforeGateway.system;
    if (profiling) {
      gateway.child!.kill("SIGUSR2");
      await sleep(1000);
    }
    ratios.push(`${(p50(t) / p50(d)).toFixed(2)}× (${p50(d).toFixed(2)} / ${p50(t).toFixed(2)} ms)`);
    direct = direct.concat(d);
    through = through.concat(t);
  }
  const ratio = p50(through) / p50(direct);
  console.log(
    `\n2. single-subgraph query (registry), concurrency 1, ${ROUNDS} rounds of ${REQUESTS} each (load ${load2} → ${uptime()}):`,
  );
  console.log(`   rounds: ${ratios.join(" · ")}`);
  console.log(
    `   registry p50 ${p50(direct).toFixed(2)} ms · gateway p50 ${p50(through).toFixed(2)} ms · ratio ${ratio.toFixed(2)}×`,
  );
  const per = (ms: number) => (ms / (ROUNDS * (REQUESTS + WARMUP))).toFixed(3);
  console.log(
    `   CPU per request: registry alone ${per(cpu.direct)} ms · through the gateway: registry ${per(cpu.throughRegistry)} + gateway ${per(cpu.throughGateway)} ms (${per(cpu.gatewaySystem)} of it in the kernel)`,
  );

  // 2'. The same, paired (both already warm from the passes above): each of N steps sends one
  // request to the subgraph and one through the gateway, in alternating order, so both series see
  // the same machine. Between two passes one after the other the machine itself changes: one
  // run's rounds read 1.18×, 1.52× and 1.88×.
  const paired: string[] = [];
  const pairedDirect: number[] = [];
  const pairedThrough: number[] = [];
  const once = async (p: Proc): Promise<number> => {
    const t = performance.now();
    await gql(p, token, single);
    return performance.now() - t;
  };
  for (let round = 0; round < ROUNDS; round++) {
    const d: number[] = [];
    const t: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      if (i % 2 === 0) {
        d.push(await once(registry));
        t.push(await once(gateway));
      } else {
        t.push(await once(gateway));
        d.push(await once(registry));
      }
    }
    paired.push(`${(p50(t) / p50(d)).toFixed(2)}×`);
    pairedDirect.push(...d);
    pairedThrough.push(...t);
  }
  console.log(
    `   paired (one request each way per step): rounds ${paired.join(" · ")}; registry p50 ${p50(pairedDirect).toFixed(2)} ms · gateway p50 ${p50(pairedThrough).toFixed(2)} ms · ratio ${(p50(pairedThrough) / p50(pairedDirect)).toFixed(2)}×`,
  );
}

let exitCode = 0;
try {
  await main();
} catch (e) {
  console.error(e);
  exitCode = 1;
} finally {
  for (const p of procs) p.child?.kill("SIGTERM");
  await Promise.all(
    procs.map(
      (p) =>
        new Promise<void>((r) => {
          if (!p.child || p.child.exitCode !== null) return r();
          const timer = setTimeout(() => {
            p.child?.kill("SIGKILL");
            r();
          }, 25_000);
          p.child.on("exit", () => {
            clearTimeout(timer);
            r();
          });
        }),
    ),
  );
  for (const s of subgraphs) await dropDatabase(s.db!, ADMIN_URL).catch(() => undefined);
  // the streams stay until NATS is cleaned when this fails; they are namespaced and harmless
  await deleteNamespaceStreams(NAMESPACE, NATS_URL).catch(() => undefined);
}
process.exit(exitCode);
