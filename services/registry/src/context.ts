import type { ServiceContext } from "@pa/service-kit";
import type { Outbox } from "@pa/events";

/** The registry's request context: the kit's, plus the outbox bound to the caller and trace. */
export interface RegistryContext extends ServiceContext {
  outbox: Outbox;
}
