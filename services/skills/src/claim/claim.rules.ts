import type { TrainingSubsidy } from "../policy/policy.kinds";
import { ClaimLineBasis, ClaimLineOutcome, ClaimLineRefusal } from "./claim.enums";

/** What the rule knows about one trainee the institution claims for. */
export interface ClaimCandidate {
  personId: string;
  /** Known to this service as a registered poor person (and not withdrawn). */
  registeredPoor: boolean;
  /** The trainee's enrolment in the claimed project, if any. */
  enrolment: { id: string; completed: boolean; attendanceBp: number; townshipCode: string } | null;
  /** A payable line of a claim not refused, on this or another project. */
  alreadyClaimed: boolean;
}

/** One computed line. */
export interface ComputedLine {
  personId: string;
  enrolmentId: string | null;
  townshipCode: string | null;
  outcome: ClaimLineOutcome;
  basis: ClaimLineBasis | null;
  refusal: ClaimLineRefusal | null;
  attendanceBp: number | null;
  amountFen: number;
}

/**
 * 直接补贴培训机构 A claim line, computed (R-SKL-1): a verified completion pays the price; a
 * trainee who did not complete pays the policy's `partialPayBp` share of the price (rounded down
 * to the fen) when they attended at least `partialAttendanceBp` and the share is above 0; anyone
 * else is refused — not a registered poor person, not enrolled in the project, already claimed on
 * a project, or not completed. The checks go in that order, so a line names its first reason.
 */
export function claimLine(
  c: ClaimCandidate,
  price: number,
  rule: Pick<TrainingSubsidy, "partialAttendanceBp" | "partialPayBp">,
): ComputedLine {
  const base = {
    personId: c.personId,
    enrolmentId: c.enrolment?.id ?? null,
    townshipCode: c.enrolment?.townshipCode ?? null,
    attendanceBp: c.enrolment?.attendanceBp ?? null,
  };
  const refuse = (refusal: ClaimLineRefusal): ComputedLine => ({
    ...base,
    outcome: ClaimLineOutcome.REFUSED,
    basis: null,
    refusal,
    amountFen: 0,
  });
  if (!c.registeredPoor) return refuse(ClaimLineRefusal.NOT_REGISTERED_POOR);
  if (!c.enrolment) return refuse(ClaimLineRefusal.NOT_ENROLLED);
  if (c.alreadyClaimed) return refuse(ClaimLineRefusal.ALREADY_CLAIMED);
  if (c.enrolment.completed)
    return {
      ...base,
      outcome: ClaimLineOutcome.PAYABLE,
      basis: ClaimLineBasis.COMPLETED,
      refusal: null,
      amountFen: price,
    };
  if (rule.partialPayBp > 0 && c.enrolment.attendanceBp >= rule.partialAttendanceBp)
    return {
      ...base,
      outcome: ClaimLineOutcome.PAYABLE,
      basis: ClaimLineBasis.PARTIAL,
      refusal: null,
      amountFen: Math.floor((price * rule.partialPayBp) / 10_000),
    };
  return refuse(ClaimLineRefusal.NOT_COMPLETED);
}
