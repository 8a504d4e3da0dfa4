import { raw, type EntityData, type EntityManager, type FilterQuery } from "@mikro-orm/core";
import {
  auditRow,
  bulkInsert,
  bulkUpdate,
  businessDate,
  chunks,
  findIn,
  newRow,
  type AuditEntry,
} from "@pa/service-kit";
import type { EventDefinition } from "./catalog";
import type { EventHandler, HandlerContext } from "./inbox";
import { Outbox } from "./outbox";

/** Where one set of facts came from: what its reaction records and publishes under. */
export interface FactSource {
  /** The event id; audit entries name it as their request. */
  eventId: string;
  /** The event's business date (Asia/Shanghai), the day the reaction records things as happening. */
  businessDate: string;
  /** Where the reaction's own events go: the event's trace, the consuming service as actor. */
  outbox: Outbox;
}

/** One set of facts to apply, with its source. */
export interface IncomingFacts<F> {
  facts: F;
  source: FactSource;
}

/** One row the projection changed: what the reaction decides on. */
export interface ProjectionChange<R, F> {
  /** A plain copy of the stored row before the change; null when the key is new here. */
  before: Readonly<R> | null;
  /**
   * The row with the facts applied, already written in the caller's transaction: a copy outside
   * the unit of work (changing it saves nothing), or the managed row when the caller's unit of
   * work held it before the batch (then it is flushed with the batch).
   */
  after: R;
  /** The facts that won (the newest of the batch for this key). */
  facts: F;
  source: FactSource;
}

/**
 * The rows of another entity that copy the projection's township, for township scope. They name
 * the key and the township with the projection's property names (`personId`, `townshipCode`).
 */
export interface TownshipBearer {
  // Any entity class: bearers are unrelated to the projection's row type.
  entity: new () => object;
  /** Extra condition on the rows that follow a move (e.g. only open cases). */
  where?: FilterQuery<object>;
}

/** What {@link defineProjection} needs to know about one local projection. */
export interface ProjectionDefinition<R extends object, F, X = void> {
  /** The consuming service: the actor of events published outside an event (fixtures, tools). */
  service: string;
  entity: new () => R;
  /** The key property (the owner's id, e.g. `personId`); bearers use the same property name. */
  key: keyof R & string;
  /** The owner's version property: only a strictly newer version applies. */
  version: keyof R & string;
  /** The row's values from the facts, key and version included. */
  values(facts: F): EntityData<R>;
  /** Where a changed township is copied to: one update per bearer entity per batch. */
  township?: { property: keyof R & string; bearers: TownshipBearer[] };
  /** The audit entries' action (`<action>.created` / `<action>.updated`) and entity name. */
  audit: { action: string; entityName: string };
  /**
   * The service's reaction to what changed (open a case, create obligations), called once per
   * batch with every applied change and never with an empty list. It writes through `em`; the
   * projection flushes after it. What it returns is handed back by `apply` (e.g. the cases it opened).
   */
  react?(em: EntityManager, changes: ProjectionChange<R, F>[]): Promise<X>;
}

/** What {@link Projection.apply} did. */
export interface ProjectionResult<R, F, X> {
  /** The applied changes, one per key, in the order of the batch; empty when everything was stale. */
  changes: ProjectionChange<R, F>[];
  /** What the reaction returned; undefined when there was nothing to react to. */
  reaction: X | undefined;
}

/** A projection made by {@link defineProjection}. */
export interface Projection<R extends object, F, X = void> {
  readonly definition: ProjectionDefinition<R, F, X>;
  /**
   * Applies a batch of facts inside the caller's transaction: one read of the existing rows, the
   * newest facts per key (stale ones dropped, also within the batch), the new rows by multi-row
   * insert and the changed ones by one set-based update (never over a newer version), one
   * township update per bearer entity, the reaction, one flush, an audit entry per change by
   * multi-row insert. None of the projection's own rows go through the unit of work.
   */
  apply(em: EntityManager, incoming: readonly IncomingFacts<F>[]): Promise<ProjectionResult<R, F, X>>;
  /** The source of facts applied outside an event (fixtures, demo loaders): today, a new outbox. */
  sourceOutsideEvent(opts?: { businessDate?: string; eventId?: string }): FactSource;
  /**
   * The inbox handler of one event type feeding this projection; `pick` takes the facts from the
   * payload. Consecutive events of handlers of the same projection are applied as one batch.
   */
  handler<T>(event: EventDefinition<T>, pick: (data: T) => F): EventHandler<T>;
}

/** The facts' source as a handler context gives it. */
export function factSourceOf(
  ctx: Pick<HandlerContext<unknown>, "envelope" | "outbox" | "businessDate">,
): FactSource {
  return { eventId: ctx.envelope.id, businessDate: ctx.businessDate, outbox: ctx.outbox };
}

/** Moves per SQL statement: each moved key binds three parameters. */
const MOVE_CHUNK = 300;

/**
 * A local projection of another service's aggregate (the registry's person facts), applied the
 * same way in every consuming service: versions compared exactly, rows upserted, the township
 * copied onto the service's own rows when it changes, every change audited, then the service's
 * own reaction. Built for batches: a list of one costs the same statements as a list of hundreds.
 */
export function defineProjection<R extends object, F, X = void>(
  definition: ProjectionDefinition<R, F, X>,
): Projection<R, F, X> {
  const { entity, key, version } = definition;
  const read = (row: object, prop: string): unknown => (row as Record<string, unknown>)[prop];

  const projection: Projection<R, F, X> = {
    definition,

    async apply(em, incoming) {
      // The newest facts per key win; an equal version is a redelivery and keeps the first.
      const newest = new Map<string, { values: EntityData<R>; item: IncomingFacts<F> }>();
      for (const item of incoming) {
        const values = definition.values(item.facts);
        const k = String(read(values, key));
        const held = newest.get(k);
        if (!held || Number(read(values, version)) > Number(read(held.values, version)))
          newest.set(k, { values, item });
      }
      if (newest.size === 0) return { changes: [], reaction: undefined };
      // What the caller persisted is written first, as a query of the unit of work would (its
      // auto-flush): the statements below and the reaction's reads see it. Nothing, in the inbox.
      await em.flush();
      const uow = em.getUnitOfWork();
      // Rows this unit of work already manages (a caller read them) are changed through it, so what
      // it holds stays true; every other row is read as a copy and written by statement.
      const managed = new Map<string, R>();
      for (const k of newest.keys()) {
        const row = uow.getById<R>(entity.name, k as never);
        if (row) managed.set(k, row);
      }
      const unmanaged = [...newest.keys()].filter((k) => !managed.has(k));
      const existing = new Map<string, R>(managed);
      for (const r of await findIn(em, entity, key, unmanaged, {}, { disableIdentityMap: true }))
        existing.set(String(read(r, key)), r);
      const changes: ProjectionChange<R, F>[] = [];
      // Plain rows and statements, not the unit of work (issue 10): the new rows and their audit
      // entries by multi-row inserts, the updates by one statement per chunk.
      const created: R[] = [];
      const updated: EntityData<R>[] = [];
      const audits: AuditEntry[] = [];
      const moves = new Map<string, string>();
      const now = new Date();
      for (const [k, { values, item }] of newest) {
        const row = existing.get(k);
        if (row && Number(read(row, version)) >= Number(read(values, version))) continue;
        // The reaction compares old and new facts, so the row as it was is kept beside the audit's copy.
        const before = row ? ({ ...row } as R) : null;
        let after: R;
        if (!row) {
          after = newRow(entity, values as Partial<R>);
          created.push(after);
        } else if (managed.has(k)) {
          after = em.assign(row, values as never) as R;
        } else {
          const written = { ...values, ...stampsOf(em, entity, now) } as EntityData<R>;
          after = Object.assign(row, written);
          updated.push(written);
        }
        audits.push(
          auditRow(
            { identity: null, requestId: item.source.eventId },
            {
              action: `${definition.audit.action}.${row ? "updated" : "created"}`,
              entityName: definition.audit.entityName,
              entityId: k,
              before,
              after: { ...after },
            },
          ),
        );
        if (before && definition.township) {
          const prop = definition.township.property;
          if (read(before, prop) !== read(after, prop)) moves.set(k, String(read(after, prop)));
        }
        changes.push({ before, after, facts: item.facts, source: item.source });
      }
      await bulkInsert(em, created);
      // Grouped by the properties given, should `values` leave some out for some facts.
      const bySet = new Map<string, EntityData<R>[]>();
      for (const v of updated) {
        const sig = Object.keys(v).join(",");
        bySet.set(sig, [...(bySet.get(sig) ?? []), v]);
      }
      for (const rows of bySet.values())
        await bulkUpdate(em, entity, key, rows as Partial<R>[], { newerThan: version });
      if (moves.size > 0 && definition.township) await moveBearers(em, key, definition.township, moves);
      const reaction = changes.length > 0 ? await definition.react?.(em, changes) : undefined;
      await em.flush();
      await bulkInsert(em, audits);
      return { changes, reaction };
    },

    sourceOutsideEvent(opts = {}) {
      return {
        eventId: opts.eventId ?? definition.audit.action,
        businessDate: opts.businessDate ?? businessDate(),
        outbox: new Outbox({ actor: definition.service }),
      };
    },

    handler(event, pick) {
      return {
        event,
        async handle(data, ctx) {
          await projection.apply(ctx.em, [{ facts: pick(data), source: factSourceOf(ctx) }]);
        },
        batch: {
          key: projection,
          async handle(em, items) {
            await projection.apply(
              em,
              items.map(({ data, ctx }) => ({ facts: pick(data), source: factSourceOf(ctx) })),
            );
          },
        },
      };
    },
  };
  return projection;
}

/** The values of the entity's `onUpdate` properties (an `updatedAt`) for a write at `now`. */
function stampsOf(em: EntityManager, entity: new () => object, now: Date): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of em.getMetadata().get(entity.name).props)
    if (p.onUpdate && p.runtimeType === "Date") out[p.name] = now;
  return out;
}

/**
 * Copies each moved key's new township onto the bearers' rows: one `UPDATE … SET township =
 * CASE key WHEN … END WHERE key IN (…)` per bearer entity (per {@link MOVE_CHUNK} keys).
 */
async function moveBearers(
  em: EntityManager,
  key: string,
  township: { property: string; bearers: TownshipBearer[] },
  moves: Map<string, string>,
): Promise<void> {
  for (const bearer of township.bearers) {
    const meta = em.getMetadata().get(bearer.entity.name);
    const keyColumn = meta.properties[key]?.fieldNames[0];
    if (!keyColumn) throw new Error(`${bearer.entity.name} has no ${key} to follow a township move by.`);
    for (const chunk of chunks([...moves], MOVE_CHUNK)) {
      const destinations = new Set(chunk.map(([, t]) => t));
      // One destination (always so for a single event): a plain value reads better in the log.
      const value =
        destinations.size === 1
          ? [...destinations][0]
          : raw(
              `case ${em.getPlatform().quoteIdentifier(keyColumn)} ${chunk.map(() => "when ? then ?").join(" ")} end`,
              chunk.flat(),
            );
      await em.nativeUpdate(
        bearer.entity,
        { ...(bearer.where ?? {}), [key]: { $in: chunk.map(([k]) => k) } },
        { [township.property]: value },
      );
    }
  }
}
