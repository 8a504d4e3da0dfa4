import { ApolloArmor } from "@escape.tech/graphql-armor";
import {
  GraphQLError,
  Kind,
  getNamedType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  valueFromAST,
  type ASTVisitor,
  type FieldNode,
  type GraphQLCompositeType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { MAX_PAGE_SIZE, pageSizeError } from "@pa/service-kit";

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
  /** Defaults to {@link DEFAULT_MAX_COST}: the largest page of the heaviest row. */
  maxCost?: number;
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
 * What one row of the heaviest list the graph serves costs: the dossier, a person with every
 * department's fields (`largest dossier page` in limits.spec.ts measures it against this).
 */
export const MAX_ROW_COST = 400;

/**
 * The default cost limit, derived from the page size: `people(first: MAX_PAGE_SIZE)` of the
 * dossier's rows is the most expensive operation the limit admits. One source of truth — raise
 * the page size or add fields to the dossier and the limit follows.
 */
export const DEFAULT_MAX_COST = MAX_PAGE_SIZE * MAX_ROW_COST;

/**
 * The cost of an operation: every field 1, a field's selection added to it, and a list field's
 * total multiplied by the rows it can return — its `first` argument (a literal; a variable counts
 * as {@link MAX_PAGE_SIZE}; an omitted one as the argument's default). A literal `first` outside
 * 1…MAX_PAGE_SIZE is refused here with the subgraphs' own page-size error, before any planning.
 * Depth is the depth limit's business, so nesting adds and does not compound.
 */
export function operationCostRule(maxCost: number): ValidationRule {
  return (ctx: ValidationContext): ASTVisitor => {
    const schema = ctx.getSchema();
    const fragmentCosts = new Map<string, number>();

    const pagesOf = (node: FieldNode, parent: GraphQLCompositeType | null): number => {
      const argDef =
        parent && (isObjectType(parent) || isInterfaceType(parent))
          ? parent.getFields()[node.name.value]?.args.find((a) => a.name === "first")
          : undefined;
      const arg = node.arguments?.find((a) => a.name.value === "first");
      if (!arg) {
        const fallback = argDef?.defaultValue;
        return typeof fallback === "number" ? Math.min(Math.max(fallback, 1), MAX_PAGE_SIZE) : 1;
      }
      if (arg.value.kind === Kind.VARIABLE) return MAX_PAGE_SIZE;
      const value = argDef ? valueFromAST(arg.value, argDef.type) : undefined;
      if (typeof value !== "number" || !Number.isInteger(value)) return 1; // other rules report it
      if (value < 1 || value > MAX_PAGE_SIZE) {
        ctx.reportError(pageSizeError());
        return MAX_PAGE_SIZE;
      }
      return value;
    };

    const costOf = (set: SelectionSetNode, type: GraphQLCompositeType | null, seen: Set<string>): number => {
      let cost = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.name.value === "__schema" || sel.name.value === "__type") continue;
          const fields = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields() : undefined;
          const def = fields?.[sel.name.value];
          if (!sel.selectionSet) {
            cost += 1;
            continue;
          }
          const child = def ? getNamedType(def.type) : undefined;
          const childType = child && isCompositeType(child) ? child : null;
          cost += (1 + costOf(sel.selectionSet, childType, seen)) * pagesOf(sel, type);
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          const cond = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
          cost += costOf(sel.selectionSet, cond && isCompositeType(cond) ? cond : null, seen);
        } else {
          const name = sel.name.value;
          if (seen.has(name)) continue; // a cycle: NoFragmentCycles reports it
          const known = fragmentCosts.get(name);
          if (known !== undefined) {
            cost += known;
            continue;
          }
          const fragment = ctx.getFragment(name);
          if (!fragment) continue;
          const cond = schema.getType(fragment.typeCondition.name.value);
          const fragmentCost = costOf(
            fragment.selectionSet,
            cond && isCompositeType(cond) ? cond : null,
            new Set([...seen, name]),
          );
          fragmentCosts.set(name, fragmentCost);
          cost += fragmentCost;
        }
      }
      return cost;
    };

    return {
      OperationDefinition(op) {
        const root = schema.getRootType(op.operation) ?? null;
        const cost = costOf(op.selectionSet, root, new Set());
        if (cost > maxCost) ctx.reportError(new LimitExceededError(LimitCode.Cost, maxCost, String(cost)));
      },
    };
  };
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
  const armor = new ApolloArmor({
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
    // Armor's cost compounds 1.5× per level and reads only literal `first`s: a dossier page of
    // 130 people passed its limit of 20,000 only by luck of depth. operationCostRule replaces it.
    costLimit: { enabled: false },
    // Suggestions ("Did you mean …?") reveal the schema when introspection is off.
    blockFieldSuggestion: { enabled: production },
    // Armor's token limit throws inside Apollo's parsing hook, which Apollo answers with a 500;
    // tooManyTokens() enforces it before Apollo with a proper 400.
    maxTokens: { enabled: false },
  }).protect();
  return {
    plugins: armor.plugins,
    validationRules: [...armor.validationRules, operationCostRule(limits.maxCost ?? DEFAULT_MAX_COST)],
  };
}
