import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type ValidationContext } from "graphql";

/** The `extensions.code` of an operation refused for one of the gateway's limits. */
export const LimitCode = {
  Depth: "QUERY_TOO_DEEP",
  Aliases: "TOO_MANY_ALIASES",
  Cost: "QUERY_TOO_COMPLEX",
  Tokens: "QUERY_TOO_LONG",
} as const;
export type LimitCode = (typeof LimitCode)[keyof typeof LimitCode];

/** The limits the gateway enforces before planning an operation. */
export interface GatewayLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  /** Lexical tokens in one operation document; checked before Apollo parses it. */
  maxTokens?: number;
}

interface LimitText {
  setting: string;
  zh: (max: number, found: string) => string;
  en: (max: number, found: string) => string;
}

const TEXT: Record<LimitCode, LimitText> = {
  [LimitCode.Depth]: {
    setting: "MAX_DEPTH",
    zh: (max, found) => `查询嵌套过深：最多 ${max} 层，本次 ${found} 层，请减少嵌套`,
    en: (max, found) => `Query depth limit of ${max} exceeded, found ${found}; select fewer nested levels`,
  },
  [LimitCode.Aliases]: {
    setting: "MAX_ALIASES",
    zh: (max, found) => `别名过多：最多 ${max} 个，本次 ${found} 个，请拆分为多次查询`,
    en: (max, found) => `Aliases limit of ${max} exceeded, found ${found}; split the operation`,
  },
  [LimitCode.Cost]: {
    setting: "MAX_COST",
    zh: (max, found) => `查询过于复杂：成本上限 ${max}，本次 ${found}，请减少字段或每页条数`,
    en: (max, found) =>
      `Query cost limit of ${max} exceeded, found ${found}; request fewer fields or smaller pages`,
  },
  [LimitCode.Tokens]: {
    setting: "MAX_TOKENS",
    zh: (max) => `查询文本过长：最多 ${max} 个词法单元，请拆分为多次查询`,
    en: (max) => `Token limit of ${max} exceeded; split the operation into smaller ones`,
  },
};

/**
 * An operation refused for a limit: which limit (`extensions.code`, `extensions.setting`), its
 * value and what the operation reached, in Chinese then English. Apollo files validation errors
 * under `GRAPHQL_VALIDATION_FAILED`; the gateway's error formatter restores this code.
 */
export class LimitExceededError extends GraphQLError {
  constructor(
    readonly code: LimitCode,
    max: number,
    found?: string,
  ) {
    const text = TEXT[code];
    const seen = found ?? "?";
    super(`${text.zh(max, seen)} / ${text.en(max, seen)}`, {
      extensions: { code, setting: text.setting, limit: max, ...(found ? { found: Number(found) } : {}) },
    });
  }
}

/** The limit error Apollo wrapped as a validation error, if `error` is one. */
export function limitErrorOf(error: unknown): LimitExceededError | null {
  if (error instanceof LimitExceededError) return error;
  const original = (error as { originalError?: unknown } | null)?.originalError;
  return original instanceof LimitExceededError ? original : null;
}

/**
 * graphql-armor's rules with the gateway's refusals: instead of armor's own "Syntax Error: …"
 * (thrown, English only, generic code) each refusal is reported as a {@link LimitExceededError}.
 * Aliased `__typename` counts toward the alias limit like any other alias: it costs the gateway a
 * response key all the same.
 */
export function gatewayArmor(limits: GatewayLimits, production: boolean) {
  const reject =
    (code: LimitCode, max: number) =>
    (ctx: ValidationContext | null, err: GraphQLError): void => {
      // Armor's message ends with "found <n>." when limits are exposed; the number is all we take.
      const found = /found (\d+(?:\.\d+)?)\.?$/.exec(err.message)?.[1];
      ctx?.reportError(new LimitExceededError(code, max, found));
    };
  return new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      exposeLimits: true,
      propagateOnRejection: false,
      onReject: [reject(LimitCode.Depth, limits.maxDepth)],
    },
    maxAliases: {
      n: limits.maxAliases,
      allowList: [],
      exposeLimits: true,
      propagateOnRejection: false,
      onReject: [reject(LimitCode.Aliases, limits.maxAliases)],
    },
    costLimit: {
      maxCost: limits.maxCost,
      exposeLimits: true,
      propagateOnRejection: false,
      onReject: [reject(LimitCode.Cost, limits.maxCost)],
    },
    // Suggestions ("Did you mean …?") reveal the schema when introspection is off.
    blockFieldSuggestion: { enabled: production },
    // Armor's token limit throws inside Apollo's parsing hook, which Apollo answers with a 500;
    // tooManyTokens() enforces it before Apollo with a proper 400.
    maxTokens: { enabled: false },
  }).protect();
}
