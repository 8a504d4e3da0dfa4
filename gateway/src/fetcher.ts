import http from "node:http";
import https from "node:https";
import type { RemoteGraphQLDataSource } from "@apollo/gateway";

/** The fetch function a RemoteGraphQLDataSource calls (`@apollo/utils.fetcher`'s `Fetcher`). */
export type SubgraphFetcher = RemoteGraphQLDataSource["fetcher"];

export interface KeepAliveFetcher {
  fetcher: SubgraphFetcher;
  /** Closes the pooled sockets (on shutdown). */
  destroy(): void;
}

const NO_BODY = new Set([101, 204, 205, 304]);

/**
 * A fetcher over node's http(s) with keep-alive agents: every subgraph call reuses a pooled
 * socket instead of opening a connection per fetch (the gateway makes several per operation).
 * `maxSockets` bounds concurrent connections per subgraph, so a burst queues in the gateway
 * rather than exhausting a subgraph's database pool.
 */
export function createKeepAliveFetcher(
  opts: { maxSockets?: number; timeoutMs?: number } = {},
): KeepAliveFetcher {
  const agentOptions = { keepAlive: true, maxSockets: opts.maxSockets ?? 64 };
  const httpAgent = new http.Agent(agentOptions);
  const httpsAgent = new https.Agent(agentOptions);
  const timeoutMs = opts.timeoutMs ?? 30_000;

  const fetcher: SubgraphFetcher = (url, init = {}) =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      const secure = target.protocol === "https:";
      const req = (secure ? https : http).request(
        target,
        {
          method: init.method ?? "GET",
          headers: init.headers ?? {},
          agent: secure ? httpsAgent : httpAgent,
          // The fetcher interface types the signal loosely; it is an AbortSignal when given.
          signal: init.signal as AbortSignal | undefined,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("error", reject);
          res.on("end", () => {
            const headers = new Headers();
            for (const [name, value] of Object.entries(res.headers)) {
              if (value === undefined) continue;
              for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
            }
            const status = res.statusCode ?? 502;
            resolve(
              new Response(NO_BODY.has(status) ? null : Buffer.concat(chunks), {
                status,
                statusText: res.statusMessage ?? "",
                headers,
              }),
            );
          });
        },
      );
      req.setTimeout(timeoutMs, () => {
        req.destroy(new Error(`the subgraph at ${target.origin} did not answer within ${timeoutMs} ms`));
      });
      req.on("error", reject);
      if (init.body !== undefined) req.write(init.body);
      req.end();
    });

  return {
    fetcher,
    destroy() {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}
