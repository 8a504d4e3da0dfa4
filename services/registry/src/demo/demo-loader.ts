import type { MikroORM } from "@mikro-orm/core";
import { withOutbox } from "@pa/events";
import { systemContext, systemIdentity, Unit, type Logger } from "@pa/service-kit";
import type { RegistryContext } from "../context";
import { Household } from "../household/household.entity";
import { ImportMode } from "../import/import.inputs";
import { ImportService } from "../import/import.service";
import { NeedsSurveyService } from "../needs-survey/needs-survey.service";
import { Person } from "../person/person.entity";
import { PersonService } from "../person/person.service";
import { TownshipService } from "../township/township.service";
import { demoCityToCsv, generateDemoCity } from "./demo-generator";

/**
 * Loads the fictional demo city on first run (an empty register) through the same services a
 * clerk uses, so every department hears about it through the usual events: townships, the people
 * by the register import, then exits and needs surveys.
 */
export async function loadDemoIfEmpty(orm: MikroORM, logger: Logger): Promise<boolean> {
  if ((await orm.em.fork().count(Person, {})) > 0) return false;
  const city = generateDemoCity();
  const identity = systemIdentity({ sub: "demo-loader", name: "演示数据", unit: Unit.PovertyOffice });
  const context = (name = identity.name): RegistryContext =>
    withOutbox(systemContext(orm, { ...identity, name }, logger));
  for (const t of city.townships) {
    await new TownshipService(context()).save({
      code: t.code,
      name: t.name,
      concentrated: t.concentrated,
      version: null,
    });
  }
  const report = await new ImportService(context()).importRegister({
    fileName: "demo.csv",
    contentBase64: Buffer.from(demoCityToCsv(city.people, city.households)).toString("base64"),
    dryRun: false,
    mode: ImportMode.ALL_OR_NOTHING,
  });
  if (!report.accepted) throw new Error(`demo import refused: ${JSON.stringify(report.errors.slice(0, 5))}`);

  const people = await orm.em.fork().find(Person, {}, { fields: ["id", "idNumber", "version"] });
  const idOf = new Map(people.map((p) => [p.idNumber, p]));
  const keyToPerson = new Map(city.people.map((p) => [p.key, idOf.get(p.idNumber)]));
  let exits = 0;
  for (const demo of city.people) {
    const person = idOf.get(demo.idNumber);
    if (demo.povertyStatus !== "EXITED" || !demo.exitedOn || !person) continue;
    await new PersonService(context()).recordExit({
      personId: person.id,
      version: person.version,
      exitedOn: demo.exitedOn,
    });
    exits += 1;
  }
  for (const s of city.surveys) {
    const person = keyToPerson.get(s.personKey);
    if (!person) continue;
    await new NeedsSurveyService(context(s.surveyedBy)).record({
      personId: person.id,
      surveyedOn: s.surveyedOn,
      needsWork: s.needsWork,
      needsTraining: s.needsTraining,
      needsEntrepreneurship: s.needsEntrepreneurship,
      note: s.note,
    });
  }
  const households = await orm.em.fork().count(Household, {});
  logger.info(
    {
      townships: city.townships.length,
      people: report.created,
      households,
      exits,
      surveys: city.surveys.length,
    },
    "demo city loaded",
  );
  return true;
}
