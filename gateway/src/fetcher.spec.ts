import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKeepAliveFetcher } from "./fetcher";

interface Seen {
  contentLength: string | undefined;
  transferEncoding: string | undefined;
  body: string;
  remotePort: number | undefined;
}

describe("the gateway's subgraph fetcher (keep-alive, one write per request)", () => {
  const seen: Seen[] = [];
  let server: http.Server;
  let url: string;
  const keepAlive = createKeepAliveFetcher({ timeoutMs: 300 });

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        seen.push({
          contentLength: req.headers["content-length"],
          transferEncoding: req.headers["transfer-encoding"],
          body,
          remotePort: req.socket.remotePort,
        });
        if (req.url === "/slow") return; // never answers: the fetcher's timeout
        res.setHeader("content-type", "application/json; charset=utf-8");
        res.setHeader("X-Subgraph", "registry");
        res.end(JSON.stringify({ data: { echo: JSON.parse(body) as unknown } }));
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    keepAlive.destroy();
    await new Promise((r) => server.close(r));
  });

  it("sends the body with its byte length, not chunked, and reads the answer whole", async () => {
    const body = JSON.stringify({ query: "{ people { name } }", variables: { name: "张莉" } });
    const res = await keepAlive.fetcher(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    const last = seen.at(-1)!;
    expect(last.contentLength).toBe(String(Buffer.byteLength(body)));
    expect(last.transferEncoding).toBeUndefined();
    expect(last.body).toBe(body);
    expect(res.status).toBe(200);
    expect(res.ok).toBe(true);
    expect(res.headers.get("x-subgraph")).toBe("registry");
    expect(res.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(await res.json()).toEqual({ data: { echo: JSON.parse(body) as unknown } });
  });

  it("reuses one pooled connection for calls one after another", async () => {
    const call = () =>
      keepAlive.fetcher(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      });
    await (await call()).text();
    const first = seen.at(-1)!.remotePort;
    await (await call()).text();
    expect(seen.at(-1)!.remotePort).toBe(first);
  });

  it("refuses a subgraph that does not answer within its timeout, naming the subgraph", async () => {
    await expect(
      keepAlive.fetcher(`${url}/slow`, { method: "POST", headers: {}, body: "{}" }),
    ).rejects.toThrow(`the subgraph at ${url} did not answer within 300 ms`);
  });
});
