import { spawn } from "node:child_process";
import { accessSync, constants, mkdirSync } from "node:fs";
import { delimiter, join } from "node:path";
import { createConnection } from "node:net";

/** Whether something accepts TCP connections at host:port (a cheap probe before starting a server). */
export function isListening(host: string, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/** The nats-server binary on PATH or where Debian puts it, or undefined. */
export function findNatsServer(): string | undefined {
  const dirs = [...(process.env.PATH ?? "").split(delimiter), "/usr/sbin", "/usr/local/bin", "/usr/bin"];
  for (const dir of dirs) {
    if (!dir) continue;
    const candidate = join(dir, "nats-server");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return undefined;
}

/** What {@link ensureNats} did. */
export interface EnsureNatsResult {
  url: string;
  /** Set when this call started a server; the launcher leaves it running for the next start. */
  startedPid?: number;
}

/**
 * For the local start command (issue 3, "Local run"): when nothing answers at `url`, start a
 * nats-server with JetStream storing under `<storeDir>` (default `<cwd>/.data/nats`), bound to
 * 127.0.0.1 only, and wait until it accepts connections. A remote URL is never started, only
 * reported, since starting a local server would not make that host answer.
 */
export async function ensureNats(
  url: string,
  opts: { storeDir?: string; timeoutMs?: number } = {},
): Promise<EnsureNatsResult> {
  const u = new URL(url.replace(/^nats:/, "http:"));
  const host = u.hostname || "127.0.0.1";
  const port = Number(u.port || 4222);
  if (await isListening(host, port)) return { url };
  if (!["127.0.0.1", "localhost", "::1"].includes(host)) {
    throw new Error(
      `Nothing answers at NATS_URL=${url}. Start NATS there, or point NATS_URL at a running server.`,
    );
  }
  const bin = findNatsServer();
  if (!bin) {
    throw new Error(
      `Nothing answers at NATS_URL=${url} and no nats-server is installed. Install it (\`apt-get install nats-server\`, or download from https://github.com/nats-io/nats-server/releases) or set NATS_URL to a running NATS server with JetStream.`,
    );
  }
  const storeDir = opts.storeDir ?? join(process.cwd(), ".data", "nats");
  mkdirSync(storeDir, { recursive: true });
  // Always -a 127.0.0.1: a development server must not listen on every interface (STACK.md).
  const child = spawn(bin, ["-a", "127.0.0.1", "-p", String(port), "-js", "-sd", storeDir], {
    detached: true,
    stdio: "ignore",
  });
  child.unref();
  const deadline = Date.now() + (opts.timeoutMs ?? 10_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `nats-server (${bin}) exited with code ${child.exitCode}; run it by hand to see why: ${bin} -a 127.0.0.1 -p ${port} -js -sd ${storeDir}`,
      );
    }
    if (await isListening("127.0.0.1", port)) return { url, startedPid: child.pid };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `nats-server started but did not accept connections on 127.0.0.1:${port} within ${opts.timeoutMs ?? 10_000} ms.`,
  );
}
