import { Client, cacheExchange, fetchExchange, mapExchange } from "@urql/core";
import { codesOf } from "./errors";

/**
 * The one GraphQL client of the console: same origin (`/graphql` on the gateway that serves the
 * console), the tab's bearer token on every request, and a way back to sign-in when the gateway
 * says the token is missing or expired (`UNAUTHENTICATED`).
 */
export function createApiClient(opts: { token: () => string | null; onUnauthenticated: () => void }): Client {
  return new Client({
    url: "/graphql",
    preferGetMethod: false,
    requestPolicy: "cache-and-network",
    fetchOptions: () => {
      const token = opts.token();
      return {
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          "apollo-require-preflight": "true",
        },
      };
    },
    exchanges: [
      mapExchange({
        onError(error) {
          if (codesOf(error).includes("UNAUTHENTICATED") || error.response?.status === 401) {
            opts.onUnauthenticated();
          }
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
