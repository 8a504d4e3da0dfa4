import type DataLoader from "dataloader";
import {
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  ObjectType,
  Resolver,
  Root,
  type ClassType,
} from "type-graphql";
import type { FilterQuery } from "@mikro-orm/core";
import { inTownshipScope } from "../auth/township-scope";
import { requireIdentity, type ServiceContext } from "../context";
import { AuditEntry } from "../db/audit.entity";
import { findLean } from "../db/lean";
import { groupLoader } from "../db/loaders";

/**
 * 经办记录 One audited change about a person, as 一人一档's timeline shows it: what was done (in
 * Chinese), when, and who did it (unit, roles, name). Every subgraph that exposes its audit trail
 * per person defines the same type (shareable).
 */
@ObjectType({ description: "经办记录 One recorded change about a person: what, when and who (audit trail)" })
@Directive("@shareable")
export class ActivityEntry {
  @Field(() => ID, { description: "审计记录编号 Audit entry id" })
  id!: string;

  @Field(() => Date, { description: "办理时间 When the change was recorded" })
  at!: Date;

  @Field(() => String, { description: "操作名（接口名） The mutation's name, e.g. recordJobOffer" })
  action!: string;

  @Field(() => String, { description: "办理事项 What was done, in Chinese" })
  description!: string;

  @Field(() => String, { description: "经办人账号 The actor's user id (`system` for the system)" })
  actorId!: string;

  @Field(() => String, { nullable: true, description: "经办人姓名 The actor's name, when known" })
  actorName!: string | null;

  @Field(() => String, { description: "经办单位 The actor's unit (`system` for the system)" })
  actorUnit!: string;

  @Field(() => [String], { description: "经办人角色 The actor's roles (empty for the system)" })
  actorRoles!: string[];

  @Field(() => String, { description: "所涉记录类型 The entity changed, e.g. JobOffer" })
  entityName!: string;

  @Field(() => ID, { description: "所涉记录编号 The id of the row changed" })
  entityId!: string;
}

/**
 * What an audited action reads as: a fixed text, or one made from the entry's recorded `after`
 * (`出勤` or `缺勤` from the row's `present`, the amount of a claim line), for an action whose
 * entries differ in what matters to the person.
 */
export type ActivityDescription = string | ((after: Record<string, unknown> | null) => string);

/**
 * What each audited action reads as on the timeline, in Chinese. A key is an action
 * (`recordJobOffer`), an action on one entity only (`NeedsSurvey:recordNeedsSurvey`, when one
 * request audits two rows under the same action), or a prefix ending in `.` (`"pension.": …`, every
 * action it starts). Actions not listed (projections, withdrawals: the system's bookkeeping) are
 * left off the timeline.
 */
export type ActivityActions = Readonly<Record<string, ActivityDescription>>;

function describe(
  actions: ActivityActions,
  entityName: string,
  action: string,
  after: Record<string, unknown> | null,
): string | undefined {
  const dot = action.indexOf(".");
  const found =
    actions[`${entityName}:${action}`] ??
    actions[action] ??
    (dot > 0 ? actions[action.slice(0, dot + 1)] : undefined);
  return typeof found === "function" ? found(after) : found;
}

/** The audit entry's columns an activity entry is made of (besides `after`). */
const ENTRY_COLUMNS = [
  "at",
  "action",
  "actor",
  "actorName",
  "actorUnit",
  "actorRoles",
  "entityName",
  "entityId",
  "subjectId",
] as const satisfies readonly (keyof AuditEntry)[];

/**
 * The listed actions' audit entries per person, newest first: one statement per batch of up to
 * 1,000 people (`groupLoader`), so a page of people costs a constant number of statements.
 */
export function activityLoader(
  ctx: Pick<ServiceContext, "em" | "loaders">,
  actions: ActivityActions,
): DataLoader<string, ActivityEntry[]> {
  const exact = Object.keys(actions)
    .filter((a) => !a.endsWith("."))
    .map((a) => a.slice(a.indexOf(":") + 1));
  const prefixes = Object.keys(actions).filter((a) => a.endsWith("."));
  const byAction: FilterQuery<AuditEntry>[] = [
    { action: { $in: exact } },
    ...prefixes.map((p) => ({ action: { $like: `${p}%` } })),
  ];
  // Only what an entry shows: never `before` (a whole snapshot of the record, the largest
  // column), and `after` only when some description is made from it (issue 10 item 4).
  const fields = [
    ...ENTRY_COLUMNS,
    ...(Object.values(actions).some((d) => typeof d === "function") ? ["after"] : []),
  ];
  return groupLoader(
    ctx,
    "kit.person-activity",
    async (ids) => {
      const rows = await findLean(
        ctx.em,
        AuditEntry,
        { subjectId: { $in: ids }, $or: byAction },
        { fields, orderBy: { at: "DESC", id: "DESC" } },
      );
      return rows.flatMap((r) => {
        const description = describe(actions, r.entityName, r.action, r.after ?? null);
        if (description === undefined) return [];
        const entry: ActivityEntry & { subjectId: string } = {
          id: r.id,
          at: r.at,
          action: r.action,
          description,
          actorId: r.actor,
          actorName: r.actorName ?? null,
          actorUnit: r.actorUnit,
          actorRoles: r.actorRoles ? r.actorRoles.split(",").filter(Boolean) : [],
          entityName: r.entityName,
          entityId: r.entityId,
          subjectId: r.subjectId ?? "",
        };
        return [entry];
      });
    },
    (e) => e.subjectId,
  );
}

/** Options of {@link personActivityResolver}. */
export interface PersonActivityOptions<P extends { id: string }, C extends ServiceContext> {
  /** The service's `Person` class: the registry's entity, or another service's key-only stub. */
  person: ClassType<P>;
  /** The field's name, one per service so the subgraphs' fields do not clash (`employmentActivity`). */
  field: string;
  description: string;
  actions: ActivityActions;
  /**
   * The person's township as this service knows it (null when unknown here), for the caller's
   * township scope. Batch it (a loader): the field is asked for a page of people at once.
   */
  townshipOf(ctx: C, person: P): Promise<string | null | undefined> | string | null | undefined;
}

/**
 * The resolver of a service's `Person.<field>: [ActivityEntry!]`: the person's audited changes in
 * this service (what, when, who), newest first; null outside the caller's townships. One class per
 * service; list it in the schema's resolvers. The console merges the services' lists.
 */
export function personActivityResolver<P extends { id: string }, C extends ServiceContext>(
  opts: PersonActivityOptions<P, C>,
): ClassType {
  @Resolver(() => opts.person)
  class PersonActivityResolver {
    @FieldResolver(() => [ActivityEntry], {
      name: opts.field,
      nullable: true,
      description: opts.description,
    })
    async activity(@Root() person: P, @Ctx() ctx: C): Promise<ActivityEntry[] | null> {
      const identity = requireIdentity(ctx);
      if (identity.townships.length > 0) {
        const township = await opts.townshipOf(ctx, person);
        if (!township || !inTownshipScope(identity, township)) return null;
      }
      return activityLoader(ctx, opts.actions).load(person.id);
    }
  }
  return PersonActivityResolver;
}
