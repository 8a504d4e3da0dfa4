import type { MikroORM } from "@mikro-orm/core";
import { LoaderCache, Role, Unit, type Logger } from "@pa/service-kit";
import { ImportService } from "../import/import.service";
import { Person } from "../person/person.entity";
import { PovertyStatus } from "../person/person.enums";
import { Township } from "../township/township.entity";
import { NeedsSurvey } from "../needs-survey/needs-survey.entity";
import { demoCityToCsv, generateDemoCity } from "./demo-generator";

/**
 * Loads the fictional demo city on first run (an empty register): townships, then the people
 * through the same import path a clerk's file takes, then exits and needs surveys.
 */
export async function loadDemoIfEmpty(orm: MikroORM, logger: Logger): Promise<boolean> {
  const em = orm.em.fork();
  if ((await em.count(Person, {})) > 0) return false;
  const city = generateDemoCity();
  const ctx = {
    requestId: "demo-loader",
    traceparent: undefined,
    identity: {
      sub: "demo-loader",
      name: "演示数据",
      unit: Unit.PovertyOffice,
      roles: [Role.Manager],
      townships: [],
    },
    em,
    log: logger,
    loaders: new LoaderCache(),
  };
  await em.transactional(async (tx) => {
    for (const t of city.townships)
      tx.create(Township, { code: t.code, name: t.name, concentrated: t.concentrated });
  });
  const csv = demoCityToCsv(city.people, city.households);
  const report = await new ImportService(ctx).importRegister({
    fileName: "demo.csv",
    contentBase64: Buffer.from(csv).toString("base64"),
    dryRun: false,
  });
  if (!report.accepted) throw new Error(`demo import refused: ${JSON.stringify(report.errors.slice(0, 5))}`);
  const byId = new Map(city.people.map((p) => [p.idNumber, p]));
  await em.fork().transactional(async (tx) => {
    const people = await tx.find(Person, {});
    const idOf = new Map<string, string>();
    for (const person of people) {
      const demo = byId.get(person.idNumber);
      if (!demo) continue;
      idOf.set(demo.key, person.id);
      if (demo.povertyStatus === "EXITED" && demo.exitedOn) {
        person.povertyStatus = PovertyStatus.EXITED;
        person.exitedOn = demo.exitedOn;
      }
    }
    for (const s of city.surveys) {
      const personId = idOf.get(s.personKey);
      if (!personId) continue;
      tx.create(NeedsSurvey, {
        personId,
        surveyedOn: s.surveyedOn,
        surveyedBy: s.surveyedBy,
        surveyorUnit: Unit.TownshipCentre,
        needsWork: s.needsWork,
        needsTraining: s.needsTraining,
        needsEntrepreneurship: s.needsEntrepreneurship,
        note: s.note,
      });
    }
  });
  logger.info(
    { townships: city.townships.length, people: report.created, households: report.householdsCreated },
    "demo city loaded",
  );
  return true;
}
