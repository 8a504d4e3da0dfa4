import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { newId } from "@pa/service-kit";
import { callers, sqlStatements, T1, T2, testDialects } from "@pa/testing";
import { personFacts, startEmployment, type EmploymentHarness } from "../employment.fixtures";
import { JobOffer } from "../job-offer/job-offer.entity";
import { OfferChannel } from "../job-offer/job-offer.enums";
import { Placement } from "../placement/placement.entity";
import { PlacementKind } from "../placement/placement.enums";
import { PostPlacement } from "../post/post-placement.entity";
import { PublicWelfarePost } from "../post/post.entity";
import { personFactsProjection } from "./person-facts.projection";

const EMPLOYMENT = /* GraphQL */ `
  query Employment($reps: [_Any!]!) {
    _entities(representations: $reps) {
      ... on Person {
        id
        employment {
          personId
          offerCount
          offersRequired
          case {
            id
            status
            offerCount
            offersMissing
            jobReady
          }
          offers {
            employer
            offeredOn
          }
          placement {
            employer
            kind
          }
          postPlacement {
            startOn
            post {
              title
            }
          }
        }
      }
    }
  }
`;

interface EmploymentView {
  id: string;
  employment: {
    personId: string;
    offerCount: number;
    case: { status: string; offerCount: number } | null;
    offers: { employer: string }[];
    placement: { employer: string } | null;
    postPlacement: { post: { title: string } } | null;
  } | null;
}

describe.each(testDialects())("Person.employment (一人一档) on %s", (dialect) => {
  let h: EmploymentHarness;
  const people: string[] = [];

  beforeAll(async () => {
    h = await startEmployment(dialect, "employment-person");
    await h.township(T1);
    await h.township(T2);
    // 500 people as the registry's events would bring them (half in each township), each with a
    // case; every third with offers, every fifth with a job and a public-welfare post.
    const em = h.app.orm.em.fork();
    await em.transactional(async (tx) => {
      for (let i = 0; i < 500; i++) {
        const id = newId();
        people.push(id);
        if (i % 3 === 0)
          for (const offeredOn of ["2020-02-01", "2020-03-01"])
            tx.create(JobOffer, {
              personId: id,
              townshipCode: i % 2 === 0 ? T1 : T2,
              employer: `企业${i}`,
              position: "普工",
              monthlyWageFen: 280_000,
              channel: OfferChannel.VILLAGE_DELIVERY,
              offeredOn,
              recordedBy: "seed",
            });
        if (i % 5 === 0) {
          tx.create(Placement, {
            personId: id,
            townshipCode: T1,
            kind: PlacementKind.ENTERPRISE,
            employer: `企业${i}`,
            since: "2020-04-01",
            recordedBy: "seed",
          });
          const post = tx.create(PublicWelfarePost, {
            title: `保洁员${i}`,
            typeCode: "CLEANING",
            townshipCode: T1,
            village: "东山村",
            monthlyAllowanceFen: 90_000,
            openedOn: "2019-01-01",
          });
          tx.create(PostPlacement, {
            postId: post.id,
            personId: id,
            townshipCode: T1,
            startOn: "2019-06-01",
            placedBy: "seed",
          });
        }
      }
      // Offers first: a case opened afterwards counts the offers the person already had. The 500
      // arrive as one batch, as the inbox hands them over.
      const source = personFactsProjection.sourceOutsideEvent({ businessDate: "2020-01-02" });
      await personFactsProjection.apply(
        tx,
        people.map((id, i) => ({
          facts: personFacts(id, { townshipCode: i % 2 === 0 ? T1 : T2 }),
          source,
        })),
      );
    });
  });
  afterAll(async () => h?.close());

  const query = (ids: string[], as = callers.hrCentre.clerk()) =>
    h.ok<{ _entities: EmploymentView[] }>(
      EMPLOYMENT,
      { reps: ids.map((id) => ({ __typename: "Person", id })) },
      { as },
    );

  /** Statements the request sends (the event backbone's rounds are not its own). */
  const statements = async (run: () => Promise<unknown>) => (await sqlStatements(h.app.orm, run)).length;

  test("a person's case, offers, placement and post come together", async () => {
    const r = await query([people[0]!, people[1]!]);
    expect(r._entities[0]).toMatchObject({
      id: people[0],
      employment: {
        offerCount: 2,
        case: { status: "OPEN", offerCount: 2 },
        placement: { employer: "企业0" },
        postPlacement: { post: { title: "保洁员0" } },
      },
    });
    expect(r._entities[1]?.employment).toMatchObject({
      offerCount: 0,
      offers: [],
      placement: null,
      postPlacement: null,
    });
  });

  test("500 people cost the same constant number of SQL statements as 50", async () => {
    const n50 = await statements(() => query(people.slice(0, 50)));
    const n500 = await statements(async () => {
      const r = await query(people);
      expect(r._entities).toHaveLength(500);
      expect(r._entities.filter((e) => e.employment?.case?.status === "OPEN")).toHaveLength(500);
    });
    expect(n500).toBe(n50);
    // facts are not needed for an unscoped reader: cases, offers, placements, post placements, posts,
    // and the adopted OFFERS versions (read once per request, for offersRequired).
    expect(n500).toBeLessThanOrEqual(6);
  });

  test("a township-scoped reader gets null employment for people of other townships, still in constant statements", async () => {
    const clerk = callers.townshipCentre.clerkIn(T1);
    const n50 = await statements(() => query(people.slice(0, 50), clerk));
    let r: { _entities: EmploymentView[] } | undefined;
    const n500 = await statements(async () => {
      r = await query(people, clerk);
    });
    expect(n500).toBe(n50);
    expect(r!._entities.filter((e) => e.employment !== null)).toHaveLength(250);
    expect(r!._entities[1]!.employment).toBeNull();
  });

  test("a person this service has never heard of has an empty record, not an error", async () => {
    const r = await query([newId()]);
    expect(r._entities[0]?.employment).toMatchObject({ case: null, offers: [], offerCount: 0 });
  });
});
