import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findNatsServer, isListening } from "../local-nats";

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * A private nats-server with JetStream on a free port and a temporary store, which a test may kill
 * and start again (same port, same store: streams and consumers survive, as on a real restart).
 */
export class PrivateNatsServer {
  private child: ChildProcess | undefined;
  readonly storeDir = mkdtempSync(join(tmpdir(), "pa-nats-"));

  private constructor(readonly port: number) {}

  static async start(): Promise<PrivateNatsServer> {
    const s = new PrivateNatsServer(await freePort());
    await s.up();
    return s;
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  async up(): Promise<void> {
    const bin = findNatsServer();
    if (!bin) throw new Error("nats-server is not installed (apt-get install nats-server).");
    this.child = spawn(bin, ["-a", "127.0.0.1", "-p", String(this.port), "-js", "-sd", this.storeDir], {
      stdio: "ignore",
    });
    const deadline = Date.now() + 10_000;
    while (!(await isListening("127.0.0.1", this.port))) {
      if (Date.now() > deadline) throw new Error(`private nats-server did not start on ${this.port}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async down(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGKILL");
    await exited;
    this.child = undefined;
  }

  async dispose(): Promise<void> {
    await this.down();
    rmSync(this.storeDir, { recursive: true, force: true });
  }
}
