import type { Identity } from "@pa/service-kit";
import { signTestToken } from "./tokens";

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: GqlError[];
}

export interface GqlOptions {
  /** The caller; `null` sends no token. */
  as?: Identity | null;
  token?: string;
  headers?: Record<string, string>;
}

/** A GraphQL client bound to one endpoint and a default caller. */
export function graphqlClient(url: string, defaultUser: Identity | null) {
  async function gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    opts: GqlOptions = {},
  ): Promise<GqlResult<T>> {
    const user = opts.as === undefined ? defaultUser : opts.as;
    const token = opts.token ?? (user ? await signTestToken(user) : undefined);
    const res = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "apollo-require-preflight": "true",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...opts.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    let body: { data?: T | null; errors?: GqlError[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new Error(`non-JSON response ${res.status}: ${text.slice(0, 300)}`);
    }
    return { status: res.status, ...body };
  }

  /** Runs an operation that must succeed and returns its data. */
  async function ok<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    opts: GqlOptions = {},
  ): Promise<T> {
    const r = await gql<T>(query, variables, opts);
    if (r.errors?.length || !r.data) {
      throw new Error(`GraphQL operation failed: ${JSON.stringify(r.errors ?? r, null, 2)}`);
    }
    return r.data;
  }

  return { gql, ok, url };
}

/** The `extensions.code` of a result's first error (or undefined when it succeeded). */
export function errorCode(result: GqlResult<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}
