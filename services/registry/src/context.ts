import type { ServiceContext } from "@pa/service-kit";

/** The registry's request context (the event outbox joins it with the event backbone). */
export type RegistryContext = ServiceContext;
