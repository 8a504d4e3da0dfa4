/** The ledgers skills owns, served by the gateway at `/exports/<name>.xlsx` (infra/services.json). */
import type { AnyGraphLedger } from "@pa/service-kit/ledger";
import { CLAIM_LEDGER } from "./claim/claim.export";
import { CERTIFICATE_LIST, TRAINING_ROSTER } from "./enrolment/enrolment.export";

export const ledgers: AnyGraphLedger[] = [TRAINING_ROSTER, CLAIM_LEDGER, CERTIFICATE_LIST];
