import { Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import { inTownshipScope, requireIdentity } from "@pa/service-kit";
import type { SkillsContext } from "../context";
import { TrainingCertificate } from "../enrolment/certificate.entity";
import { TrainingEnrolment } from "../enrolment/enrolment.entity";
import { EnrolmentStatus } from "../enrolment/enrolment.enums";
import { TrainingNeed } from "../training-need/training-need.entity";
import { TrainingNeedStatus } from "../training-need/training-need.enums";
import { personLoaders } from "./person.loaders";
import { Person } from "./person.stub";

/** 技能扶贫情况 This service's view of a person (一人一档), resolved in batches. */
@ObjectType({ description: "技能扶贫情况 A person's skills training (一人一档)" })
export class PersonSkills {
  @Field(() => ID)
  personId!: string;
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => PersonSkills, {
    nullable: true,
    description: "技能扶贫情况（镇街范围外为空） Skills training; null outside your townships",
  })
  async skills(@Root() person: Person, @Ctx() ctx: SkillsContext): Promise<PersonSkills | null> {
    const identity = requireIdentity(ctx);
    if (identity.townships.length > 0) {
      const facts = await personLoaders.facts(ctx).load(person.id);
      if (!facts || !inTownshipScope(identity, facts.townshipCode)) return null;
    }
    return { personId: person.id };
  }
}

@Resolver(() => PersonSkills)
export class PersonSkillsResolver {
  @FieldResolver(() => [TrainingNeed], { description: "培训需求（新→旧） Training needs, newest first" })
  needs(@Root() s: PersonSkills, @Ctx() ctx: SkillsContext): Promise<TrainingNeed[]> {
    return personLoaders.needs(ctx).load(s.personId);
  }

  @FieldResolver(() => TrainingNeed, { nullable: true, description: "待培训需求 The open need, if any" })
  async openNeed(@Root() s: PersonSkills, @Ctx() ctx: SkillsContext): Promise<TrainingNeed | null> {
    return (
      (await personLoaders.needs(ctx).load(s.personId)).find((n) => n.status === TrainingNeedStatus.OPEN) ??
      null
    );
  }

  @FieldResolver(() => [TrainingEnrolment], { description: "培训报名（新→旧） Enrolments, newest first" })
  enrolments(@Root() s: PersonSkills, @Ctx() ctx: SkillsContext): Promise<TrainingEnrolment[]> {
    return personLoaders.enrolments(ctx).load(s.personId);
  }

  @FieldResolver(() => [TrainingEnrolment], { description: "已结业的培训 Completed trainings" })
  async completions(@Root() s: PersonSkills, @Ctx() ctx: SkillsContext): Promise<TrainingEnrolment[]> {
    return (await personLoaders.enrolments(ctx).load(s.personId)).filter(
      (e) => e.status === EnrolmentStatus.COMPLETED,
    );
  }

  @FieldResolver(() => [TrainingCertificate], { description: "证书（新→旧） Certificates, newest first" })
  certificates(@Root() s: PersonSkills, @Ctx() ctx: SkillsContext): Promise<TrainingCertificate[]> {
    return personLoaders.certificates(ctx).load(s.personId);
  }
}
