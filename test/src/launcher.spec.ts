import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, afterEach, describe, expect, test } from "vitest";
import { createTokenVerifier } from "@pa/service-kit";
import { devSecret, launchPlan, restartDelay, Supervisor, type ServiceList } from "../../infra/supervisor";

const ROOT = resolve(import.meta.dirname, "..", "..");

/** A free port outside 4000–4010, where a developer's `npm start` may be running. */
async function freePort(): Promise<number> {
  for (;;) {
    const s = createServer();
    await new Promise<void>((r) => s.listen(0, "127.0.0.1", () => r()));
    const { port } = s.address() as AddressInfo;
    await new Promise((r) => s.close(r));
    if (port < 4000 || port > 4010) return port;
  }
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A tiny HTTP child that answers with its own pid. */
const SERVER = `require("node:http").createServer((q, r) => r.end(String(process.pid))).listen(Number(process.env.PORT), "127.0.0.1")`;
const answer = (port: number) => fetch(`http://127.0.0.1:${port}/`).then((r) => r.text());

const dirs: string[] = [];
const tempDataDir = () => {
  const d = mkdtempSync(join(tmpdir(), "pa-launcher-"));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("issue 9 item 16: npm start keeps serving when a child dies", () => {
  let supervisor: Supervisor | undefined;
  afterEach(async () => supervisor?.stop(2000));

  test("a killed child is restarted and logged; the other keeps its process and keeps answering", async () => {
    const logs: string[] = [];
    supervisor = new Supervisor({ baseDelayMs: 50, log: (name, m) => logs.push(`${name}: ${m}`) });
    const [a, b] = [await freePort(), await freePort()];
    for (const [name, port] of [
      ["a", a],
      ["b", b],
    ] as const) {
      supervisor.start({
        name,
        command: process.execPath,
        args: ["-e", SERVER],
        env: { PORT: String(port) },
      });
    }
    const firstA = await until("a", () => answer(a));
    const firstB = await until("b", () => answer(b));

    process.kill(Number(firstA), "SIGKILL");
    const secondA = await until("a again", async () => {
      const pid = await answer(a);
      return pid !== firstA ? pid : undefined;
    });
    expect(secondA).not.toBe(firstA);
    expect(supervisor.restarts("a")).toBe(1);
    expect(logs.join("\n")).toMatch(/^a: exited \(SIGKILL\).*restarting in 50 ms \(restart 1\)/m);
    // The other child was never touched.
    expect(await answer(b)).toBe(firstB);
    expect(supervisor.restarts("b")).toBe(0);
  });

  test("restarts back off 1 s, 2 s, 4 s … up to 30 s", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map((n) => restartDelay(n))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
  });

  test("a child crashing in a row waits longer each time; one that ran long enough starts from the first delay", async () => {
    const logs: string[] = [];
    supervisor = new Supervisor({
      baseDelayMs: 20,
      maxDelayMs: 80,
      resetAfterMs: 1500,
      log: (name, m) => logs.push(`${name}: ${m}`),
    });
    supervisor.start({ name: "crash", command: process.execPath, args: ["-e", "process.exit(3)"], env: {} });
    supervisor.start({
      name: "late",
      command: process.execPath,
      args: ["-e", "setTimeout(() => process.exit(4), 2000)"],
      env: {},
    });
    await until("four crashes", async () => (supervisor!.restarts("crash") >= 4 ? true : undefined));
    await until("two late exits", async () => (supervisor!.restarts("late") >= 2 ? true : undefined));
    const delays = (name: string) =>
      logs.filter((l) => l.startsWith(`${name}:`)).map((l) => /restarting in (\d+) ms/.exec(l)?.[1]);
    expect(delays("crash").slice(0, 4)).toEqual(["20", "40", "80", "80"]);
    expect(logs.find((l) => l.startsWith("crash:"))).toContain("code 3");
    expect(delays("late").slice(0, 2)).toEqual(["20", "20"]);
  });
});

describe("issue 9 item 16: the launcher wires ports and a per-checkout secret", () => {
  const moved = async (): Promise<ServiceList> => ({
    gateway: { port: await freePort() },
    subgraphs: [
      { name: "registry", dir: "services/registry", port: await freePort() },
      { name: "social-security", dir: "services/social-security", port: await freePort() },
    ],
  });
  const plan = (services: ServiceList, dataDir: string, env: Record<string, string | undefined> = {}) =>
    launchPlan(services, { root: ROOT, dataDir, env, natsUrl: "nats://127.0.0.1:4222", natsNamespace: "t" });

  test("every child gets this .data folder's own secret, generated once and reused; another folder has another", async () => {
    const services = await moved();
    const data = tempDataDir();
    const first = plan(services, data);
    const secret = readFileSync(join(data, "dev-jwt-secret"), "utf8").trim();
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(first.map((c) => c.env.JWT_SECRET))).toEqual(new Set([secret]));
    expect(plan(services, data)[0]!.env.JWT_SECRET).toBe(secret);
    expect(devSecret(tempDataDir())).not.toBe(secret);
    // An explicit JWT_SECRET still wins (a shared development environment).
    const shared = "s".repeat(40);
    expect(plan(services, data, { JWT_SECRET: shared }).every((c) => c.env.JWT_SECRET === shared)).toBe(true);
  });

  test("the gateway calls the subgraphs at the ports of the service list, not the supergraph file's", async () => {
    const services = await moved();
    const data = tempDataDir();
    const children = plan(services, data);
    const registry = children.find((c) => c.name === "registry")!;
    expect(registry.env.PORT).toBe(String(services.subgraphs[0]!.port));
    const gateway = children.find((c) => c.name === "gateway")!;
    expect(gateway.env).toMatchObject({
      PORT: String(services.gateway.port),
      SUBGRAPH_REGISTRY_URL: `http://127.0.0.1:${services.subgraphs[0]!.port}/graphql`,
      SUBGRAPH_SOCIAL_SECURITY_URL: `http://127.0.0.1:${services.subgraphs[1]!.port}/graphql`,
    });

    // The real gateway, started as the launcher starts it, reaches a stand-in registry on the moved
    // port with a token signed by this folder's secret.
    const seen: { authorization?: string; body: string }[] = [];
    const standIn: Server = createServer((req: IncomingMessage, res) => {
      let body = "";
      req.on("data", (d: Buffer) => (body += d.toString()));
      req.on("end", () => {
        seen.push({ authorization: req.headers.authorization, body });
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ data: { townships: [{ code: "990101001" }] } }));
      });
    });
    await new Promise<void>((r) => standIn.listen(services.subgraphs[0]!.port, "127.0.0.1", () => r()));
    const supervisor = new Supervisor();
    try {
      supervisor.start({ ...gateway, env: { ...gateway.env, LOG_LEVEL: "warn" } });
      const base = `http://127.0.0.1:${services.gateway.port}`;
      await until("the gateway", async () => ((await fetch(`${base}/health`)).ok ? true : undefined), 60_000);
      const { token } = (await (
        await fetch(`${base}/dev/token`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ unit: "poverty-office", roles: ["manager"], name: "测试" }),
        })
      ).json()) as { token: string };
      const r = (await (
        await fetch(`${base}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: "{ townships { code } }" }),
        })
      ).json()) as { data?: unknown };
      expect(r.data).toEqual({ townships: [{ code: "990101001" }] });
      expect(seen.some((s) => s.body.includes("townships"))).toBe(true);
      const forwarded = seen.find((s) => s.authorization)?.authorization?.replace(/^Bearer /, "");
      const verify = createTokenVerifier({
        JWT_SECRET: readFileSync(join(data, "dev-jwt-secret"), "utf8").trim(),
        JWT_ISSUER: "pa-dev",
        JWT_AUDIENCE: "pa",
      });
      await expect(verify(forwarded ?? "")).resolves.toMatchObject({ unit: "poverty-office" });
    } finally {
      await supervisor.stop(5000);
      await new Promise((r) => standIn.close(r));
    }
  }, 90_000);
});
