import { AssistanceCase } from "./assistance-case/assistance-case.entity";
import { JobReadiness } from "./assistance-case/job-readiness.entity";
import { JobFair } from "./job-fair/job-fair.entity";
import { JobOffer } from "./job-offer/job-offer.entity";
import { PersonFacts } from "./person/person-facts.entity";
import { Placement } from "./placement/placement.entity";
import { PostPlacement } from "./post/post-placement.entity";
import { PostType } from "./post/post-type.entity";
import { PublicWelfarePost } from "./post/post.entity";
import { PostWorkLog } from "./post/work-log.entity";
import { EmploymentProject, ProjectEmployee } from "./project/project.entity";
import { PolicyVersion } from "@pa/service-kit";
import { withdrawalEntities } from "@pa/events";
import { TownshipFacts } from "./township/township-facts.entity";

/** Every table the employment service owns (the kit adds its audit table). */
export const entities = [
  PostType,
  PublicWelfarePost,
  PostPlacement,
  PostWorkLog,
  EmploymentProject,
  ProjectEmployee,
  AssistanceCase,
  JobReadiness,
  JobOffer,
  Placement,
  JobFair,
  PolicyVersion,
  PersonFacts,
  TownshipFacts,
  ...withdrawalEntities,
];
