import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  callers,
  errorCode,
  readPublished,
  startServiceHarness,
  T1,
  testDialects,
  waitFor,
  type ServiceHarness,
} from "@pa/testing";
import { createRegistryApp } from "./app";
import { personInput, REGISTER, SAVE_TOWNSHIP, syntheticId } from "./registry.fixtures";

const UPDATE = `mutation U($input: UpdatePersonInput!) { updatePerson(input: $input) { id version } }`;
const EXIT = `mutation E($input: RecordExitInput!) { recordExit(input: $input) { id version } }`;
const SURVEY = `mutation S($input: RecordNeedsSurveyInput!) { recordNeedsSurvey(input: $input) { id } }`;

describe.each(testDialects())("registry events on %s (issue 3)", (dialect) => {
  let h: ServiceHarness;
  const published = () => readPublished("registry", h.natsNamespace);
  const eventsFor = async (subject: string) =>
    (await published()).filter((e) => e.envelope.subject === subject);
  const waitForTypes = async (subject: string, types: string[]) => {
    await waitFor(
      `events ${types.join(", ")} of ${subject}`,
      async () => {
        const got = (await eventsFor(subject)).map((e) => e.envelope.type);
        return types.every((t) => got.includes(t));
      },
      10_000,
    );
    return eventsFor(subject);
  };

  beforeAll(async () => {
    h = await startServiceHarness(createRegistryApp, {
      dialect,
      label: "registry-events",
      user: callers.povertyOffice.clerk(),
    });
    await h.ok(SAVE_TOWNSHIP, { input: { code: T1, name: "东山镇", concentrated: true } });
  });
  afterAll(async () => h?.close());

  test("a township's creation is published for the departments that plan by township (R-EMP-4)", async () => {
    const [e] = await waitForTypes(T1, ["pa.registry.township.updated.v1"]);
    expect(e!.envelope.data).toEqual({ code: T1, version: 1, name: "东山镇", concentrated: true });
  });

  test("registering a person publishes person.registered with a CloudEvents envelope and never the ID number, phone or name", async () => {
    const idNumber = syntheticId("1981-04-04", 41);
    const p = (
      await h.ok<{ registerPerson: { id: string } }>(REGISTER, {
        input: personInput({ idNumber, phone: "17055556666", name: "吴保密" }),
      })
    ).registerPerson;
    const [e] = await waitForTypes(p.id, ["pa.registry.person.registered.v1"]);
    expect(e!.subject).toMatch(/pa\.registry\.person\.registered\.v1$/);
    expect(e!.envelope).toMatchObject({
      specversion: "1.0",
      source: "/services/registry",
      type: "pa.registry.person.registered.v1",
      subject: p.id,
      datacontenttype: "application/json",
      data: {
        personId: p.id,
        version: 1,
        townshipCode: T1,
        birthDate: "1981-04-04",
        laborCapacity: "FULL",
        willingToWork: true,
        povertyStatus: "REGISTERED",
      },
    });
    expect(e!.envelope.actor).toMatch(/^poverty-office-user/);
    expect(e!.envelope.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(e!.raw).not.toContain(idNumber);
    expect(e!.raw).not.toContain("17055556666");
    expect(e!.raw).not.toContain("吴保密");
  });

  test("an update publishes the changed facts and the new version; a name-only change publishes nothing", async () => {
    const p = (
      await h.ok<{ registerPerson: { id: string; version: number } }>(REGISTER, {
        input: personInput({ idNumber: syntheticId("1982-05-05", 42) }),
      })
    ).registerPerson;
    const v2 = (
      await h.ok<{ updatePerson: { version: number } }>(UPDATE, {
        input: { id: p.id, version: p.version, willingToTrain: true },
      })
    ).updatePerson;
    const events = await waitForTypes(p.id, ["pa.registry.person.updated.v1"]);
    const updated = events.find((e) => e.envelope.type === "pa.registry.person.updated.v1")!;
    expect(updated.envelope.data).toMatchObject({
      personId: p.id,
      version: v2.version,
      willingToTrain: true,
      changedFields: ["willingToTrain"],
    });
    await h.ok(UPDATE, { input: { id: p.id, version: v2.version, name: "改名" } });
    await h.ok(SURVEY, {
      input: {
        personId: p.id,
        needsWork: true,
        needsTraining: true,
        needsEntrepreneurship: false,
        surveyedOn: "2020-01-02",
      },
    });
    const after = await waitForTypes(p.id, ["pa.registry.needs.surveyed.v1"]);
    expect(after.filter((e) => e.envelope.type === "pa.registry.person.updated.v1")).toHaveLength(1);
    expect(
      after.find((e) => e.envelope.type === "pa.registry.needs.surveyed.v1")!.envelope.data,
    ).toMatchObject({
      personId: p.id,
      surveyedOn: "2020-01-02",
      needsWork: true,
      needsTraining: true,
      needsEntrepreneurship: false,
    });
  });

  test("R-PRIN-1 an exit publishes person.exited (and the changed status), nothing else", async () => {
    const p = (
      await h.ok<{ registerPerson: { id: string; version: number } }>(REGISTER, {
        input: personInput({ idNumber: syntheticId("1983-06-06", 43) }),
      })
    ).registerPerson;
    await h.ok(EXIT, { input: { personId: p.id, version: p.version, exitedOn: "2020-01-01" } });
    const events = await waitForTypes(p.id, [
      "pa.registry.person.exited.v1",
      "pa.registry.person.updated.v1",
    ]);
    expect(events.map((e) => e.envelope.type)).toEqual([
      "pa.registry.person.registered.v1",
      "pa.registry.person.exited.v1",
      "pa.registry.person.updated.v1",
    ]);
    expect(events[1]!.envelope.data).toMatchObject({
      povertyStatus: "EXITED",
      exitedOn: "2020-01-01",
      version: 2,
    });
    expect(events[2]!.envelope.data).toMatchObject({ changedFields: ["povertyStatus", "exitedOn"] });
  });

  describe("R-REQ-2 the latest needs survey is the person's current need (issue 9 item 11)", () => {
    const PERSON = `query P($id: ID!) { person(id: $id) { version willingToWork willingToTrain entrepreneurshipIntention latestNeedsSurvey { surveyedOn } } }`;
    type View = {
      person: {
        version: number;
        willingToWork: boolean;
        willingToTrain: boolean;
        entrepreneurshipIntention: boolean;
        latestNeedsSurvey: { surveyedOn: string } | null;
      };
    };
    const survey = (personId: string, surveyedOn: string, work: boolean, train: boolean, ent: boolean) =>
      h.ok(SURVEY, {
        input: {
          personId,
          surveyedOn,
          needsWork: work,
          needsTraining: train,
          needsEntrepreneurship: ent,
        },
      });

    test("a survey saying the person no longer wants work sets willingToWork false, bumps the version and publishes person.updated with the changed fields beside needs.surveyed", async () => {
      const p = (
        await h.ok<{ registerPerson: { id: string; version: number } }>(REGISTER, {
          input: personInput({ idNumber: syntheticId("1984-07-07", 44), willingToWork: true }),
        })
      ).registerPerson;
      await survey(p.id, "2020-03-01", false, true, true);
      const now = (await h.ok<View>(PERSON, { id: p.id })).person;
      expect(now).toMatchObject({
        version: p.version + 1,
        willingToWork: false,
        willingToTrain: true,
        entrepreneurshipIntention: true,
      });
      const events = await waitForTypes(p.id, [
        "pa.registry.needs.surveyed.v1",
        "pa.registry.person.updated.v1",
      ]);
      const updated = events.find((e) => e.envelope.type === "pa.registry.person.updated.v1")!;
      expect(updated.envelope.data).toMatchObject({
        personId: p.id,
        version: p.version + 1,
        willingToWork: false,
        willingToTrain: true,
        entrepreneurshipIntention: true,
      });
      expect([...(updated.envelope.data as { changedFields: string[] }).changedFields].sort()).toEqual([
        "entrepreneurshipIntention",
        "willingToTrain",
        "willingToWork",
      ]);
    });

    test("a survey that changes nothing publishes needs.surveyed only and keeps the version", async () => {
      const p = (
        await h.ok<{ registerPerson: { id: string; version: number } }>(REGISTER, {
          input: personInput({ idNumber: syntheticId("1984-08-08", 45), willingToWork: true }),
        })
      ).registerPerson;
      await survey(p.id, "2020-03-01", true, false, false);
      expect((await h.ok<View>(PERSON, { id: p.id })).person.version).toBe(p.version);
      const events = await waitForTypes(p.id, ["pa.registry.needs.surveyed.v1"]);
      await new Promise((res) => setTimeout(res, 300));
      expect((await eventsFor(p.id)).map((e) => e.envelope.type)).toEqual([
        "pa.registry.person.registered.v1",
        "pa.registry.needs.surveyed.v1",
      ]);
      expect(events).toHaveLength(2);
    });

    test("an older survey typed in later is kept as history but does not override the newer one", async () => {
      const p = (
        await h.ok<{ registerPerson: { id: string; version: number } }>(REGISTER, {
          input: personInput({ idNumber: syntheticId("1984-09-09", 46), willingToWork: true }),
        })
      ).registerPerson;
      await survey(p.id, "2020-06-01", false, false, false);
      const afterNewer = (await h.ok<View>(PERSON, { id: p.id })).person;
      expect(afterNewer).toMatchObject({ willingToWork: false, version: p.version + 1 });
      await survey(p.id, "2019-06-01", true, true, true);
      const now = (await h.ok<View>(PERSON, { id: p.id })).person;
      expect(now).toEqual({
        version: afterNewer.version,
        willingToWork: false,
        willingToTrain: false,
        entrepreneurshipIntention: false,
        latestNeedsSurvey: { surveyedOn: "2020-06-01" },
      });
      await waitFor(
        "both surveys published",
        async () =>
          (await eventsFor(p.id)).filter((e) => e.envelope.type === "pa.registry.needs.surveyed.v1")
            .length === 2,
        10_000,
      );
      expect(
        (await eventsFor(p.id)).filter((e) => e.envelope.type === "pa.registry.person.updated.v1"),
      ).toHaveLength(1);
    });
  });

  test("a refused mutation publishes nothing", async () => {
    const before = (await published()).length;
    const r = await h.gql(REGISTER, { input: personInput({ idNumber: "990101198001010000" }) });
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    // Give the relay a moment it would need to publish, then count again.
    await new Promise((res) => setTimeout(res, 300));
    expect((await published()).length).toBe(before);
  });
});
