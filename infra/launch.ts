/**
 * Local launcher (`npm start`): runs every subgraph and the gateway on this machine, each with its
 * own SQLite file under `.data/`, loads the demo city on first run, and prints how to sign in.
 * A child that crashes is restarted with backoff while the rest keep serving; Ctrl-C stops
 * everything. The gateway is told the subgraph ports of `infra/services.json`, and every child
 * signs and checks tokens with this `.data/` folder's own development secret (`supervisor.ts`).
 * PostgreSQL is used instead when DATABASE_URL_<SERVICE> is set.
 */
import { existsSync, readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { join, resolve } from "node:path";
import { ensureNats } from "@pa/events";
import { readDemoStates } from "@pa/service-kit";
import { launchPlan, Supervisor, type ServiceList } from "./supervisor";

const ROOT = resolve(import.meta.dirname, "..");
const DATA = join(ROOT, ".data");

const services = JSON.parse(readFileSync(join(ROOT, "infra", "services.json"), "utf8")) as ServiceList;
const colours = [36, 32, 33, 35, 34, 31, 96, 92];
const prefixes = new Map<string, string>();
const prefix = (name: string) => prefixes.get(name) ?? `${name.padEnd(16)}│ `;

// A child that dies is restarted with backoff (1 s, 2 s, 4 s … 30 s); the others keep serving.
const supervisor = new Supervisor({
  log: (name, message) => console.error(`${prefix(name)}${message}`),
  output: (name, line, stream) =>
    (stream === "stdout" ? process.stdout : process.stderr).write(`${prefix(name)}${line}\n`),
});

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

let natsPid: number | undefined;
let stopping = false;
async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await supervisor.stop();
    // The services drained their outboxes; now the NATS server we started (if any) can go.
    if (natsPid) process.kill(natsPid, "SIGTERM");
  }
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
  const plan = launchPlan(services, { root: ROOT, dataDir: DATA, env: process.env, natsUrl, natsNamespace });
  plan.forEach((child, i) => {
    const colour = child.name === "gateway" ? 97 : colours[i % colours.length]!;
    prefixes.set(child.name, `\x1b[${colour}m${child.name.padEnd(16)}\x1b[0m│ `);
    supervisor.start(child);
  });
  const gatewayUrl = `http://127.0.0.1:${services.gateway.port}`;
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
    Console (工作台)   ${gatewayUrl}/   (sign in with a unit, role and townships)
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
  void announceDemo(
    Object.fromEntries(services.subgraphs.map((s) => [s.name, `http://127.0.0.1:${s.port}/health`])),
  );
}

/**
 * The departments record the demo's plan years in the background once the registry's people have
 * reached them (each service's `/health` says `demo: "recording"` meanwhile): say so, say which one
 * failed, and say when every one has, so the user knows the figures are complete.
 */
async function announceDemo(healthUrls: Record<string, string>): Promise<void> {
  const started = Date.now();
  const failed = new Set<string>();
  for (let first = true; ; first = false) {
    const states = Object.entries(await readDemoStates(healthUrls));
    const recording = states.some(([, st]) => st === "recording");
    if (first && recording)
      console.log(
        `  演示数据：各部门正在生成2018–2020年的业务记录… / the demo's plan years are being recorded…`,
      );
    for (const [name, st] of states)
      if (st === "failed" && !failed.has(name)) {
        failed.add(name);
        console.log(`  演示数据：${name} 生成失败，见其日志 / ${name}'s demo activity failed (see its log)`);
      }
    if (!recording) {
      if (states.some(([, st]) => st === "recorded"))
        console.log(
          `  演示数据已就绪（${Math.round((Date.now() - started) / 1000)} 秒） / the demo's plan years are recorded: every figure is complete.`,
        );
      return;
    }
    await new Promise((r) => setTimeout(r, 2000));
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  void stop(1);
});
