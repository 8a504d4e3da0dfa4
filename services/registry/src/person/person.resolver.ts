import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import {
  ageOn,
  businessDate,
  ConnectionType,
  LocalDateScalar,
  maySeePersonalData,
  PageArgs,
  selectsTotalCount,
  Unit,
} from "@pa/service-kit";
import type { GraphQLResolveInfo } from "graphql";
import type { RegistryContext } from "../context";
import { Household } from "../household/household.entity";
import { NeedsSurvey } from "../needs-survey/needs-survey.entity";
import { maskIdNumber, maskPhone } from "./id-number.rules";
import { Person } from "./person.entity";
import { PeopleArgs, RecordExitInput, RegisterPersonInput, UpdatePersonInput } from "./person.inputs";
import {
  burdenNoticesLoader,
  householdLoader,
  isWithheld,
  surveysLoader,
  WITHHELD_TEXT,
} from "./person.loaders";
import { BurdenNotice } from "../burden-notice/burden-notice.entity";
import { PersonService } from "./person.service";

@ObjectType("PersonConnection", { description: "人员列表 A page of people" })
export class PersonConnection extends ConnectionType(Person) {}

/** Who registers and edits people: the poverty office anywhere, township centres in their townships. */
const REGISTER_WRITERS = [Unit.PovertyOffice, Unit.TownshipCentre];
/**
 * Who records an exit from poverty: only the poverty office (its clerks and managers). 脱贫 is the
 * poverty office's decision (ARCHITECTURE.md, issue 9 item 18); a township centre registers people
 * and records their needs but does not decide that a household has left poverty.
 */
const EXIT_DECIDERS = [Unit.PovertyOffice];

@Resolver(() => Person)
export class PersonResolver {
  @Authorized()
  @Query(() => Person, {
    nullable: true,
    description: "按编号查人员 A person by id (null outside your townships)",
  })
  person(@Arg("id", () => ID) id: string, @Ctx() ctx: RegistryContext): Promise<Person | null> {
    return new PersonService(ctx).get(id);
  }

  @Authorized()
  @Query(() => PersonConnection, { description: "人员列表 People, filtered and paginated" })
  people(
    @Args(() => PeopleArgs) args: PeopleArgs,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RegistryContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PersonConnection> {
    // count(*) over the whole filter only when the page shows the total (issue 10 item 2).
    return new PersonService(ctx).list(args.filter, page, { count: selectsTotalCount(info), lean: true });
  }

  @Authorized(...REGISTER_WRITERS)
  @Mutation(() => Person, { description: "登记贫困人口 Register a poor person" })
  registerPerson(
    @Arg("input", () => RegisterPersonInput) input: RegisterPersonInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<Person> {
    return new PersonService(ctx).register(input);
  }

  @Authorized(...REGISTER_WRITERS)
  @Mutation(() => Person, { description: "修改贫困人口信息 Update a poor person" })
  updatePerson(
    @Arg("input", () => UpdatePersonInput) input: UpdatePersonInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<Person> {
    return new PersonService(ctx).update(input);
  }

  @Authorized(...EXIT_DECIDERS)
  @Mutation(() => Person, {
    description:
      "记录脱贫（扶贫办认定） Record an exit from poverty, decided by the poverty office (R-PRIN-1)",
  })
  recordExit(
    @Arg("input", () => RecordExitInput) input: RecordExitInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<Person> {
    return new PersonService(ctx).recordExit(input);
  }

  @FieldResolver(() => String, { description: "身份证号 ID-card number; masked unless your role may see it" })
  idNumber(@Root() person: Person, @Ctx() ctx: RegistryContext): string {
    if (isWithheld(person)) return WITHHELD_TEXT;
    return maySeePersonalData(ctx.identity) ? person.idNumber : maskIdNumber(person.idNumber);
  }

  @FieldResolver(() => String, { description: "身份证号（脱敏） ID-card number, masked" })
  idNumberMasked(@Root() person: Person): string {
    if (isWithheld(person)) return WITHHELD_TEXT;
    return maskIdNumber(person.idNumber);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "手机号 Phone; masked unless your role may see it",
  })
  phone(@Root() person: Person, @Ctx() ctx: RegistryContext): string | null {
    if (isWithheld(person) || !person.phone) return null;
    return maySeePersonalData(ctx.identity) ? person.phone : maskPhone(person.phone);
  }

  @FieldResolver(() => Int, {
    description: "年龄 Age in whole years on a date (default today, Asia/Shanghai)",
  })
  age(
    @Root() person: Person,
    @Arg("on", () => LocalDateScalar, { nullable: true }) on?: string | null,
  ): number {
    return ageOn(person.birthDate, on ?? businessDate());
  }

  @FieldResolver(() => Household, { description: "所在户 Household" })
  async household(@Root() person: Person, @Ctx() ctx: RegistryContext): Promise<Household> {
    const h = await householdLoader(ctx).load(person.householdId);
    if (!h) throw new Error(`household ${person.householdId} of person ${person.id} is missing`);
    return h;
  }

  @FieldResolver(() => Boolean, { description: "是否户主 Head of the household" })
  async isHead(@Root() person: Person, @Ctx() ctx: RegistryContext): Promise<boolean> {
    return (await householdLoader(ctx).load(person.householdId))?.headId === person.id;
  }

  @FieldResolver(() => [NeedsSurvey], { description: "需求调查（新→旧） Needs surveys, newest first" })
  async needsSurveys(@Root() person: Person, @Ctx() ctx: RegistryContext): Promise<NeedsSurvey[]> {
    if (isWithheld(person)) return [];
    return surveysLoader(ctx).load(person.id);
  }

  @FieldResolver(() => NeedsSurvey, { nullable: true, description: "最近一次需求调查 Latest needs survey" })
  async latestNeedsSurvey(@Root() person: Person, @Ctx() ctx: RegistryContext): Promise<NeedsSurvey | null> {
    if (isWithheld(person)) return null;
    return (await surveysLoader(ctx).load(person.id))[0] ?? null;
  }

  @FieldResolver(() => [BurdenNotice], {
    description: "因病致贫通报（新→旧） Heavy medical burdens reported (R-SS-5)",
  })
  async burdenNotices(@Root() person: Person, @Ctx() ctx: RegistryContext): Promise<BurdenNotice[]> {
    if (isWithheld(person)) return [];
    return burdenNoticesLoader(ctx).load(person.id);
  }
}
