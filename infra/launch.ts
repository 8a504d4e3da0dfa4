/**
 * Local launcher (`npm start`): runs every subgraph and the gateway on this machine, each with its
 * own SQLite file under `.data/`, loads the demo city on first run, and prints how to sign in.
 * Ctrl-C stops everything. PostgreSQL is used instead when DATABASE_URL_<SERVICE> is set.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { join, resolve } from "node:path";
import { ensureNats } from "@pa/events";

const ROOT = resolve(import.meta.dirname, "..");
const DATA = join(ROOT, ".data");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const DEV_SECRET = process.env.JWT_SECRET ?? "pa-local-development-secret-not-for-production";

interface ServiceList {
  gateway: { port: number };
  subgraphs: { name: string; dir: string; port: number }[];
}
const services = JSON.parse(readFileSync(join(ROOT, "infra", "services.json"), "utf8")) as ServiceList;
const children: ChildProcess[] = [];
const colours = [36, 32, 33, 35, 34, 31, 96, 92];

function envKey(name: string): string {
  return name.toUpperCase().replace(/-/g, "_");
}

function run(name: string, entry: string, env: Record<string, string>, colour: number): ChildProcess {
  const child = spawn(TSX, ["--tsconfig", join(ROOT, "tsconfig.base.json"), entry], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "development",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "info",
      JWT_SECRET: DEV_SECRET,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const prefix = `\x1b[${colour}m${name.padEnd(16)}\x1b[0m│ `;
  const pipe = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) => {
    let buf = "";
    stream.on("data", (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split("\n");
      buf = lines.pop() ?? "";
      for (const line of lines) out.write(prefix + line + "\n");
    });
  };
  pipe(child.stdout!, process.stdout);
  pipe(child.stderr!, process.stderr);
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`${prefix}exited (${signal ?? code}); stopping everything`);
      void stop(1);
    }
  });
  children.push(child);
  return child;
}

async function waitHealthy(name: string, url: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${name} did not become healthy at ${url} within ${timeoutMs / 1000}s`);
}

let stopping = false;
let natsPid: number | undefined;
async function stop(code: number): Promise<never> {
  stopping = true;
  for (const c of children) c.kill("SIGTERM");
  await Promise.all(
    children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once("exit", r)))),
  );
  // The services drained their outboxes; now the NATS server we started (if any) can go.
  if (natsPid) process.kill(natsPid, "SIGTERM");
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

async function main(): Promise<void> {
  mkdirSync(DATA, { recursive: true });
  const natsUrl = process.env.NATS_URL ?? "nats://127.0.0.1:4222";
  // Each .data folder has its own bus namespace: deleting .data starts over on a shared NATS server
  // too, instead of replaying the old demo's events into the new databases.
  const nsFile = join(DATA, "bus-namespace");
  if (!existsSync(nsFile)) writeFileSync(nsFile, `local_${randomBytes(4).toString("hex")}\n`);
  const natsNamespace = process.env.NATS_NAMESPACE ?? readFileSync(nsFile, "utf8").trim();
  // NATS: use the one at NATS_URL, or start a local nats-server with JetStream under .data/nats.
  const nats = await ensureNats(natsUrl, { storeDir: join(DATA, "nats") });
  if (nats.startedPid) {
    console.log(`started nats-server (pid ${nats.startedPid}) at ${natsUrl}, data in .data/nats`);
    natsPid = nats.startedPid;
  }
  let i = 0;
  for (const s of services.subgraphs) {
    const key = envKey(s.name);
    run(
      s.name,
      join(s.dir, "src", "main.ts"),
      {
        PORT: String(s.port),
        DATABASE_URL: process.env[`DATABASE_URL_${key}`] ?? `sqlite:${join(DATA, `${s.name}.db`)}`,
        NATS_URL: natsUrl,
        NATS_NAMESPACE: natsNamespace,
        [`${key}_LOAD_DEMO`]: "true",
      },
      colours[i++ % colours.length]!,
    );
  }
  const gatewayUrl = `http://127.0.0.1:${services.gateway.port}`;
  // The gateway plans from the committed supergraph, so it can start beside the subgraphs.
  run("gateway", join("gateway", "src", "main.ts"), { PORT: String(services.gateway.port) }, 97);
  await Promise.all([
    ...services.subgraphs.map((s) => waitHealthy(s.name, `http://127.0.0.1:${s.port}/health`)),
    waitHealthy("gateway", `${gatewayUrl}/health`),
  ]);

  const token = async (body: object) => {
    const r = await fetch(`${gatewayUrl}/dev/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return ((await r.json()) as { token: string }).token;
  };
  const office = await token({ unit: "poverty-office", roles: ["manager"], name: "扶贫办演示用户" });
  const hr = await token({ unit: "hr-centre", roles: ["clerk"], name: "人力资源中心演示用户" });
  console.log(`
  人社局脱贫攻坚 — the system is up.
    GraphQL gateway   ${gatewayUrl}/graphql   (health ${gatewayUrl}/health, metrics ${gatewayUrl}/metrics)
${services.subgraphs.map((s) => `    ${s.name.padEnd(17)} http://127.0.0.1:${s.port}/graphql`).join("\n")}
    data              ${DATA}

  Sign in (development tokens, 8 h):  POST ${gatewayUrl}/dev/token  {"unit":"township-centre","roles":["clerk"],"townships":["990101001"]}
    poverty-office manager:  ${office}
    hr-centre clerk:         ${hr}

  Try:  curl -s ${gatewayUrl}/graphql -H 'content-type: application/json' -H "authorization: Bearer <token>" \\
          -d '{"query":"{ townships { code name concentrated } people(first: 3) { totalCount nodes { name idNumber age township: townshipCode } } }"}'
  Ctrl-C stops everything.
`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  void stop(1);
});
