import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { businessDate, ConnectionType, LocalDateScalar, PageArgs, Unit } from "@pa/service-kit";
import type { SocialSecurityContext } from "../context";
import { Person } from "../person/person.stub";
import { PensionLedgerEntry } from "./pension-ledger.entity";
import { PensionStatus } from "./pension.enums";
import { PensionLedgerFilter, PensionLedgerRun, PensionStepInput } from "./pension.inputs";
import { PensionService } from "./pension.service";

@ObjectType("PensionLedgerConnection", { description: "养老待遇扶贫台账 A page of the pension ledger" })
export class PensionLedgerConnection extends ConnectionType(PensionLedgerEntry) {}

@Resolver(() => PensionLedgerEntry)
export class PensionResolver {
  @Authorized(Unit.PensionCentre)
  @Mutation(() => PensionLedgerRun, {
    description:
      "运行养老待遇台账 Put everyone aged 60+ on the date on the pension ledger (also runs daily) (R-SS-3)",
  })
  runPensionLedger(
    @Arg("date", () => LocalDateScalar) date: string,
    @Ctx() ctx: SocialSecurityContext,
  ): Promise<PensionLedgerRun> {
    return new PensionService(ctx).run(date);
  }

  @Authorized(Unit.PensionCentre)
  @Mutation(() => PensionLedgerEntry, {
    description: "记录一次性补缴 Record the one-time back-payment (PENDING → BACK_PAID)",
  })
  recordPensionBackPayment(
    @Arg("input", () => PensionStepInput) input: PensionStepInput,
    @Ctx() ctx: SocialSecurityContext,
  ): Promise<PensionLedgerEntry> {
    return new PensionService(ctx).step(PensionStatus.BACK_PAID, input);
  }

  @Authorized(Unit.PensionCentre)
  @Mutation(() => PensionLedgerEntry, {
    description: "记录待遇申领 Record the benefit claim (BACK_PAID → CLAIMED)",
  })
  recordPensionClaim(
    @Arg("input", () => PensionStepInput) input: PensionStepInput,
    @Ctx() ctx: SocialSecurityContext,
  ): Promise<PensionLedgerEntry> {
    return new PensionService(ctx).step(PensionStatus.CLAIMED, input);
  }

  @Authorized(Unit.PensionCentre)
  @Mutation(() => PensionLedgerEntry, {
    description: "开始发放待遇 Start paying the benefit (CLAIMED → PAYING)",
  })
  startPensionPayment(
    @Arg("input", () => PensionStepInput) input: PensionStepInput,
    @Ctx() ctx: SocialSecurityContext,
  ): Promise<PensionLedgerEntry> {
    return new PensionService(ctx).step(PensionStatus.PAYING, input);
  }

  @Authorized()
  @Query(() => PensionLedgerConnection, { description: "养老待遇扶贫台账 The pension poverty ledger" })
  pensionLedger(
    @Arg("filter", () => PensionLedgerFilter, { nullable: true }) filter: PensionLedgerFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SocialSecurityContext,
  ): Promise<PensionLedgerConnection> {
    return new PensionService(ctx).list(filter, page);
  }

  @Authorized()
  @Query(() => PensionLedgerConnection, {
    description: "逾期未补缴 Entries still PENDING more than `days` days after they were put on the ledger",
  })
  overduePensionEntries(
    @Arg("asOf", () => LocalDateScalar, { nullable: true }) asOf: string | null,
    @Arg("days", () => Int, { defaultValue: 30 }) days: number,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SocialSecurityContext,
  ): Promise<PensionLedgerConnection> {
    return new PensionService(ctx).overdue(asOf ?? businessDate(), days, page);
  }

  @FieldResolver(() => Person, { description: "台账人员 The person (name and ID number from the registry)" })
  person(@Root() e: PensionLedgerEntry): Person {
    return { id: e.personId };
  }
}
