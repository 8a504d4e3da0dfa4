import type { EntityManager } from "@mikro-orm/core";
import type { Logger } from "./logger";
import { Role, type Identity, type Unit } from "./auth/identity";
import { UnauthenticatedError } from "./errors";

/**
 * What every resolver receives. `em` is a fork of the ORM's entity manager made for this request
 * alone; `loaders` holds the request's DataLoaders (batching per request, never across users).
 */
export interface ServiceContext {
  requestId: string;
  /** The W3C trace context of the request, carried into events. */
  traceparent: string | undefined;
  identity: Identity | null;
  em: EntityManager;
  log: Logger;
  loaders: LoaderCache;
}

/** The caller, or `UNAUTHENTICATED`. Resolvers behind `@Authorized()` can rely on it. */
export function requireIdentity(ctx: Pick<ServiceContext, "identity">): Identity {
  if (!ctx.identity) throw new UnauthenticatedError();
  return ctx.identity;
}

/** A per-request cache of loaders keyed by name; `rowLoader` and `groupLoader` (db/loaders) keep theirs here. */
export class LoaderCache {
  private readonly loaders = new Map<string, unknown>();
  get<T>(key: string, create: () => T): T {
    let loader = this.loaders.get(key) as T | undefined;
    if (loader === undefined) {
      loader = create();
      this.loaders.set(key, loader);
    }
    return loader;
  }
}

/**
 * The identity of work the system does itself (the demo loader, say): a manager of `unit` for
 * every township. Its `sub` is the actor of the audit entries and events it writes, so pick one
 * that says what did the work (`demo-loader`).
 */
export function systemIdentity(opts: { sub: string; name: string; unit: Unit }): Identity {
  return { sub: opts.sub, name: opts.name, unit: opts.unit, roles: [Role.Manager], townships: [] };
}

/**
 * A request context for work outside a request, so that it runs through the same service
 * operations a clerk's request does (rules, audit, events): a fresh entity manager, no trace.
 * Add the outbox with `withOutbox` from `@pa/events`.
 */
export function systemContext(orm: { em: EntityManager }, identity: Identity, log: Logger): ServiceContext {
  return {
    requestId: identity.sub,
    traceparent: undefined,
    identity,
    em: orm.em.fork(),
    log,
    loaders: new LoaderCache(),
  };
}
