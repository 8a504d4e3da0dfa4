import { ArgsType, Directive, Field, InputType, Int, ObjectType, type ClassType } from "type-graphql";
import type { EntityManager, EntityName, FilterQuery, QueryOrder } from "@mikro-orm/core";
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import { badInput } from "../errors";
import { TextInput } from "./input-policy";
import { findLean } from "../db/lean";

// Every subgraph defines the same PageInfo; federation needs it marked shareable to compose.
@ObjectType({ description: "分页信息 Page information" })
@Directive("@shareable")
export class PageInfo {
  @Field(() => String, {
    nullable: true,
    description: "本页最后一条的游标 Cursor of the last item on this page",
  })
  endCursor!: string | null;

  @Field(() => Boolean, { description: "是否还有下一页 Whether more items follow" })
  hasNextPage!: boolean;
}

/** The shared `first`/`after` arguments of every list. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: "每页条数 (1–500) Page size" })
  first: number = 50;

  @Field(() => String, { nullable: true, description: "从此游标之后开始 Start after this cursor" })
  // A cursor carries the sort values of the last row (a name, a date and an id, base64url).
  @TextInput({ maxLength: 1000 })
  after?: string | null;
}

/** Also usable as an input object where a list is nested inside an input. */
@InputType()
export class PageInput {
  @Field(() => Int, { defaultValue: 50 })
  first: number = 50;

  @Field(() => String, { nullable: true })
  @TextInput({ maxLength: 1000 })
  after?: string | null;
}

export interface Connection<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: PageInfo;
}

/**
 * A cursor-paginated list type: `class PersonConnection extends ConnectionType(Person) {}` with
 * `@ObjectType("PersonConnection")` on the subclass.
 */
export function ConnectionType<T extends object>(itemType: ClassType<T>) {
  @ObjectType()
  abstract class ConnectionClass implements Connection<T> {
    @Field(() => [itemType])
    nodes!: T[];

    // Not a plain property read (`simple: false`): an uncounted page's `totalCount` throws, and
    // compiled execution catches a throw at the field only in a resolver.
    @Field(() => Int, { description: "符合条件的总数 Total matching items", simple: false })
    totalCount!: number;

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionClass;
}

/**
 * The largest page a list serves. The gateway's cost limit is derived from it (a page of this size
 * of the heaviest row is what the limit admits), so the two cannot disagree.
 */
export const MAX_PAGE_SIZE = 500;

/** The refusal of a `first` outside 1…{@link MAX_PAGE_SIZE} (the subgraphs' and the gateway's). */
export function pageSizeError() {
  return badInput("first", {
    zh: `每页条数应在 1 到 ${MAX_PAGE_SIZE} 之间`,
    en: `first must be between 1 and ${MAX_PAGE_SIZE}`,
  });
}

type SortKey<T> = { field: keyof T & string; direction: "ASC" | "DESC" };

function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(values) && values.length === length) return values;
  } catch {
    // fall through to the error below
  }
  throw badInput("after", { zh: "分页游标无效", en: "the cursor is not one this list returned" });
}

/**
 * Whether the query asks this connection field for `totalCount` (directly, or through inline
 * fragments and named fragments): pass it as `paginate`'s `count` so a page that does not show the
 * total does not pay a `count(*)` over the whole filter (issue 10 item 2).
 */
export function selectsTotalCount(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">): boolean {
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((sel) => {
      if (sel.kind === Kind.FIELD) return sel.name.value === "totalCount";
      if (sel.kind === Kind.INLINE_FRAGMENT) return visit(sel.selectionSet);
      if (seen.has(sel.name.value)) return false;
      seen.add(sel.name.value);
      return visit(info.fragments[sel.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}

/** Options of {@link paginate}. */
export interface PaginateOptions {
  /**
   * Count the whole filter for `totalCount` (default true). With false no `count(*)` runs and
   * reading `totalCount` throws: for a resolver whose query did not select it ({@link selectsTotalCount}).
   */
  count?: boolean;
  /** Read the page as plain rows ({@link findLean}): for a list that is only read. */
  lean?: boolean;
}

/**
 * Keyset pagination: stable under inserts, and cheap on deep pages (no OFFSET). The sort must end
 * with a unique field (the id) so that the order is total.
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  page: { first: number; after?: string | null | undefined },
  sort: SortKey<T>[],
  options: PaginateOptions = {},
): Promise<Connection<T>> {
  if (!Number.isInteger(page.first) || page.first < 1 || page.first > MAX_PAGE_SIZE) {
    throw pageSizeError();
  }
  let pageWhere: FilterQuery<T> = where;
  if (page.after) {
    const values = decodeCursor(page.after, sort.length);
    // (a > x) OR (a = x AND b > y) OR …
    const ors = sort.map((key, i) => {
      const cond: Record<string, unknown> = {};
      for (let j = 0; j < i; j++) cond[sort[j]!.field] = values[j];
      cond[key.field] = { [key.direction === "ASC" ? "$gt" : "$lt"]: values[i] };
      return cond;
    });
    pageWhere = { $and: [where, { $or: ors }] } as FilterQuery<T>;
  }
  const orderBy = Object.fromEntries(sort.map((k) => [k.field, k.direction as QueryOrder])) as Record<
    string,
    QueryOrder
  >;
  const count = options.count ?? true;
  const [rows, totalCount] = await Promise.all([
    options.lean
      ? findLean(em, entity, pageWhere, { orderBy: orderBy as never, limit: page.first + 1 })
      : em.find(entity, pageWhere, { orderBy: orderBy as never, limit: page.first + 1 }),
    count ? em.count(entity, where) : Promise.resolve(0),
  ]);
  const hasNextPage = rows.length > page.first;
  const nodes = hasNextPage ? rows.slice(0, page.first) : rows;
  const last = nodes[nodes.length - 1] as Record<string, unknown> | undefined;
  const connection = {
    nodes,
    totalCount,
    pageInfo: { hasNextPage, endCursor: last ? encodeCursor(sort.map((k) => last[k.field])) : null },
  };
  if (!count)
    Object.defineProperty(connection, "totalCount", {
      get(): never {
        throw new Error("totalCount was not counted: pass count: selectsTotalCount(info) to paginate");
      },
    });
  return connection;
}
