import "reflect-metadata";
import { runService } from "@pa/service-kit";
import { createSkillsApp, SERVICE } from "./app";
import { skillsConfig } from "./config";

await runService({
  name: SERVICE,
  config: skillsConfig,
  loadDemo: (c) => c.SKILLS_LOAD_DEMO,
  app: (deps) => createSkillsApp(deps),
});
