import { Enrolment, EnrolmentChange } from "./enrolment/enrolment.entity";
import { PremiumSubsidy } from "./enrolment/premium-subsidy.entity";
import { PensionLedgerEntry } from "./pension/pension-ledger.entity";
import { PersonFacts } from "./person/person-facts.entity";
import { ScreeningFinding, ScreeningRun } from "./screening/screening.entity";
import { PolicyVersion } from "@pa/service-kit";
import { withdrawalEntities } from "@pa/events";
import { BurdenReport } from "./settlement/burden-report.entity";
import { MedicalYearAccumulator, Settlement } from "./settlement/settlement.entity";

/** Every table social-security owns (the kit adds its audit table). */
export const entities = [
  PersonFacts,
  PolicyVersion,
  Settlement,
  MedicalYearAccumulator,
  BurdenReport,
  Enrolment,
  EnrolmentChange,
  PremiumSubsidy,
  ScreeningRun,
  ScreeningFinding,
  PensionLedgerEntry,
  ...withdrawalEntities,
];
