import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import { ErrorCode, type Bilingual } from "../errors";

/** The references each request withheld, by key, with the sentence its error carries. */
const withheldByRequest = new WeakMap<object, Map<string, Bilingual>>();

/** One key for a representation, whatever the order of its fields. */
function referenceKey(reference: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(reference)
      .sort()
      .map((k) => [k, reference[k]]),
  );
}

/**
 * Marks an entity reference the caller may not see (another township's person, say). The
 * reference resolver returns a masked stub instead of null: a null entity under a non-null field
 * of another subgraph would null the caller's whole answer without a word. The plugin below adds
 * a `FORBIDDEN` error at this reference's `_entities` index, which the gateway maps to the field's
 * path in the caller's answer, so only that entity is marked and nothing else disappears.
 */
export function withholdReference<T>(
  ctx: object,
  reference: Record<string, unknown>,
  stub: T,
  message: Bilingual,
): T {
  let withheld = withheldByRequest.get(ctx);
  if (!withheld) {
    withheld = new Map();
    withheldByRequest.set(ctx, withheld);
  }
  withheld.set(referenceKey(reference), message);
  return stub;
}

/** Adds the `FORBIDDEN` error of every reference `withholdReference` marked in the request. */
export function withheldReferencesPlugin(): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(rc) {
          const withheld = withheldByRequest.get(rc.contextValue);
          if (!withheld || rc.response.body.kind !== "single") return;
          const representations = rc.request.variables?.["representations"];
          if (!Array.isArray(representations)) return;
          const errors: GraphQLFormattedError[] = [];
          representations.forEach((rep: unknown, index) => {
            if (!rep || typeof rep !== "object") return;
            const message = withheld.get(referenceKey(rep as Record<string, unknown>));
            if (!message) return;
            errors.push({
              message: `${message.zh} / ${message.en}`,
              path: ["_entities", index],
              extensions: { code: ErrorCode.Forbidden, messageZh: message.zh, messageEn: message.en },
            });
          });
          if (errors.length === 0) return;
          const result = rc.response.body.singleResult;
          result.errors = [...(result.errors ?? []), ...errors];
        },
      };
    },
  };
}
