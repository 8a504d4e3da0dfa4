/**
 * The launcher's moving parts, apart from the launcher so a spec can run them on free ports:
 * what each child gets (ports, subgraph URLs, the development secret) and a supervisor that
 * restarts a child that dies, with backoff, while the others keep serving (issue 9, item 16).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** `infra/services.json`. */
export interface ServiceList {
  gateway: { port: number };
  subgraphs: { name: string; dir: string; port: number }[];
}

/** One process the launcher runs and keeps running. */
export interface ChildSpec {
  name: string;
  command: string;
  args: string[];
  env: Record<string, string>;
  cwd?: string;
}

/** `social-security` → `SOCIAL_SECURITY`, as the gateway's `SUBGRAPH_<NAME>_URL` spells it. */
export function envKey(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]+/g, "_");
}

/**
 * The development signing secret of one `.data/` folder: random on first start, kept in the folder
 * and reused afterwards. A checkout's services accept only their own tokens, so a second checkout
 * (or a moved one) cannot talk to this one's subgraphs by accident.
 */
export function devSecret(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, "dev-jwt-secret");
  if (!existsSync(file)) writeFileSync(file, `${randomBytes(32).toString("hex")}\n`, { mode: 0o600 });
  const secret = readFileSync(file, "utf8").trim();
  if (secret.length < 32) throw new Error(`${file} holds no usable secret; delete it and start again`);
  return secret;
}

export interface PlanOptions {
  root: string;
  dataDir: string;
  /** The launcher's environment (DATABASE_URL_<SERVICE>, JWT_SECRET, LOG_LEVEL are honoured). */
  env: Record<string, string | undefined>;
  natsUrl: string;
  natsNamespace: string;
}

/**
 * Every child of `npm start`: each subgraph on its port from the service list with its own SQLite
 * file, and the gateway told each subgraph's URL from the same list, so a port moved in
 * `infra/services.json` is where the gateway looks (the committed supergraph's URLs are defaults).
 */
export function launchPlan(services: ServiceList, opts: PlanOptions): ChildSpec[] {
  const tsx = join(opts.root, "node_modules", ".bin", "tsx");
  const common = {
    NODE_ENV: "development",
    LOG_LEVEL: opts.env.LOG_LEVEL ?? "info",
    JWT_SECRET: opts.env.JWT_SECRET ?? devSecret(opts.dataDir),
  };
  const child = (name: string, entry: string, env: Record<string, string>): ChildSpec => ({
    name,
    command: tsx,
    args: ["--tsconfig", join(opts.root, "tsconfig.base.json"), entry],
    cwd: opts.root,
    env: { ...common, ...env },
  });
  const subgraphs = services.subgraphs.map((s) => {
    const key = envKey(s.name);
    return child(s.name, join(s.dir, "src", "main.ts"), {
      PORT: String(s.port),
      DATABASE_URL: opts.env[`DATABASE_URL_${key}`] ?? `sqlite:${join(opts.dataDir, `${s.name}.db`)}`,
      NATS_URL: opts.natsUrl,
      NATS_NAMESPACE: opts.natsNamespace,
      [`${key}_LOAD_DEMO`]: "true",
    });
  });
  const urls = Object.fromEntries(
    services.subgraphs.map((s) => [`SUBGRAPH_${envKey(s.name)}_URL`, `http://127.0.0.1:${s.port}/graphql`]),
  );
  return [
    ...subgraphs,
    child("gateway", join("gateway", "src", "main.ts"), { PORT: String(services.gateway.port), ...urls }),
  ];
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** How long to wait before the n-th restart in a row (0-based): 1 s, 2 s, 4 s … capped. */
export function restartDelay(attempt: number, baseMs = 1000, maxMs = 30_000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 30));
}

export interface SupervisorOptions {
  /** First restart delay; doubles per crash in a row. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A child that ran this long before dying starts again from the first delay. */
  resetAfterMs?: number;
  /** The supervisor's own messages (restarts). */
  log?: (name: string, message: string) => void;
  /** Each line a child writes. */
  output?: (name: string, line: string, stream: "stdout" | "stderr") => void;
}

interface Running {
  spec: ChildSpec;
  child?: ChildProcess;
  startedAt: number;
  attempt: number;
  restarts: number;
  timer?: NodeJS.Timeout;
}

/**
 * Runs children and restarts one that exits while the launcher is not stopping, after
 * {@link restartDelay}; the others are left alone. `stop()` ends them all.
 */
export class Supervisor {
  private readonly running = new Map<string, Running>();
  private stopping = false;
  private readonly base: number;
  private readonly max: number;
  private readonly resetAfter: number;

  constructor(private readonly opts: SupervisorOptions = {}) {
    this.base = opts.baseDelayMs ?? 1000;
    this.max = opts.maxDelayMs ?? 30_000;
    this.resetAfter = opts.resetAfterMs ?? 60_000;
  }

  /** Starts `spec` and keeps it running. */
  start(spec: ChildSpec): void {
    const entry: Running = { spec, startedAt: Date.now(), attempt: 0, restarts: 0 };
    this.running.set(spec.name, entry);
    this.spawn(entry);
  }

  /** The current process id of a child, if it is running. */
  pid(name: string): number | undefined {
    const c = this.running.get(name)?.child;
    return c && c.exitCode === null && c.signalCode === null ? c.pid : undefined;
  }

  /** How many times a child was restarted. */
  restarts(name: string): number {
    return this.running.get(name)?.restarts ?? 0;
  }

  private spawn(entry: Running): void {
    const { spec } = entry;
    const child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: { ...process.env, ...spec.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    entry.child = child;
    entry.startedAt = Date.now();
    for (const stream of ["stdout", "stderr"] as const) {
      let buf = "";
      child[stream]?.on("data", (d: Buffer) => {
        buf += d.toString();
        const lines = buf.split("\n");
        buf = lines.pop() ?? "";
        for (const line of lines) this.opts.output?.(spec.name, line, stream);
      });
    }
    child.on("error", (err) => this.opts.log?.(spec.name, `could not start: ${err.message}`));
    child.on("exit", (code, signal) => {
      if (this.stopping) return;
      const ranMs = Date.now() - entry.startedAt;
      if (ranMs >= this.resetAfter) entry.attempt = 0;
      const delay = restartDelay(entry.attempt, this.base, this.max);
      entry.attempt += 1;
      entry.restarts += 1;
      this.opts.log?.(
        spec.name,
        `exited (${signal ?? `code ${code}`}) after ${seconds(ranMs)}; ` +
          `restarting in ${delay < 1000 ? `${delay} ms` : seconds(delay)} (restart ${entry.restarts}); the others keep serving`,
      );
      entry.timer = setTimeout(() => {
        entry.timer = undefined;
        if (!this.stopping) this.spawn(entry);
      }, delay);
    });
  }

  /** Stops every child (SIGTERM, then SIGKILL after `graceMs`) and restarts none. */
  async stop(graceMs = 25_000): Promise<void> {
    this.stopping = true;
    await Promise.all(
      [...this.running.values()].map(async (entry) => {
        if (entry.timer) clearTimeout(entry.timer);
        const c = entry.child;
        if (!c || c.exitCode !== null || c.signalCode !== null) return;
        const exited = new Promise((r) => c.once("exit", r));
        c.kill("SIGTERM");
        const kill = setTimeout(() => c.kill("SIGKILL"), graceMs);
        await exited;
        clearTimeout(kill);
      }),
    );
  }
}
