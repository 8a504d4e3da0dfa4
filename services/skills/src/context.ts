import type { BusContext } from "@pa/events";
import type { ServiceContext } from "@pa/service-kit";

/** The skills service's request context: the kit's, plus what the event bus adds (the outbox). */
export interface SkillsContext extends ServiceContext, BusContext {}
