/** The ledgers social security owns, served by the gateway at `/exports/<name>.xlsx` (infra/services.json). */
import type { AnyGraphLedger } from "@pa/service-kit/ledger";
import { SUBSIDY_LEDGER } from "./enrolment/premium-subsidy.export";
import { PENSION_LEDGER } from "./pension/pension.export";

export const ledgers: AnyGraphLedger[] = [SUBSIDY_LEDGER, PENSION_LEDGER];
