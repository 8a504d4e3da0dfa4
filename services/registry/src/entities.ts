import { BurdenNotice } from "./burden-notice/burden-notice.entity";
import { Household } from "./household/household.entity";
import { NeedsSurvey } from "./needs-survey/needs-survey.entity";
import { Person } from "./person/person.entity";
import { Township } from "./township/township.entity";

/** Every table the registry owns (the kit adds its audit table). */
export const entities = [Township, Household, Person, NeedsSurvey, BurdenNotice];
