import type { BusContext } from "@pa/events";
import type { ServiceContext } from "@pa/service-kit";

/** Settings the rules read at request time (from `config.ts`, fixed for the process). */
export interface EmploymentSettings {
  /** R-EMP-3: a person with an open case is on the gap list until they have this many offers. */
  offersRequired: number;
}

export const DEFAULT_SETTINGS: EmploymentSettings = { offersRequired: 3 };

/** The employment service's request context: the kit's, plus its settings. */
export interface EmploymentContext extends ServiceContext, BusContext {
  settings: EmploymentSettings;
}
