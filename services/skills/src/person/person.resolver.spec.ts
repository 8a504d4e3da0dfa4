import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { newId } from "@pa/service-kit";
import { callers, sqlStatements, T1, T2, testDialects } from "@pa/testing";
import { TrainingCertificate } from "../enrolment/certificate.entity";
import { TrainingEnrolment } from "../enrolment/enrolment.entity";
import { CertificateType, EnrolmentStatus } from "../enrolment/enrolment.enums";
import { personFacts, startSkills, type SkillsHarness } from "../skills.fixtures";
import { personFactsProjection } from "./person-facts.projection";

const SKILLS = /* GraphQL */ `
  query Skills($reps: [_Any!]!) {
    _entities(representations: $reps) {
      ... on Person {
        id
        skills {
          personId
          openNeed {
            status
            openedOn
          }
          needs {
            status
          }
          enrolments {
            status
            enrolledOn
            project {
              courseName
            }
          }
          completions {
            completedOn
          }
          certificates {
            number
            type
          }
        }
      }
    }
  }
`;

interface SkillsView {
  id: string;
  skills: {
    openNeed: { status: string } | null;
    enrolments: { status: string; project: { courseName: string } | null }[];
    completions: { completedOn: string }[];
    certificates: { number: string }[];
  } | null;
}

describe.each(testDialects())("Person.skills (一人一档) on %s", (dialect) => {
  let h: SkillsHarness;
  const people: string[] = [];

  beforeAll(async () => {
    h = await startSkills(dialect, "skills-person");
    const project = await h.project({ places: 500 });
    const em = h.app.orm.em.fork();
    await em.transactional(async (tx) => {
      const source = personFactsProjection.sourceOutsideEvent({ businessDate: "2020-01-02" });
      for (let i = 0; i < 500; i++) people.push(newId());
      // The 500 arrive as one batch, as the inbox hands them over.
      await personFactsProjection.apply(
        tx,
        people.map((id, i) => ({ facts: personFacts(id, { townshipCode: i % 2 === 0 ? T1 : T2 }), source })),
      );
      // Every third enrolled and completed with a certificate.
      for (let i = 0; i < 500; i += 3) {
        const e = tx.create(TrainingEnrolment, {
          projectId: project.id,
          personId: people[i]!,
          townshipCode: i % 2 === 0 ? T1 : T2,
          enrolledOn: "2020-03-25",
          status: EnrolmentStatus.COMPLETED,
          completedOn: "2020-04-30",
        });
        tx.create(TrainingCertificate, {
          enrolmentId: e.id,
          projectId: project.id,
          personId: people[i]!,
          townshipCode: e.townshipCode,
          type: CertificateType.SPECIAL_ABILITY,
          number: `ZX-${i}`,
          issuingBody: "市职业技能鉴定中心",
          issuedOn: "2020-05-08",
        });
      }
    });
  });
  afterAll(async () => h?.close());

  const query = (ids: string[], as = callers.hrCentre.clerk()) =>
    h.ok<{ _entities: SkillsView[] }>(
      SKILLS,
      { reps: ids.map((id) => ({ __typename: "Person", id })) },
      { as },
    );
  const statements = async (run: () => Promise<unknown>) => (await sqlStatements(h.app.orm, run)).length;

  test("a person's need, enrolments, completions and certificates come together", async () => {
    const r = await query([people[0]!, people[1]!]);
    expect(r._entities[0]?.skills).toMatchObject({
      openNeed: { status: "OPEN" },
      enrolments: [{ status: "COMPLETED", project: { courseName: "大棚蔬菜种植" } }],
      completions: [{ completedOn: "2020-04-30" }],
      certificates: [{ number: "ZX-0" }],
    });
    expect(r._entities[1]?.skills).toMatchObject({ enrolments: [], completions: [], certificates: [] });
  });

  test("500 people cost the same constant number of SQL statements as 50", async () => {
    const n50 = await statements(() => query(people.slice(0, 50)));
    const n500 = await statements(async () => {
      const r = await query(people);
      expect(r._entities).toHaveLength(500);
      expect(r._entities.filter((e) => e.skills?.certificates.length === 1)).toHaveLength(167);
    });
    expect(n500).toBe(n50);
    // needs, enrolments, certificates, the enrolments' projects.
    expect(n500).toBeLessThanOrEqual(4);
  });

  test("a township-scoped reader gets null for people of other townships, still in constant statements", async () => {
    const clerk = callers.townshipCentre.viewerIn(T1);
    const n50 = await statements(() => query(people.slice(0, 50), clerk));
    let r: { _entities: SkillsView[] } | undefined;
    const n500 = await statements(async () => {
      r = await query(people, clerk);
    });
    expect(n500).toBe(n50);
    expect(r!._entities.filter((e) => e.skills !== null)).toHaveLength(250);
    expect(r!._entities[1]!.skills).toBeNull();
  });
});
