import { writeFileSync } from "node:fs";
import { getNamedType } from "graphql";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildEmploymentSchema, createEmploymentApp } from "@pa/employment";
import { buildRegistrySchema, createRegistryApp, syntheticId } from "@pa/registry";
import { buildSkillsSchema, createSkillsApp } from "@pa/skills";
import { buildSocialSecuritySchema, createSocialSecurityApp } from "@pa/social-security";
import { newId, SeededRandom, type Dialect, type Identity, type Orm } from "@pa/service-kit";
import { callers, T1, testDialects, waitFor, type GqlResult } from "@pa/testing";
import {
  casesFor,
  NoGeneratorError,
  supergraphMutations,
  wellFormedCall,
  type Baseline,
  type FuzzCase,
} from "./fuzz/mutation-fuzz";
import { fuzzCreditCode, makeSkillsFuzzFixtures, type SkillsFuzzFixtures } from "./fuzz/skills-fixtures";
import { startFederation, type Federation } from "./testkit";

/**
 * The mutation fuzz of issue 9 ("Done when"): over a thousand malformed inputs across every
 * mutation of the committed supergraph, through the real gateway, subgraphs, NATS and database.
 * No internal error, every input refusal names its field, no row of any table of any service
 * changes, and no whole ID number in any log line of any process.
 *
 * On both dialects (about 45 s each on two cores); `TEST_DIALECTS=postgresql` narrows it.
 * `FUZZ_SEED=n` replays a run (the seed is printed with the summary: inputs sent, refusals by code
 * per mutation); `FUZZ_REPORT=file` writes every case and answer there.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_190_601);
const CONCURRENCY = 4;
const SUPERGRAPH = fileURLToPath(new URL("../../gateway/supergraph.graphql", import.meta.url));
/** 17 digits and a check character: a whole ID-card number. */
const WHOLE_ID_NUMBER = /\d{17}[\dXx]/;
/** A refusal's reason: Chinese (outside any quoted value), " / ", then English. */
const BILINGUAL = /[\u4e00-\u9fff].* \/ [A-Za-z]/s;
const QUOTED = /"(?:[^"\\]|\\.)*"/g;
/** The gateway's limits on the document (depth, aliases, cost, length): they name the limit, not a field. */
const LIMIT_CODES = new Set(["QUERY_TOO_DEEP", "TOO_MANY_ALIASES", "QUERY_TOO_COMPLEX", "QUERY_TOO_LONG"]);

/** Who may call what: each unit's manager, bureau-wide; the first that is not refused is used. */
const CANDIDATES: Identity[] = [
  callers.povertyOffice.manager(),
  callers.hrCentre.manager(),
  callers.medicalCentre.manager(),
  callers.pensionCentre.manager(),
  callers.townshipCentre.manager(),
  callers.bureau.manager(),
];

type Counts = Record<string, number>;

async function tableCounts(dialect: Dialect, service: string, orm: Orm): Promise<Counts> {
  const conn = orm.em.getConnection();
  const tables: { name: string }[] =
    dialect === "postgresql"
      ? await conn.execute(
          `select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`,
        )
      : await conn.execute(
          `select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`,
        );
  const out: Counts = {};
  for (const { name } of tables) {
    const [row] = await conn.execute<{ n: number | string }[]>(`select count(*) as n from "${name}"`);
    out[`${service}.${name}`] = Number(row?.n ?? 0);
  }
  return out;
}

interface Outcome {
  c: FuzzCase;
  r: GqlResult<unknown>;
}

describe.each(testDialects())(
  "the mutation fuzz (issue 9, Done when) on %s: malformed inputs change nothing and are refused by field",
  (dialect) => {
    let fed: Federation;
    const lines: string[] = [];
    const restore: (() => void)[] = [];
    const { mutations: all } = supergraphMutations(SUPERGRAPH);
    // `FUZZ_ONLY=<regex>` narrows the run to some mutations (one service's, while working on it).
    const only = process.env.FUZZ_ONLY ? new RegExp(process.env.FUZZ_ONLY) : null;
    const mutations = only ? all.filter((m) => only.test(m.name)) : all;
    let personId = "";
    const callerOf = new Map<string, Identity>();
    const probes: unknown[] = [];

    const counts = async (): Promise<Counts> => {
      const all: Counts = {};
      for (const [name, h] of Object.entries(fed.subgraphs))
        Object.assign(all, await tableCounts(dialect, name, h.app.orm));
      return all;
    };
    /** Counts once the bus has gone quiet: the same twice, 400 ms apart. */
    const settledCounts = async (): Promise<Counts> => {
      let last = await counts();
      let settled: Counts = last;
      await waitFor("the services to go quiet", async () => {
        await new Promise((r) => setTimeout(r, 400));
        const now = await counts();
        const same = JSON.stringify(now) === JSON.stringify(last);
        last = now;
        settled = now;
        return same;
      });
      return settled;
    };

    /** Ids of records the probes made (or the services made from the events), by their type. */
    const made = new Map<string, string>();
    /** Which record an id field of a mutation's input names; `id` names the mutation's own. */
    const ID_FIELDS: Record<string, string> = {
      personId: "Person",
      headId: "Person",
      caseId: "AssistanceCase",
      postId: "PublicWelfarePost",
      jobFairId: "JobFair",
      offerId: "JobOffer",
      jobOfferId: "JobOffer",
      projectId: "EmploymentProject",
      subsidyId: "PremiumSubsidy",
      entryId: "PensionLedgerEntry",
      householdId: "Household",
      institutionId: "TrainingInstitution",
      enrolmentId: "TrainingEnrolment",
      sessionId: "TrainingSession",
      claimId: "TrainingClaim",
    };
    /** Skills' mutations name a training project by `projectId`, employment's an employment project. */
    const SKILLS_MUTATION = /Training|Trainee|Attendance|ApprenticeCheckIn/;
    /** Every mutation of the skills subgraph (its policy versions too). */
    const OF_SKILLS = /Training|Trainee|Attendance|ApprenticeCheckIn|SkillsPolicy/;
    /** The records skills' baselines name, made after the probes (see `makeSkillsFuzzFixtures`). */
    let skills: SkillsFuzzFixtures | null = null;
    const returnTypeOf = (mutation: string) =>
      getNamedType(mutations.find((m) => m.name === mutation)!.field.type).name;
    let birth = 0;
    const baseline: Baseline = {
      idFor: (field, mutation) => {
        const fixture = skills?.ids.get(`${mutation}.${field}`);
        if (fixture) return fixture;
        if (field === "id") return made.get(returnTypeOf(mutation));
        if (field === "placementId")
          return made.get(mutation === "endPlacement" ? "Placement" : "PostPlacement");
        if (field === "projectId" && SKILLS_MUTATION.test(mutation)) return made.get("TrainingProject");
        const type = ID_FIELDS[field];
        return type ? made.get(type) : undefined;
      },
      textFor: (field, inputType, caseNo) => {
        if (field === "townshipCode" || (inputType === "SaveTownshipInput" && field === "code")) return T1;
        if (field === "typeCode" || (inputType === "AddPostTypeInput" && field === "code"))
          return "FUZZ_TYPE";
        if (field === "month") return "2019-06";
        if (field === "idNumber") {
          birth += 1;
          const day = new Date(Date.UTC(1970, 0, 1) + (caseNo + birth) * 86_400_000)
            .toISOString()
            .slice(0, 10);
          return syntheticId(day, 1);
        }
        if (/phone/i.test(field)) return "13800138000";
        // A unified social credit code with its GB 32100 check character (skills' institutions), one per case.
        if (field === "creditCode") return fuzzCreditCode(caseNo);
        return undefined;
      },
      freshId: () => newId(),
      valueFor: (field, mutation) => skills?.values.get(`${mutation}.${field}`),
    };

    beforeAll(async () => {
      // Every process's log line: the kit loggers of the gateway and each subgraph, and whatever
      // reaches stdout or stderr otherwise (a library's console).
      for (const stream of [process.stdout, process.stderr]) {
        const write = stream.write.bind(stream);
        stream.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
          lines.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
          return write(chunk, ...rest);
        }) as typeof stream.write;
        restore.push(() => (stream.write = write));
      }
      fed = await startFederation(
        [
          {
            name: "registry",
            createApp: createRegistryApp,
            sdl: async () => (await buildRegistrySchema()).sdl,
          },
          {
            name: "employment",
            createApp: createEmploymentApp,
            sdl: async () => (await buildEmploymentSchema()).sdl,
          },
          {
            name: "skills",
            createApp: createSkillsApp,
            sdl: async () => (await buildSkillsSchema()).sdl,
          },
          {
            name: "social-security",
            createApp: createSocialSecurityApp,
            sdl: async () => (await buildSocialSecuritySchema()).sdl,
          },
        ],
        {
          dialect,
          user: callers.povertyOffice.manager(),
          logTo: { write: (line: string) => void lines.push(line) },
        },
      );
      await fed.ok(`mutation($i: SaveTownshipInput!) { saveTownship(input: $i) { code } }`, {
        i: { code: T1, name: "东山镇", concentrated: true },
      });
      personId = (
        await fed.ok<{ registerPerson: { id: string } }>(
          `mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }`,
          {
            i: {
              name: "模糊",
              idNumber: syntheticId("1958-03-01", 7),
              townshipCode: T1,
              village: "一村",
              laborCapacity: "FULL",
              registeredOn: "2016-01-01",
            },
          },
        )
      ).registerPerson.id;
      made.set("Person", personId);
      let last: unknown;
      // The person reaches employment, skills and social security through the bus before anything refers to it.
      await waitFor("the person in employment, skills and social security", async () => {
        const r = await fed.gql<{
          person: {
            employment: { case: { id: string } | null } | null;
            socialSecurity: { premiumSubsidies: { id: string }[] } | null;
          } | null;
        }>(
          `query($id: ID!) { person(id: $id) { employment { case { id } } socialSecurity { premiumSubsidies { id } } } }`,
          { id: personId },
          { as: callers.medicalCentre.manager() },
        );
        last = r;
        const p = r.data?.person;
        if (p?.employment?.case) made.set("AssistanceCase", p.employment.case.id);
        const subsidy = p?.socialSecurity?.premiumSubsidies[0];
        if (subsidy) made.set("PremiumSubsidy", subsidy.id);
        // Each service's own projection of the person (its `person_facts`) has the row.
        for (const service of ["employment", "skills", "social-security"]) {
          const [row] = await fed.subgraphs[service]!.app.orm.em.getConnection().execute<
            { n: number | string }[]
          >(`select count(*) as n from person_facts`);
          last = { ...(last as object), [service]: row };
          if (Number(row?.n ?? 0) === 0) return false;
        }
        return true;
      }).catch((e: unknown) => {
        if (process.env.FUZZ_REPORT)
          writeFileSync(`${process.env.FUZZ_REPORT}.${dialect}.lines`, lines.join(""));
        throw new Error(`${String(e)}; last answer ${JSON.stringify(last)}`);
      });
      // Four subgraphs and a gateway start here: on a loaded two-core machine that takes over a minute.
    }, 240_000);
    afterAll(async () => {
      await fed?.close();
      for (const r of restore) r();
    });

    test("every mutation of the supergraph has generators for all its arguments", () => {
      expect(all.length).toBeGreaterThan(30);
      const uncovered: string[] = [];
      for (const m of mutations) {
        try {
          if (casesFor(m, new SeededRandom(1), baseline, 0).filter((c) => c.fieldLevel).length === 0)
            uncovered.push(`${m.name}: no cases`);
        } catch (e) {
          if (e instanceof NoGeneratorError) uncovered.push(`${m.name}: ${e.message}`);
          else throw e;
        }
      }
      expect(uncovered).toEqual([]);
    });

    test(
      "over a thousand malformed inputs: no internal error, each refusal names its field, no row changes, no ID number logged",
      { timeout: 480_000 },
      async () => {
        // Who may call each mutation: the first manager whose well-formed call is not FORBIDDEN (what
        // that call writes happens before the counts are taken).
        for (const m of mutations) {
          const probe = wellFormedCall(m, baseline);
          for (const who of CANDIDATES) {
            const r = await fed.gql(probe.query, probe.variables, { as: who });
            const code = r.errors?.[0]?.extensions?.code;
            if (process.env.FUZZ_REPORT) probes.push({ m: m.name, who: who.unit, r });
            const record = (r.data as Record<string, { id?: unknown } | null> | null | undefined)?.[m.name];
            if (typeof record?.id === "string") made.set(returnTypeOf(m.name), record.id);
            if (code !== "FORBIDDEN" && code !== "UNAUTHENTICATED") {
              callerOf.set(m.name, who);
              break;
            }
          }
        }
        if (process.env.FUZZ_REPORT)
          writeFileSync(`${process.env.FUZZ_REPORT}.${dialect}.probes`, JSON.stringify(probes, null, 1));
        // Skills' records after the probes, so no probe moves them on (a claim verified, a trainee
        // completed) and every skills baseline stays a valid call (checked at the end).
        const skillsMutations = mutations.filter((m) => OF_SKILLS.test(m.name));
        if (skillsMutations.length > 0) skills = await makeSkillsFuzzFixtures(fed);
        const before = await settledCounts();

        const random = new SeededRandom(SEED);
        const cases: FuzzCase[] = [];
        for (const m of mutations) cases.push(...casesFor(m, random, baseline, cases.length));
        const outcomes: Outcome[] = [];
        let next = 0;
        await Promise.all(
          Array.from({ length: CONCURRENCY }, async () => {
            while (next < cases.length) {
              const c = cases[next++]!;
              const r = await fed.gql(c.query, c.variables, {
                as: callerOf.get(c.mutation) ?? CANDIDATES[0]!,
              });
              outcomes.push({ c, r });
            }
          }),
        );
        const after = await settledCounts();

        // The summary: seed, inputs sent, refusals by code, per mutation.
        const byCode: Record<string, number> = {};
        const perMutation: Record<string, Record<string, number>> = {};
        for (const { c, r } of outcomes) {
          const code = String(r.errors?.[0]?.extensions?.code ?? "ACCEPTED");
          byCode[code] = (byCode[code] ?? 0) + 1;
          (perMutation[c.mutation] ??= {})[code] = (perMutation[c.mutation]![code] ?? 0) + 1;
        }
        // The summary belongs in the CI log beside the seed (console.warn: the lint allows no info).
        console.warn(
          [
            `mutation fuzz: seed ${SEED} (FUZZ_SEED=${SEED} replays), ${outcomes.length} malformed inputs across ${mutations.length} mutations on ${dialect}`,
            `refusals by code: ${JSON.stringify(byCode)}`,
            ...Object.entries(perMutation).map(([m, c]) => `  ${m}: ${JSON.stringify(c)}`),
          ].join("\n"),
        );

        const failures: string[] = [];
        for (const { c, r } of outcomes) {
          const where = `#${c.no} ${c.mutation} ${c.slot} (${c.kind}, ${c.mode})`;
          const errors = r.errors ?? [];
          if (errors.length === 0) {
            failures.push(`${where}: accepted`);
            continue;
          }
          for (const e of errors) {
            const code = e.extensions?.code;
            if (code === "INTERNAL_SERVER_ERROR" || code === undefined) {
              failures.push(`${where}: ${String(code)} ${e.message}`);
            } else if (LIMIT_CODES.has(String(code))) {
              continue;
            } else if (!c.fieldLevel) {
              failures.push(
                `${where}: ${code}, not a limit, for a document-level case: ${e.message.slice(0, 200)}`,
              );
            } else if (code === "BAD_USER_INPUT" || code === "GRAPHQL_VALIDATION_FAILED") {
              if (typeof e.extensions?.field !== "string" || e.extensions.field === "")
                failures.push(`${where}: ${code} names no field: ${e.message.slice(0, 200)}`);
              else if (!BILINGUAL.test(e.message.replace(QUOTED, '""')))
                failures.push(`${where}: not in Chinese, then English: ${e.message.slice(0, 200)}`);
            }
          }
        }
        if (process.env.FUZZ_REPORT) {
          writeFileSync(
            `${process.env.FUZZ_REPORT}.${dialect}`,
            JSON.stringify(
              {
                failures,
                outcomes: outcomes.map(({ c, r }) => ({
                  no: c.no,
                  mutation: c.mutation,
                  slot: c.slot,
                  kind: c.kind,
                  mode: c.mode,
                  errors: r.errors,
                  data: r.data,
                })),
              },
              null,
              1,
            ),
          );
        }
        const changed = Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
        const logged = lines.filter((l) => WHOLE_ID_NUMBER.test(l));

        // The checks look at something: every service's tables, and the lines every process logged.
        for (const service of Object.keys(fed.subgraphs))
          expect(Object.keys(before).filter((t) => t.startsWith(`${service}.`)).length).toBeGreaterThan(3);
        expect(lines.filter((l) => l.includes('"service":"gateway"')).length).toBeGreaterThan(
          outcomes.length / 2,
        );
        expect(outcomes.length).toBeGreaterThanOrEqual(only ? 100 : 1_000);
        expect(new Set(outcomes.map((o) => o.c.mutation))).toEqual(new Set(mutations.map((m) => m.name)));
        expect(failures.slice(0, 60), `${failures.length} failures (seed ${SEED})`).toEqual([]);
        expect(
          changed.map((t) => `${t}: ${before[t]} → ${after[t]}`),
          "rows changed by malformed inputs",
        ).toEqual([]);
        expect(logged.map((l) => l.slice(0, 300))).toEqual([]);

        // Skills (issue 12): every case reached the service's own checks (none stopped at a missing
        // record), because each baseline is a valid call: sent whole, after the counts, each is
        // accepted. (The draft's parameters are the only part not the generator's own.)
        const stopped = outcomes
          .filter(({ c, r }) => OF_SKILLS.test(c.mutation) && r.errors?.[0]?.extensions?.code === "NOT_FOUND")
          .map(({ c, r }) => `#${c.no} ${c.mutation} ${c.slot} (${c.kind}): ${r.errors![0]!.message}`);
        expect(stopped, "skills cases that stopped at a missing record").toEqual([]);
        const unreached = skillsMutations
          .filter(
            (m) =>
              !outcomes.some(
                ({ c, r }) =>
                  c.mutation === m.name &&
                  r.errors?.some(
                    (e) => e.extensions?.code === "BAD_USER_INPUT" && e.extensions?.serviceName === "skills",
                  ),
              ),
          )
          .map((m) => m.name);
        expect(unreached, "skills mutations none of whose cases reached the service's checks").toEqual([]);
        const refusedBaselines: string[] = [];
        for (const m of skillsMutations) {
          const call = wellFormedCall(m, baseline, cases.length + 1);
          const r = await fed.gql(call.query, call.variables, { as: callers.hrCentre.manager() });
          if (r.errors?.length) refusedBaselines.push(`${m.name}: ${r.errors[0]!.message.slice(0, 300)}`);
        }
        expect(refusedBaselines, "skills baselines that are not valid calls").toEqual([]);
      },
    );
  },
);
