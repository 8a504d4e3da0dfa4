import { buildEmploymentSchema, createEmploymentApp } from "@pa/employment";
import { describeUndoneImport, holdings } from "./withdrawal.kit";

describeUndoneImport({
  name: "employment",
  createApp: createEmploymentApp,
  sdl: async () => (await buildEmploymentSchema()).sdl,
  tables: ["person_facts", "assistance_case", "job_readiness"],
  // R-EMP-3 / R-TGT-1: everyone in the file is able and willing, so each has a case.
  built: async (h, ids) => (await holdings(h, ["assistance_case"], ids)).assistance_case === ids.length,
});
