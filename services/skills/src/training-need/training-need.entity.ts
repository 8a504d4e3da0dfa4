import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDateScalar, newId } from "@pa/service-kit";
import { TrainingNeedStatus } from "./training-need.enums";

/**
 * 培训需求 A poor person's need for free vocational skills training (R-TGT-3), opened by the
 * system when the registry's facts show labour capacity (FULL or PARTIAL) and willingness to train.
 * It closes as MET when the person completes a training — never because they exited poverty
 * (R-PRIN-1). At most one open need per person (`openKey` is the person id while open).
 */
@Entity({ tableName: "training_need" })
@Index({ properties: ["status", "townshipCode", "openedOn"] })
@Index({ properties: ["personId"] })
@ObjectType({ description: "培训需求 Training need (R-TGT-3)" })
export class TrainingNeed {
  [OptionalProps]?:
    | "version"
    | "createdAt"
    | "enrolledOn"
    | "metOn"
    | "metByEnrolmentId"
    | "closedOn"
    | "closeReason"
    | "openKey";

  @PrimaryKey({ type: "string", length: 26 })
  @Field(() => ID)
  id: string = newId();

  @Property({ type: "string", length: 26 })
  @Field(() => ID, { description: "人员编号 Person id" })
  personId!: string;

  @Property({ type: "string", length: 12 })
  @Field(() => String, { description: "镇街代码（人员当前所在镇街） Township code (the person's current)" })
  townshipCode!: string;

  @Enum({ items: () => TrainingNeedStatus, type: "string" })
  @Field(() => TrainingNeedStatus)
  status!: TrainingNeedStatus;

  /** The person id while the need is open (unique), null once closed: one open need per person. */
  @Property({ type: "string", length: 26, nullable: true })
  @Unique()
  openKey?: string | null;

  @Property({ type: "date" })
  @Field(() => LocalDateScalar, {
    description: "需求产生日期 Opened on (registration, or the update that made it)",
  })
  openedOn!: string;

  @Property({ type: "date", nullable: true })
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "首次报名日期（为空即缺口） First enrolment while open; null: on the gap list",
  })
  enrolledOn?: string | null;

  @Property({ type: "date", nullable: true })
  @Field(() => LocalDateScalar, { nullable: true, description: "完成培训日期 Met on (training completed)" })
  metOn?: string | null;

  @Property({ type: "string", length: 26, nullable: true })
  @Field(() => ID, { nullable: true, description: "完成的报名 The enrolment that met the need" })
  metByEnrolmentId?: string | null;

  @Property({ type: "date", nullable: true })
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "关闭日期 Closed on (met or no longer needed)",
  })
  closedOn?: string | null;

  @Property({ type: "string", length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: "关闭原因 Why it closed" })
  closeReason?: string | null;

  @Property({ type: "integer", version: true })
  @Field(() => Int, { description: "版本 Version" })
  version!: number;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();
}
