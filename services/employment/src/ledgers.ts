/** The ledgers employment owns, served by the gateway at `/exports/<name>.xlsx` (infra/services.json). */
import type { AnyGraphLedger } from "@pa/service-kit/ledger";
import { JOB_FAIR_LIST } from "./job-fair/job-fair.export";
import { OFFER_LEDGER } from "./job-offer/job-offer.export";
import { POST_ROSTER } from "./post/post.export";

export const ledgers: AnyGraphLedger[] = [OFFER_LEDGER, JOB_FAIR_LIST, POST_ROSTER];
