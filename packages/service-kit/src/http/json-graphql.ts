import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";

/**
 * `POST /graphql` with a JSON body, answered straight from Node's request and response — the
 * request every client sends, the gateway to each subgraph and the console to the gateway.
 * Express's router, its JSON body parser and `res.send` (which hashes every answer for an ETag no
 * POST is ever revalidated with) cost ~0.3 ms a request on these machines (issue 10 item 4); this
 * path does what they did for such a request and nothing else. Any other request (another method
 * or path, another content type or charset, a compressed body) is left to the Express app.
 */
export interface JsonGraphqlHttp<C extends BaseContext> {
  /** Whether `handle` answers this request (decided from its method, URL and headers only). */
  accepts(req: IncomingMessage): boolean;
  /** Reads the body, runs the operation through Apollo and writes its answer. Never rejects. */
  handle(req: IncomingMessage, res: ServerResponse, context: () => Promise<C>): Promise<void>;
  /**
   * Runs a request whose body is already parsed (Express's parser, for the requests `accepts`
   * leaves to the app: a GET, another content type) and writes Apollo's answer. Never rejects.
   */
  run(req: IncomingMessage, res: ServerResponse, body: unknown, context: () => Promise<C>): Promise<void>;
}

export interface JsonGraphqlHttpOptions {
  /** The largest body read; a larger one is answered 413 without being parsed. */
  bodyLimitBytes: number;
  /**
   * Answers a request refused before Apollo (a body too large or not JSON): the service's own
   * error shape. The default writes `{ errors: [{ message, extensions: { code: BAD_REQUEST } }] }`.
   */
  refuse?(res: ServerResponse, status: number, message: string): void;
  /**
   * Looks at the parsed body before Apollo does; returns true when it has answered the request
   * itself (the gateway's token count).
   */
  screen?(body: unknown, res: ServerResponse): boolean;
}

const JSON_TYPE = /^application\/json\s*(?:;|$)/i;
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)"?/i;

/** Answers with one GraphQL-shaped error (`{ errors: [error] }`), outside Apollo. */
export function writeJsonError(
  res: ServerResponse,
  status: number,
  error: { message: string; extensions: Record<string, unknown> },
): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify({ errors: [error] }));
}

/** A body refused before Apollo: `Bad request: …` with `BAD_REQUEST` and any further extensions. */
export function writeBadRequest(
  res: ServerResponse,
  status: number,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  writeJsonError(res, status, {
    message: `Bad request: ${message}`,
    extensions: { code: "BAD_REQUEST", ...extensions },
  });
}

export function jsonGraphqlHttp<C extends BaseContext>(
  apollo: ApolloServer<C>,
  opts: JsonGraphqlHttpOptions,
): JsonGraphqlHttp<C> {
  const path = "/graphql";
  const refuse = opts.refuse ?? writeBadRequest;

  const accepts = (req: IncomingMessage): boolean => {
    if (req.method !== "POST") return false;
    const url = req.url ?? "";
    if (!url.startsWith(path) || (url.length > path.length && url[path.length] !== "?")) return false;
    const type = req.headers["content-type"];
    if (type === undefined || !JSON_TYPE.test(type)) return false;
    const charset = CHARSET.exec(type)?.[1]?.toLowerCase();
    if (charset !== undefined && charset !== "utf-8" && charset !== "utf8") return false;
    const encoding = req.headers["content-encoding"];
    return encoding === undefined || encoding.toLowerCase() === "identity";
  };

  const readBody = (req: IncomingMessage): Promise<Buffer | "too large"> =>
    new Promise((resolve, reject) => {
      const declared = Number(req.headers["content-length"]);
      if (declared > opts.bodyLimitBytes) {
        req.resume();
        resolve("too large");
        return;
      }
      const chunks: Buffer[] = [];
      let length = 0;
      let over = false;
      req.on("data", (chunk: Buffer) => {
        if (over) return;
        length += chunk.length;
        if (length > opts.bodyLimitBytes) {
          over = true;
          chunks.length = 0;
          return;
        }
        chunks.push(chunk);
      });
      req.on("end", () =>
        resolve(over ? "too large" : chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)),
      );
      req.on("error", reject);
    });

  const handle = async (
    req: IncomingMessage,
    res: ServerResponse,
    context: () => Promise<C>,
  ): Promise<void> => {
    try {
      const raw = await readBody(req);
      if (raw === "too large") {
        refuse(res, 413, "request entity too large");
        return;
      }
      let body: unknown;
      try {
        // An empty body is an empty object, as Express's parser had it: Apollo then names what
        // is missing.
        body = raw.length === 0 ? {} : JSON.parse(raw.toString("utf8"));
      } catch (e) {
        refuse(res, 400, (e as Error).message);
        return;
      }
      if (body === null || typeof body !== "object") {
        refuse(res, 400, "the body must be a JSON object");
        return;
      }
      if (opts.screen?.(body, res)) return;
      await run(req, res, body, context);
    } catch (e) {
      // The socket's failure (a client gone mid-body, say).
      if (!res.headersSent) refuse(res, 400, (e as Error).message);
      else res.destroy();
    }
  };

  const run = async (
    req: IncomingMessage,
    res: ServerResponse,
    body: unknown,
    context: () => Promise<C>,
  ): Promise<void> => {
    try {
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
      }
      const url = req.url ?? "";
      const q = url.indexOf("?");
      const answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: (req.method ?? "GET").toUpperCase(),
          headers,
          search: q >= 0 ? url.slice(q) : "",
          body,
        },
        context,
      });
      for (const [key, value] of answer.headers) res.setHeader(key, value);
      res.statusCode = answer.status ?? 200;
      if (answer.body.kind === "complete") {
        res.end(answer.body.string);
        return;
      }
      for await (const chunk of answer.body.asyncIterator) res.write(chunk);
      res.end();
    } catch {
      // Apollo answers its own failures; what is left is a client gone mid-answer.
      res.destroy();
    }
  };

  return { accepts, handle, run };
}
