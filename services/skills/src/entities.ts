import { withdrawalEntities } from "@pa/events";
import { PolicyVersion } from "@pa/service-kit";
import { TrainingClaim, TrainingClaimLine } from "./claim/claim.entity";
import { TrainingCertificate } from "./enrolment/certificate.entity";
import {
  ApprenticeCheckIn,
  SessionAttendance,
  TrainingEnrolment,
  TrainingSession,
} from "./enrolment/enrolment.entity";
import { HouseholdFacts } from "./household/household-facts.entity";
import { TrainingInstitution } from "./institution/institution.entity";
import { PersonFacts } from "./person/person-facts.entity";
import { PlacementRecord } from "./placement/placement-record.entity";
import { TrainingSurvey } from "./survey/training-survey.entity";
import { TownshipFacts } from "./township/township-facts.entity";
import { TrainingNeed } from "./training-need/training-need.entity";
import { TrainingProject } from "./training-project/training-project.entity";

/** Every table the skills service owns (the kit adds its audit table). */
export const entities = [
  TrainingInstitution,
  TrainingProject,
  TrainingEnrolment,
  TrainingSession,
  SessionAttendance,
  ApprenticeCheckIn,
  TrainingCertificate,
  TrainingClaim,
  TrainingClaimLine,
  TrainingNeed,
  PolicyVersion,
  PersonFacts,
  HouseholdFacts,
  TownshipFacts,
  TrainingSurvey,
  PlacementRecord,
  ...withdrawalEntities,
];
