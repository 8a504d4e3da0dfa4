import type { IncomingHttpHeaders } from "node:http";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import type { ApolloServer } from "@apollo/server";
import express, { type Request, type Response, type Router } from "express";
import { GraphQLError, print } from "graphql";
import {
  bearerToken,
  businessDate,
  ErrorCode,
  type Bilingual,
  type Identity,
  type Logger,
  type TokenVerifier,
} from "@pa/service-kit";
import {
  contentDisposition,
  LEDGER_PAGE_SIZE,
  LedgerQueryError,
  ledgerParamOfField,
  readGraphLedgerRows,
  readLedgerParams,
  XLSX_CONTENT_TYPE,
  type AnyGraphLedger,
  type LedgerPageResult,
} from "@pa/service-kit/ledger";
import { SERVICE_UNAVAILABLE } from "./data-source";
import type { GatewayContext } from "./gateway";
import type { ServiceList } from "./subgraphs";
import { REPO_ROOT } from "./paths";

/**
 * 台账下载 `GET /exports/<ledger>.xlsx?<filters>`: the ledgers the services declare (see
 * `infra/services.json` → `ledgers`), each read by running its GraphQL operation through this
 * gateway with the caller's own token — township scope and ID masking are the subgraphs', exactly
 * as in the console — then written by the kit's ledger writer. `GET /exports` lists them.
 */

export interface ExportRoutesOptions {
  ledgers: readonly AnyGraphLedger[];
  apollo: ApolloServer<GatewayContext>;
  verifyToken: TokenVerifier;
  log: Logger;
  /** Rows asked per page of a ledger's connection (default the kit's page limit, 500). */
  pageSize?: number;
  /** The context each operation runs with (the same the GraphQL route builds). */
  contextFor(
    headers: IncomingHttpHeaders,
    requestId: string,
    authorization: string,
    identity: Identity,
  ): GatewayContext;
}

class ExportRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly bilingual: Bilingual,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(`${bilingual.zh} / ${bilingual.en}`);
  }
}

const STATUS_OF: Record<string, number> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [SERVICE_UNAVAILABLE]: 503,
};

function send(res: Response, refusal: ExportRefusal): void {
  if (refusal.status === 401) res.setHeader("www-authenticate", 'Bearer realm="pa"');
  res.status(refusal.status).json({
    errors: [
      {
        message: refusal.message,
        extensions: {
          code: refusal.code,
          messageZh: refusal.bilingual.zh,
          messageEn: refusal.bilingual.en,
          ...refusal.extra,
          requestId: res.locals["requestId"],
        },
      },
    ],
  });
}

/** Splits a kit message `中文 / English` (a subgraph's error) into its two languages. */
function bilingualOf(message: string, extensions: Record<string, unknown> | undefined): Bilingual {
  const zh = extensions?.["messageZh"];
  const en = extensions?.["messageEn"];
  if (typeof zh === "string" && typeof en === "string") return { zh, en };
  const at = message.indexOf(" / ");
  return at > 0 ? { zh: message.slice(0, at), en: message.slice(at + 3) } : { zh: message, en: message };
}

/** A refusal from the graph, with the subgraph's code, message and — for bad input — the parameter. */
function refusalOfGraph(ledger: AnyGraphLedger, error: unknown, log: Logger): ExportRefusal {
  const errors =
    error instanceof LedgerQueryError
      ? error.errors
      : error instanceof GraphQLError
        ? [{ message: error.message, extensions: error.extensions as Record<string, unknown> }]
        : null;
  const first = errors?.[0];
  const code = first?.extensions?.["code"];
  const status = typeof code === "string" ? STATUS_OF[code] : undefined;
  if (first && typeof code === "string" && status !== undefined) {
    const field = first.extensions?.["field"];
    return new ExportRefusal(status, code, bilingualOf(first.message, first.extensions), {
      ...(typeof field === "string" ? { field: ledgerParamOfField(ledger, field) } : {}),
      ...(typeof first.extensions?.["service"] === "string" ? { service: first.extensions["service"] } : {}),
    });
  }
  log.error(
    {
      ledger: ledger.name,
      codes: errors?.map((e) => e.extensions?.["code"]),
      err: errors ? undefined : error,
    },
    "ledger export failed",
  );
  return new ExportRefusal(502, "LEDGER_UNAVAILABLE", {
    zh: `台账 ${ledger.name} 暂时无法生成，请凭请求编号联系管理员`,
    en: `the ledger ${ledger.name} could not be produced; report the request id to the administrator`,
  });
}

const FILE = /^([a-z][a-z0-9-]*)\.xlsx$/;

/** The `/exports` routes. */
export function exportRoutes(opts: ExportRoutesOptions): Router {
  const byName = new Map(opts.ledgers.map((l) => [l.name, l]));
  if (byName.size !== opts.ledgers.length) {
    throw new Error("Two ledgers are declared with the same name; each needs its own /exports/<name>.xlsx");
  }
  const router = express.Router();

  async function identify(req: Request): Promise<{ authorization: string; identity: Identity }> {
    const authorization = req.header("authorization") ?? "";
    const token = bearerToken(authorization);
    const refuse = (en: string) =>
      new ExportRefusal(401, ErrorCode.Unauthenticated, { zh: "请先登录（缺少或无效的令牌）", en });
    if (!token) throw refuse("send Authorization: Bearer <token>");
    try {
      return { authorization, identity: await opts.verifyToken(token) };
    } catch {
      throw refuse("the token is invalid or expired");
    }
  }

  router.get("/", async (req, res) => {
    try {
      await identify(req);
    } catch (e) {
      if (e instanceof ExportRefusal) return send(res, e);
      throw e;
    }
    res.json({
      ledgers: opts.ledgers.map((l) => ({
        name: l.name,
        path: `/exports/${l.name}.xlsx`,
        service: l.service,
        fileName: `${l.fileName}.xlsx`,
        title: l.title,
        maxRows: l.sheet.maxRows,
        params: l.params.map((p) => ({
          name: p.name,
          type: p.type,
          required: p.required ?? false,
          ...(p.values ? { values: p.values } : {}),
          description: p.description,
        })),
      })),
    });
  });

  router.get("/:file", async (req, res) => {
    const started = process.hrtime.bigint();
    let ledger: AnyGraphLedger | undefined;
    try {
      const { authorization, identity } = await identify(req);
      const file = String(req.params["file"]);
      ledger = byName.get(FILE.exec(file)?.[1] ?? "");
      if (!ledger) {
        throw new ExportRefusal(
          404,
          ErrorCode.NotFound,
          {
            zh: `没有名为“${file}”的台账，可下载：${[...byName.keys()].map((n) => `${n}.xlsx`).join("、")}`,
            en: `no ledger "${file}"; the ledgers are ${[...byName.keys()].map((n) => `${n}.xlsx`).join(", ")}`,
          },
          { ledgers: [...byName.keys()] },
        );
      }
      const params = readLedgerParams(ledger, req.query as Record<string, unknown>);
      if (!params.ok) {
        const [first] = params.problems;
        throw new ExportRefusal(400, ErrorCode.BadUserInput, first!.message, {
          field: first!.field,
          problems: params.problems.map((p) => ({
            field: p.field,
            messageZh: p.message.zh,
            messageEn: p.message.en,
          })),
        });
      }
      // Asking for a township outside one's scope is refused, not answered with an empty file.
      const outside = params.townships.filter(
        (t) => identity.townships.length > 0 && !identity.townships.includes(t),
      );
      if (outside.length > 0) {
        const field = ledger.params.find((p) => p.townships)?.name ?? "townshipCodes";
        throw new ExportRefusal(
          403,
          ErrorCode.Forbidden,
          {
            zh: `镇街 ${outside.join("、")} 不在您的管辖范围内`,
            en: `township ${outside.join(", ")} is outside your scope (${identity.townships.join(", ")})`,
          },
          { field },
        );
      }
      const contextValue = opts.contextFor(
        req.headers,
        String(res.locals["requestId"]),
        authorization,
        identity,
      );
      const query = print(ledger.operation);
      const execute = async (variables: Record<string, unknown>): Promise<LedgerPageResult> => {
        const response = await opts.apollo.executeOperation({ query, variables }, { contextValue });
        if (response.body.kind !== "single") throw new Error("a ledger query answered incrementally");
        return response.body.singleResult as LedgerPageResult;
      };
      const today = businessDate();
      let bytes: Buffer;
      let rows: number;
      try {
        const read = await readGraphLedgerRows(
          ledger,
          params.variables,
          execute,
          opts.pageSize ?? LEDGER_PAGE_SIZE,
        );
        rows = read.length;
        bytes = await ledger.sheet.write(read);
      } catch (e) {
        throw e instanceof ExportRefusal ? e : refusalOfGraph(ledger, e, contextValue.log);
      }
      res.setHeader("content-type", XLSX_CONTENT_TYPE);
      res.setHeader(
        "content-disposition",
        contentDisposition(`${ledger.fileName}_${today}.xlsx`, `${ledger.name}_${today}.xlsx`),
      );
      // Names and ID numbers: no shared cache may keep a copy.
      res.setHeader("cache-control", "no-store");
      res.setHeader("content-length", String(bytes.length));
      res.end(bytes);
      contextValue.log.info(
        { ledger: ledger.name, rows, ms: Number(process.hrtime.bigint() - started) / 1e6 },
        "ledger exported",
      );
    } catch (e) {
      if (e instanceof ExportRefusal) return send(res, e);
      opts.log.error(
        { ledger: ledger?.name, err: e, requestId: res.locals["requestId"] },
        "ledger export failed",
      );
      send(
        res,
        new ExportRefusal(502, "LEDGER_UNAVAILABLE", {
          zh: "台账暂时无法生成，请凭请求编号联系管理员",
          en: "the ledger could not be produced; report the request id to the administrator",
        }),
      );
    }
  });
  return router;
}

/** The shape a service's ledger module exports (`export const ledgers = [...]`). */
interface LedgerModule {
  ledgers?: unknown;
}

/**
 * The ledgers every subgraph of the service list declares: `"ledgers": "src/ledgers.ts"` in its
 * entry of `infra/services.json`, a module exporting `ledgers`. A new service adds its ledgers
 * there; the gateway's code does not change.
 */
export async function loadLedgers(list: ServiceList, root = REPO_ROOT): Promise<AnyGraphLedger[]> {
  const all: AnyGraphLedger[] = [];
  for (const s of list.subgraphs) {
    if (!s.ledgers) continue;
    const file = join(root, s.dir, s.ledgers);
    const mod = (await import(pathToFileURL(file).href)) as LedgerModule;
    if (!Array.isArray(mod.ledgers)) {
      throw new Error(`${file} (ledgers of ${s.name} in infra/services.json) exports no \`ledgers\` array`);
    }
    all.push(...(mod.ledgers as AnyGraphLedger[]));
  }
  return all;
}
