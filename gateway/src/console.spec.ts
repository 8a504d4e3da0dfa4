import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import express from "express";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { consoleRoutes, hasConsoleBuild } from "./console";

/** Issue 11: the gateway serves the console's build at / on its own origin, with an SPA fallback. */
const BIG = `export const x = ${JSON.stringify("工作台".repeat(2000))};`;

describe("the console's static files on the gateway", () => {
  let dir: string;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "pa-console-"));
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "index.html"), "<!doctype html><title>工作台</title>");
    writeFileSync(join(dir, "assets", "index-abc.js"), "console.log(1)");
    // The build's precompressed copies (packages/console/vite.config.ts) of a larger chunk.
    writeFileSync(join(dir, "assets", "big-def.js"), BIG);
    writeFileSync(join(dir, "assets", "big-def.js.br"), brotliCompressSync(BIG));
    writeFileSync(join(dir, "assets", "big-def.js.gz"), gzipSync(BIG));
    const app = express();
    app.use(consoleRoutes(dir));
    app.use((_req, res) => {
      res.status(404).json({ error: "not found" });
    });
    server = createServer(app);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  test("a client route gets index.html, uncached; a hashed asset is cached for a year", async () => {
    const page = await fetch(`${base}/dossier/01ABC`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("no-cache");
    expect(await page.text()).toContain("工作台");
    const asset = await fetch(`${base}/assets/index-abc.js`);
    expect(asset.headers.get("cache-control")).toContain("max-age=31536000");
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });

  test("issue 11: a hashed asset goes precompressed (brotli, else gzip) and immutable; without the copy, plain", async () => {
    const get = (path: string, acceptEncoding: string) =>
      new Promise<{ headers: Record<string, unknown>; bytes: number }>((resolve, reject) => {
        const r = request(`${base}${path}`, { headers: { "accept-encoding": acceptEncoding } }, (res) => {
          let bytes = 0;
          res.on("data", (c: Buffer) => (bytes += c.length));
          res.on("end", () => resolve({ headers: res.headers, bytes }));
        });
        r.on("error", reject);
        r.end();
      });
    const br = await get("/assets/big-def.js", "gzip, deflate, br");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-type"]).toMatch(/javascript/);
    expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(br.headers["vary"]).toMatch(/accept-encoding/i);
    expect(br.bytes).toBeLessThan(Buffer.byteLength(BIG) / 10);
    const gz = await get("/assets/big-def.js", "gzip");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    const plain = await get("/assets/big-def.js", "identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.bytes).toBe(Buffer.byteLength(BIG));
    // fetch decompresses: the same script either way.
    expect(await (await fetch(`${base}/assets/big-def.js`)).text()).toBe(BIG);
    const small = await get("/assets/index-abc.js", "br");
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.headers["cache-control"]).toContain("immutable");
  });

  test("the gateway's own paths never fall back to the console", async () => {
    for (const path of ["/graphql", "/exports/offer-ledger.xlsx", "/dev/token", "/health", "/metrics"]) {
      const r = await fetch(`${base}${path}`, { headers: { accept: "text/html" } });
      expect(r.status, path).toBe(404);
    }
    expect(hasConsoleBuild(dir)).toBe(true);
    expect(hasConsoleBuild(join(dir, "nothing"))).toBe(false);
  });
});
