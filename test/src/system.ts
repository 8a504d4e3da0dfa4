import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { createGateway, loadLedgers, readServiceList, type Gateway, type GatewayOptions } from "@pa/gateway";
import {
  createLogger,
  createTokenVerifier,
  waitForDemoStates,
  type DemoState,
  type Dialect,
  type Identity,
} from "@pa/service-kit";
import {
  createTestDatabase,
  deleteNamespaceStreams,
  graphqlClient,
  testNamespace,
  TEST_AUTH,
  type TestDatabase,
} from "@pa/testing";

const ROOT = resolve(import.meta.dirname, "../..");
/**
 * Every subgraph of `infra/services.json`, as the launcher starts them (a new service is started
 * here once it is listed there). `key`: `social-security` → `SOCIAL_SECURITY`, the supergraph's
 * graph name (URL override) and the prefix of the service's `<KEY>_LOAD_DEMO`.
 */
const SERVICES = readServiceList().subgraphs.map((s) => ({
  name: s.name,
  dir: s.dir,
  key: s.name.toUpperCase().replace(/[^A-Z0-9]+/g, "_"),
}));

export interface System {
  /** The gateway's origin (console at `/`, GraphQL at `/graphql`). */
  origin: string;
  gateway: Gateway;
  ok: ReturnType<typeof graphqlClient>["ok"];
  /** Stops one subgraph's process (the gateway then answers SERVICE_UNAVAILABLE on its paths). */
  stop(name: string): Promise<void>;
  /**
   * The last lines each subgraph wrote to stderr or its error log, for a failing test's message:
   * CI keeps only the end of the run's output, so a failure must carry its own evidence.
   */
  recentErrors(): string;
  /**
   * Waits until no subgraph's demo is still `recording` (each one's `/health`, the kit's
   * `DemoState`) and returns how each ended: what a clerk sees once `npm start` has settled.
   * `only` names the subgraphs to wait for (employment's demo waits up to 15 minutes for trained
   * people, who never come to a register without the demo city).
   */
  demoSettled(timeoutMs?: number, only?: string[]): Promise<Record<string, DemoState>>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolvePort(port));
    });
  });
}

/**
 * How long a subgraph process may take to answer its health check: tsx compiles each service at
 * start, and on the shared 2-core machine four of them at once take minutes.
 */
const START_TIMEOUT_MS = Number(process.env["SYSTEM_START_TIMEOUT_MS"] ?? 300_000);

async function healthy(name: string, url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const what = `${name} at ${url}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${what}: the service exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${what} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const TAIL_LINES = 30;

/**
 * Forwards a child's stderr and its log (stdout, where the kit's logger writes; at LOG_LEVEL error
 * only errors) to our stderr and keeps the last lines of both (each cut to 600 characters).
 */
function keepTail(child: ChildProcess, name: string, tails: Map<string, string[]>): void {
  for (const stream of [child.stderr, child.stdout]) {
    let partial = "";
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      process.stderr.write(chunk);
      const lines = (partial + chunk).split("\n");
      partial = lines.pop() ?? "";
      const tail = tails.get(name) ?? [];
      for (const line of lines) if (line.trim()) tail.push(line.slice(0, 600));
      tails.set(name, tail.slice(-TAIL_LINES));
    });
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((r) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(force);
      r();
    });
    child.kill("SIGTERM");
  });
}

/**
 * The whole system as `npm start` runs it, for the browser tests: each subgraph of
 * `infra/services.json` in its own process (their entity classes share names, so one process
 * cannot hold all their ORMs), each on a free port and a fresh database, one bus namespace, and the gateway in this process on the committed
 * supergraph with the subgraph URLs overridden. The demo policy versions are adopted at start
 * (`*_LOAD_DEMO`); the register starts empty unless `demoCity`. The gateway serves every declared
 * ledger at `/exports/<name>.xlsx`, as `npm start` does (`loadLedgers` of the service list).
 */
export async function startSystem(opts: {
  dialect: Dialect;
  user: Identity;
  gateway?: Pick<GatewayOptions, "consoleDir" | "devToken">;
  /** Load the demo city into the register too (the benchmark's 3,000 people). */
  demoCity?: boolean;
}): Promise<System> {
  const natsNamespace = testNamespace("console");
  const children = new Map<string, ChildProcess>();
  const stderrTail = new Map<string, string[]>();
  const databases: TestDatabase[] = [];
  const urls: Record<string, string> = {};
  const healthUrls: Record<string, string> = {};
  const tsx = join(ROOT, "node_modules/.bin/tsx");
  let gateway: Gateway | undefined;
  const close = async () => {
    await gateway?.close();
    await Promise.all([...children.values()].map(stopChild));
    for (const db of databases) await db.drop();
    await deleteNamespaceStreams(natsNamespace);
  };
  try {
    await Promise.all(
      SERVICES.map(async (s) => {
        const db = await createTestDatabase(opts.dialect, `console-${s.name}`);
        databases.push(db);
        const port = await freePort();
        const child = spawn(
          tsx,
          ["--tsconfig", join(ROOT, "tsconfig.base.json"), join(ROOT, s.dir, "src/main.ts")],
          {
            cwd: ROOT,
            stdio: ["ignore", "pipe", "pipe"],
            env: {
              ...process.env,
              NODE_ENV: "development",
              LOG_LEVEL: "error",
              HOST: "127.0.0.1",
              PORT: String(port),
              DATABASE_URL: db.url,
              NATS_URL: process.env["NATS_URL"] ?? "nats://127.0.0.1:4222",
              NATS_NAMESPACE: natsNamespace,
              ...TEST_AUTH,
              [`${s.key}_LOAD_DEMO`]: s.name === "registry" && !opts.demoCity ? "false" : "true",
              PENSION_LEDGER_SCHEDULE: "false",
            },
          },
        );
        children.set(s.name, child);
        keepTail(child, s.name, stderrTail);
        await healthy(s.name, `http://127.0.0.1:${port}/health`, child, START_TIMEOUT_MS);
        urls[s.key] = `http://127.0.0.1:${port}/graphql`;
        healthUrls[s.name] = `http://127.0.0.1:${port}/health`;
      }),
    );
    gateway = await createGateway({
      supergraphSdl: readFileSync(join(ROOT, "gateway/supergraph.graphql"), "utf8"),
      urlOverrides: urls,
      verifyToken: createTokenVerifier(TEST_AUTH),
      logger: createLogger("gateway", "silent"),
      corsOrigins: [],
      production: false,
      limits: { maxDepth: 12, maxAliases: 30, maxCost: 50_000 },
      ledgers: await loadLedgers(readServiceList()),
      ...opts.gateway,
    });
    const { url } = await gateway.listen(0);
    return {
      origin: url.replace(/\/graphql$/, ""),
      gateway,
      ok: graphqlClient(url, opts.user).ok,
      recentErrors: () =>
        [...stderrTail].map(([name, lines]) => `[${name}] ${lines.join(`\n[${name}] `)}`).join("\n") ||
        "(no subgraph logged an error)",
      demoSettled: async (timeoutMs = 900_000, only) => {
        const urls = only
          ? Object.fromEntries(Object.entries(healthUrls).filter(([name]) => only.includes(name)))
          : healthUrls;
        return waitForDemoStates(urls, { timeoutMs });
      },
      stop: async (name) => {
        const child = children.get(name);
        if (child) await stopChild(child);
      },
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}
