import type { Outbox } from "@pa/events";
import type { ServiceContext } from "@pa/service-kit";

/** The social-security request context: the kit's, plus the outbox bound to the caller and trace. */
export interface SocialSecurityContext extends ServiceContext {
  outbox: Outbox;
}
