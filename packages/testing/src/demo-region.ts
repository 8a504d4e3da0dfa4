import { demoTownshipCode } from "@pa/service-kit";

export {
  DEMO_REGION_CODE,
  DEMO_TOWNSHIP_CODES,
  DEMO_TOWNSHIP_COUNT,
  demoTownshipCode,
  SeededRandom,
} from "@pa/service-kit";

/** The demo region's first township (990101001): the specs' default. */
export const T1 = demoTownshipCode(1);
/** The demo region's second township (990101002): "another township" in scope checks. */
export const T2 = demoTownshipCode(2);
/** A code of the demo region that no township has (990101999), for "unknown township" checks. */
export const UNKNOWN_TOWNSHIP = demoTownshipCode(999);
