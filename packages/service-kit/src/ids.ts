import { monotonicFactory } from "ulid";

const next = monotonicFactory();

/** A new sortable id (ULID, 26 characters): creation order is id order. */
export function newId(): string {
  return next();
}
