import type { BusContext } from "@pa/events";
import type { ServiceContext } from "@pa/service-kit";

/** The social-security request context: the kit's, plus what the event bus plugin adds (the outbox). */
export interface SocialSecurityContext extends ServiceContext, BusContext {}
