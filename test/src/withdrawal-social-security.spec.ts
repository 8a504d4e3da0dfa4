import {
  buildSocialSecuritySchema,
  createSocialSecurityApp,
  medicalParams,
  pensionParams,
  seedPolicy,
} from "@pa/social-security";
import { describeUndoneImport, holdings } from "./withdrawal.kit";

describeUndoneImport({
  name: "social-security",
  createApp: createSocialSecurityApp,
  sdl: async () => (await buildSocialSecuritySchema()).sdl,
  tables: ["person_facts", "enrolment", "enrolment_change", "premium_subsidy", "pension_ledger_entry"],
  async seed(h) {
    await seedPolicy(h, "MEDICAL", "2018-01-01", medicalParams());
    await seedPolicy(h, "PENSION", "2018-01-01", pensionParams());
  },
  // R-SS-1: two obligations each; R-SS-3: the two aged 60+ on the pension ledger.
  async built(h, ids) {
    const held = await holdings(h, ["enrolment", "pension_ledger_entry"], ids);
    return held.enrolment === 2 * ids.length && held.pension_ledger_entry === 2;
  },
});
