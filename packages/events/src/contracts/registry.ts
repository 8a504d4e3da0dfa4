import { z } from "zod";
import { defineEvent } from "../catalog";
import { aggregateVersion, entityId, isoDate } from "./common";

// Every schema here is `.strict()`: a payload with a key the contract does not name is refused at
// `outbox.add`. That is what keeps the ID-card number and phone (stored whole in registry only)
// from ever leaving it — adding `idNumber` to a payload fails the mutation, it does not leak.

/** 劳动能力 labour capacity (GLOSSARY.md). */
export const LaborCapacity = z.enum(["FULL", "PARTIAL", "NONE"]);
/** 劳动能力 labour capacity, as a type (`"FULL" | "PARTIAL" | "NONE"`). */
export type LaborCapacity = z.infer<typeof LaborCapacity>;
/** Registered (建档立卡) or exited (脱贫); an exit ends no entitlement (R-PRIN-1). */
export const PovertyStatus = z.enum(["REGISTERED", "EXITED"]);
/** Registered or exited, as a type (`"REGISTERED" | "EXITED"`). */
export type PovertyStatus = z.infer<typeof PovertyStatus>;
/** Sex as recorded on the ID card. */
export const Sex = z.enum(["MALE", "FEMALE"]);
/** Highest completed education; talent (R-TAL-3) reads it with `graduationDate`. */
export const Education = z.enum([
  "NONE",
  "PRIMARY",
  "JUNIOR_SECONDARY",
  "SENIOR_SECONDARY",
  "VOCATIONAL",
  "JUNIOR_COLLEGE",
  "BACHELOR",
  "POSTGRADUATE",
]);

/** The household flags that are exam-exemption grounds (R-TAL-3) and targeting facts. */
export const HouseholdFlags = z
  .object({
    /** 城镇零就业家庭 */
    urbanZeroEmployment: z.boolean(),
    /** 农村零转移就业贫困家庭 */
    ruralZeroTransferEmployment: z.boolean(),
    /** 低保 */
    minimumLivingGuarantee: z.boolean(),
  })
  .strict();

/**
 * The facts about a poor person that other departments decide on. Deliberately without `idNumber`,
 * `phone` or the name: consumers key on `personId` and fetch more through the graph if their role
 * allows it.
 */
export const PersonFacts = z
  .object({
    personId: entityId,
    version: aggregateVersion,
    townshipCode: z.string().min(1),
    village: z.string().min(1),
    householdId: entityId,
    birthDate: isoDate,
    sex: Sex,
    laborCapacity: LaborCapacity,
    willingToWork: z.boolean(),
    willingToTrain: z.boolean(),
    entrepreneurshipCapacity: z.boolean(),
    entrepreneurshipIntention: z.boolean(),
    disabilityCertificate: z.boolean(),
    povertyStatus: PovertyStatus,
    registeredOn: isoDate,
    exitedOn: isoDate.nullable(),
    household: HouseholdFlags,
    education: Education.nullable(),
    graduationDate: isoDate.nullable(),
  })
  .strict();

/** The names of {@link PersonFacts} fields, for `changedFields` (never idNumber or phone). */
export const PersonFactField = z.enum(
  Object.keys(PersonFacts.shape).filter((k) => k !== "personId" && k !== "version") as [string, ...string[]],
);

/** 建档立卡 A person entered the poverty register (R-REQ-2). Everyone who assists the poor reacts. */
export const PersonRegistered = defineEvent("pa.registry.person.registered.v1", PersonFacts, {
  producer: "registry",
  description:
    "A poor person was entered into the register (建档立卡). Carries the facts each department decides on; never the ID-card number or phone.",
  consumers: ["employment", "entrepreneurship", "skills", "social-security", "talent", "supervision"],
  subjectOf: (d) => d.personId,
});

/**
 * A registered person's facts changed. Carries the whole new fact set with its version, plus which
 * fields changed, so a consumer can ignore changes it does not care about and apply the rest
 * without asking registry.
 */
export const PersonUpdated = defineEvent(
  "pa.registry.person.updated.v1",
  PersonFacts.extend({ changedFields: z.array(PersonFactField).min(1) }).strict(),
  {
    producer: "registry",
    description:
      "A registered person's facts changed: the new facts, the new version and the names of the changed fields.",
    consumers: ["employment", "entrepreneurship", "skills", "social-security", "talent", "supervision"],
    subjectOf: (d) => d.personId,
  },
);

/** 脱贫 A person exited poverty. Changes no entitlement anywhere (R-PRIN-1, 脱贫不脱政策). */
export const PersonExited = defineEvent(
  "pa.registry.person.exited.v1",
  z
    .object({
      personId: entityId,
      version: aggregateVersion,
      townshipCode: z.string().min(1),
      village: z.string().min(1),
      householdId: entityId,
      povertyStatus: z.literal("EXITED"),
      registeredOn: isoDate,
      exitedOn: isoDate,
    })
    .strict(),
  {
    producer: "registry",
    description:
      "A person exited poverty (脱贫). Consumers record the status; no entitlement ends (R-PRIN-1).",
    consumers: ["employment", "social-security", "supervision"],
    subjectOf: (d) => d.personId,
  },
);

/**
 * 撤销登记 A registration that never took effect: a register import wrote this person in an early
 * chunk, a later chunk failed, and the whole import was undone (all or nothing toward the clerk).
 * Published only when the person's `registered` event had already left the outbox; a consumer drops
 * what it built for the person (and for the household when `householdWithdrawn`). Consumers keep
 * person facts through the kit's `defineWithdrawal` (packages/events/src/withdrawal.ts).
 */
export const PersonWithdrawn = defineEvent(
  "pa.registry.person.withdrawn.v1",
  z
    .object({
      personId: entityId,
      version: aggregateVersion,
      householdId: entityId,
      householdWithdrawn: z.boolean(),
      reason: z.literal("IMPORT_UNDONE"),
    })
    .strict(),
  {
    producer: "registry",
    description:
      "A registration was withdrawn before it took effect: the register import that wrote it failed part-way and was undone; consumers drop what they built for the person. It withdraws the registration the id holds whatever its version; a later registration of the same id must carry a higher version than any event of the withdrawn one.",
    consumers: ["employment", "social-security", "skills"],
    subjectOf: (d) => d.personId,
  },
);

/** 需求调查 A needs survey was recorded for a person (R-REQ-2): what they need now. */
export const NeedsSurveyed = defineEvent(
  "pa.registry.needs.surveyed.v1",
  z
    .object({
      surveyId: entityId,
      personId: entityId,
      townshipCode: z.string().min(1),
      village: z.string().min(1),
      surveyedOn: isoDate,
      /** 就业需求 */
      needsWork: z.boolean(),
      /** 培训需求 */
      needsTraining: z.boolean(),
      /** 创业需求 */
      needsEntrepreneurship: z.boolean(),
    })
    .strict(),
  {
    producer: "registry",
    description:
      "A needs survey (调查摸底) recorded whether a person needs work, training or entrepreneurship support.",
    consumers: ["entrepreneurship", "skills", "supervision"],
    subjectOf: (d) => d.personId,
  },
);

/** 镇街 A township was created or changed; `concentrated` decides where job fairs are due (R-EMP-4). */
export const TownshipUpdated = defineEvent(
  "pa.registry.township.updated.v1",
  z
    .object({
      code: z.string().min(1),
      version: aggregateVersion,
      name: z.string().min(1),
      /** 贫困人口集中的镇街 */
      concentrated: z.boolean(),
    })
    .strict(),
  {
    producer: "registry",
    description: "A township was created or changed (name, whether poor people are concentrated there).",
    consumers: ["employment", "skills", "supervision"],
    subjectOf: (d) => d.code,
  },
);

/** A household's flags or location changed; talent and social security read the flags. */
export const HouseholdUpdated = defineEvent(
  "pa.registry.household.updated.v1",
  z
    .object({
      householdId: entityId,
      version: aggregateVersion,
      townshipCode: z.string().min(1),
      village: z.string().min(1),
      /** Registered members, so a consumer can re-derive each member's grounds. */
      memberIds: z.array(entityId),
      flags: HouseholdFlags,
      changedFields: z
        .array(
          z.enum([
            "townshipCode",
            "village",
            "memberIds",
            "urbanZeroEmployment",
            "ruralZeroTransferEmployment",
            "minimumLivingGuarantee",
          ]),
        )
        .min(1),
    })
    .strict(),
  {
    producer: "registry",
    description:
      "A household's flags (zero-employment, zero-transfer-employment, minimum living guarantee), location or members changed.",
    consumers: ["skills", "talent", "supervision"],
    subjectOf: (d) => d.householdId,
  },
);
