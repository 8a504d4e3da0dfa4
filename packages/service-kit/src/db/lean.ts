import type { EntityManager, EntityName, FilterQuery, FindOptions } from "@mikro-orm/core";

/**
 * A read-only `em.find` for the graph's hot lists and references (issue 10 item 4): the rows are
 * hydrated outside the request's identity map, so nothing merges them, snapshots them for change
 * tracking or walks them at a flush. Use it only for rows a resolver returns and never changes;
 * `fields` narrows the columns read (the primary key is always added).
 */
export function findLean<T extends object, Fields extends string = never>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: Omit<FindOptions<T, never, Fields>, "disableIdentityMap"> = {},
): Promise<T[]> {
  return em.find(entity, where, { ...options, disableIdentityMap: true } as FindOptions<
    T,
    never,
    Fields
  >) as Promise<T[]>;
}
