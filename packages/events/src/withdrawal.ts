import { Entity, PrimaryKey, Property, type EntityManager } from "@mikro-orm/core";
import { audited, findIn } from "@pa/service-kit";
import type { EventDefinition } from "./catalog";
import type { EventHandler } from "./inbox";
import {
  factSourceOf,
  type FactSource,
  type IncomingFacts,
  type Projection,
  type ProjectionResult,
} from "./projection";

/**
 * 撤销登记 The record that a registration was withdrawn in this service (one row per projection
 * and key; the mark that keeps the withdrawn registration's late facts out). A service that
 * consumes a withdrawal event adds it to its `entities` ({@link withdrawalEntities}).
 */
@Entity({ tableName: "withdrawn_registration" })
export class WithdrawnRegistration {
  /** The projection's audit entity name (e.g. `PersonFacts`): one service may keep several. */
  @PrimaryKey({ type: "string", length: 64 })
  projection!: string;

  /** The withdrawn owner's key (e.g. the person's id). */
  @PrimaryKey({ type: "string", length: 64 })
  subject!: string;

  /** The withdrawal event's version. */
  @Property({ type: "integer" })
  withdrawnVersion!: number;

  /**
   * Facts of this key at or below this version belong to the withdrawn registration and are
   * dropped: the greater of the withdrawal's version and the version held when it arrived.
   */
  @Property({ type: "integer" })
  throughVersion!: number;

  /**
   * The version of the `registered` event of a new registration of the same key that came after
   * the withdrawal; null while the key stays withdrawn. A withdrawal older than it is of the old
   * registration and changes nothing.
   */
  @Property({ type: "integer", nullable: true })
  reregisteredVersion: number | null = null;

  /** True when the projection row was kept (a clerk had acted on the owner) and marked withdrawn. */
  @Property({ type: "boolean" })
  kept = false;

  /** The withdrawal event's id. */
  @Property({ type: "string", length: 64 })
  eventId!: string;

  /** The withdrawal event's business date (Asia/Shanghai). */
  @Property({ type: "date" })
  withdrawnOn!: string;
}

/** The entities of {@link defineWithdrawal}: a consuming service adds them to its `entities`. */
export const withdrawalEntities = [WithdrawnRegistration];

/** One withdrawal to apply: the key, the withdrawal's version, its source. */
export interface IncomingWithdrawal<W> {
  key: string;
  version: number;
  data: W;
  source: FactSource;
}

/** One withdrawal that applied to a row this service held: what `onWithdrawn` decides on. */
export interface Withdrawal<R, W> {
  key: string;
  /** The projection row as it was (managed; removed after `onWithdrawn` unless kept). */
  row: R;
  data: W;
  source: FactSource;
}

/** What {@link defineWithdrawal} needs to know. */
export interface WithdrawalDefinition<R extends object, F, X, W> {
  projection: Projection<R, F, X>;
  /** The event that begins a registration: only it, with a newer version, re-creates a withdrawn key. */
  registered: EventDefinition<unknown>;
  /** The withdrawal event's key and version. */
  keyOf(data: W): string;
  versionOf(data: W): number;
  /**
   * A nullable property of the projection row set to the withdrawal's business date when the row
   * is kept (cleared on a re-registration); without it a kept row is marked only by the record.
   */
  mark?: keyof R & string;
  /**
   * The service's part, in the batch's transaction, for the withdrawals of rows it held: delete
   * what its reactions derived for these owners and return the keys it must keep because a clerk
   * already acted on them (an offer, a payment). Those rows stay, marked withdrawn; the others'
   * projection rows are removed after it. Never called with an empty list.
   */
  onWithdrawn(em: EntityManager, withdrawals: Withdrawal<R, W>[]): Promise<Iterable<string>>;
}

/** What {@link WithdrawalGuard.withdraw} did. */
export interface WithdrawalResult {
  /** Keys whose projection row was removed with what was derived for them. */
  removed: string[];
  /** Keys whose row was kept (a clerk had acted) and marked withdrawn. */
  kept: string[];
  /** Keys withdrawn here that this service held no row for (the record still keeps late facts out). */
  unknown: string[];
  /** Withdrawals that changed nothing: redelivered, or of an older registration than the one held. */
  ignored: string[];
}

/** A projection's withdrawal handling, made by {@link defineWithdrawal}. */
export interface WithdrawalGuard<R extends object, F, X, W> {
  readonly definition: WithdrawalDefinition<R, F, X, W>;
  /** Applies withdrawals in the caller's transaction (one read per table, one flush). */
  withdraw(em: EntityManager, incoming: readonly IncomingWithdrawal<W>[]): Promise<WithdrawalResult>;
  /**
   * Applies facts through the projection, first dropping those of a withdrawn registration; a
   * `registered` fact newer than everything the withdrawn registration had re-creates the key.
   */
  apply(
    em: EntityManager,
    incoming: readonly (IncomingFacts<F> & { registration: boolean })[],
  ): Promise<ProjectionResult<R, F, X>>;
  /** The inbox handler of the withdrawal event. */
  withdrawalHandler(event: EventDefinition<W>): EventHandler<W>;
  /**
   * The inbox handler of one fact event, in place of `projection.handler` (same batch key, so
   * registrations and updates are still applied as one batch).
   */
  handler<T>(event: EventDefinition<T>, pick: (data: T) => F): EventHandler<T>;
}

/**
 * 撤销登记 The withdrawal of a registration that never took effect (the registry's
 * `person.withdrawn`), handled once for every projection of person facts:
 *
 * - the withdrawal applies to the registration the key holds, **whatever version it holds**: a
 *   withdrawal whose version is older than the row's (clerk updates in between) still wins. It is
 *   of an older registration only when the key was re-registered after a withdrawal recorded here
 *   with a newer version; then it changes nothing. A redelivered withdrawal changes nothing.
 * - the service's `onWithdrawn` deletes what its reactions derived and names the keys a clerk had
 *   acted on; those rows are kept and marked, the others removed. A record stays either way.
 * - while withdrawn, facts of the key are dropped (late or redelivered events of the withdrawn
 *   registration); only a `registered` event with a version above every version of the withdrawn
 *   registration re-creates the key (the registry re-imported the person), and the reaction runs
 *   for it as for anyone new.
 */
export function defineWithdrawal<R extends object, F, X, W>(
  definition: WithdrawalDefinition<R, F, X, W>,
): WithdrawalGuard<R, F, X, W> {
  const { projection } = definition;
  const { entity, key, version, audit } = projection.definition;
  const name = audit.entityName;
  const read = (row: object, prop: string): unknown => (row as Record<string, unknown>)[prop];
  const records = async (em: EntityManager, keys: Iterable<string>) =>
    new Map(
      (await findIn(em, WithdrawnRegistration, "subject", keys, { projection: name })).map((r) => [
        r.subject,
        r,
      ]),
    );

  const guard: WithdrawalGuard<R, F, X, W> = {
    definition,

    async withdraw(em, incoming) {
      const result: WithdrawalResult = { removed: [], kept: [], unknown: [], ignored: [] };
      // The newest withdrawal per key.
      const newest = new Map<string, IncomingWithdrawal<W>>();
      for (const w of incoming) {
        const held = newest.get(w.key);
        if (!held || w.version > held.version) newest.set(w.key, w);
      }
      if (newest.size === 0) return result;
      const recorded = await records(em, newest.keys());
      const applying: IncomingWithdrawal<W>[] = [];
      for (const w of newest.values()) {
        const r = recorded.get(w.key);
        const redelivered = r && r.reregisteredVersion == null && w.version <= r.withdrawnVersion;
        const ofOlderRegistration = r && r.reregisteredVersion != null && w.version < r.reregisteredVersion;
        if (redelivered || ofOlderRegistration) result.ignored.push(w.key);
        else applying.push(w);
      }
      if (applying.length === 0) return result;
      const rows = new Map(
        (
          await findIn(
            em,
            entity,
            key,
            applying.map((w) => w.key),
          )
        ).map((r) => [String(read(r, key)), r]),
      );
      const held: Withdrawal<R, W>[] = applying.flatMap((w) => {
        const row = rows.get(w.key);
        return row ? [{ key: w.key, row, data: w.data, source: w.source }] : [];
      });
      const kept = new Set(held.length > 0 ? await definition.onWithdrawn(em, held) : []);
      for (const w of applying) {
        const row = rows.get(w.key);
        const through = Math.max(w.version, row ? Number(read(row, version)) : 0);
        const keep = row != null && kept.has(w.key);
        if (!row) result.unknown.push(w.key);
        else if (keep) {
          result.kept.push(w.key);
          if (definition.mark) em.assign(row, { [definition.mark]: w.source.businessDate } as never);
        } else {
          result.removed.push(w.key);
          em.remove(row);
        }
        const values = {
          projection: name,
          subject: w.key,
          withdrawnVersion: w.version,
          throughVersion: through,
          reregisteredVersion: null,
          kept: keep,
          eventId: w.source.eventId,
          withdrawnOn: w.source.businessDate,
        };
        await audited(
          em,
          { identity: null, requestId: w.source.eventId },
          { action: `${audit.action}.withdrawn`, entityName: name, entityId: w.key, flush: false },
          recorded.get(w.key) ?? null,
          (r) => (r ? em.assign(r, values) : em.create(WithdrawnRegistration, values)),
        );
      }
      await em.flush();
      return result;
    },

    async apply(em, incoming) {
      const recorded = await records(
        em,
        new Set(incoming.map((i) => String(read(projection.definition.values(i.facts), key)))),
      );
      if (recorded.size === 0) return projection.apply(em, incoming);
      const passing: IncomingFacts<F>[] = [];
      const unmark: R[] = [];
      for (const item of incoming) {
        const values = projection.definition.values(item.facts);
        const r = recorded.get(String(read(values, key)));
        if (r && r.reregisteredVersion == null) {
          const v = Number(read(values, version));
          // Only a new registration, newer than anything of the withdrawn one, re-creates the key.
          if (!item.registration || v <= r.throughVersion) continue;
          r.reregisteredVersion = v;
        }
        passing.push(item);
      }
      const reregistered = [...recorded.values()].filter((r) => r.reregisteredVersion != null && r.kept);
      if (definition.mark && reregistered.length > 0) {
        const rows = await findIn(
          em,
          entity,
          key,
          reregistered.map((r) => r.subject),
        );
        unmark.push(...rows);
      }
      const result = await projection.apply(em, passing);
      for (const row of unmark) em.assign(row, { [definition.mark!]: null } as never);
      await em.flush();
      return result;
    },

    withdrawalHandler(event) {
      const one = (data: W, ctx: Parameters<EventHandler<W>["handle"]>[1]) => ({
        key: definition.keyOf(data),
        version: definition.versionOf(data),
        data,
        source: factSourceOf(ctx),
      });
      return {
        event,
        async handle(data, ctx) {
          await guard.withdraw(ctx.em, [one(data, ctx)]);
        },
        batch: {
          key: guard,
          async handle(em, items) {
            await guard.withdraw(
              em,
              items.map(({ data, ctx }) => one(data as W, ctx as never)),
            );
          },
        },
      };
    },

    handler(event, pick) {
      const registration = event.type === definition.registered.type;
      return {
        event,
        async handle(data, ctx) {
          await guard.apply(ctx.em, [{ facts: pick(data), source: factSourceOf(ctx), registration }]);
        },
        batch: {
          key: projection,
          async handle(em, items) {
            await guard.apply(
              em,
              items.map(({ data, ctx }) => ({
                facts: pick(data),
                source: factSourceOf(ctx),
                // Handlers of several event types share the batch: each item says which it is.
                registration: ctx.envelope.type === definition.registered.type,
              })),
            );
          },
        },
      };
    },
  };
  return guard;
}
