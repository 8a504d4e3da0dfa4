/**
 * @pa/events — the event backbone (ARCHITECTURE.md, "Events"): the catalog of event contracts with
 * CloudEvents envelopes, JetStream streams, the transactional outbox and its relay, and idempotent
 * inbox consumers.
 */
export * from "./catalog";
export * from "./contracts";
export * from "./streams";
export * from "./nats";
export * from "./local-nats";
export * from "./metrics";
export * from "./dialect";
export * from "./outbox";
export * from "./inbox";
export * from "./projection";
export * from "./withdrawal";
export * from "./asyncapi";
export * from "./bus";

import { OutboxEvent } from "./outbox";
import { InboxEntry } from "./inbox";

/**
 * The outbox and inbox entities. A service adds them to its `entities` so its own migrations
 * (`db:migration:create`, both dialects) create `outbox_event` and `inbox_entry`.
 */
export const eventEntities = [OutboxEvent, InboxEntry];
