import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { parseRegisterFile } from "../import/import.parser";
import { ageOn } from "@pa/service-kit/dates";
import { validateIdNumber, validatePhone } from "../person/id-number.rules";
import {
  DEMO_DEFAULT_SEED,
  DEMO_DEFAULT_TODAY,
  demoAge,
  demoCityToCsv,
  generateDemoCity,
  type DemoCity,
  type DemoPerson,
} from "./demo-generator";

const TODAY = DEMO_DEFAULT_TODAY;
let city: DemoCity;
let ages: Map<string, number>;

beforeAll(() => {
  city = generateDemoCity();
  ages = new Map(city.people.map((p) => [p.key, demoAge(p, TODAY)]));
});

afterEach(() => {
  vi.restoreAllMocks();
});

const share = (items: readonly DemoPerson[], test: (p: DemoPerson) => boolean): number =>
  items.filter(test).length / items.length;
const age = (p: DemoPerson): number => ages.get(p.key) ?? Number.NaN;

describe("demo city: determinism", () => {
  it("demo determinism: the same seed gives byte-identical output", () => {
    const again = generateDemoCity({ seed: DEMO_DEFAULT_SEED, people: 3000, today: TODAY });
    expect(JSON.stringify(again)).toBe(JSON.stringify(city));
  });

  it("demo determinism: a different seed gives a different city", () => {
    expect(JSON.stringify(generateDemoCity({ seed: 7 }))).not.toBe(JSON.stringify(city));
  });

  it("demo determinism: Math.random is never used", () => {
    const spy = vi.spyOn(Math, "random").mockImplementation(() => {
      throw new Error("Math.random must not be used");
    });
    generateDemoCity({ people: 200 });
    expect(spy).not.toHaveBeenCalled();
  });

  it("demo options: exactly the requested number of people is generated", () => {
    expect(city.people).toHaveLength(3000);
    expect(generateDemoCity({ people: 37 }).people).toHaveLength(37);
    expect(generateDemoCity({ people: 1 }).people).toHaveLength(1);
  });

  it("demo options: a non-positive people count or a bad today is refused", () => {
    expect(() => generateDemoCity({ people: 0 })).toThrow(RangeError);
    expect(() => generateDemoCity({ today: "2020-02-30" })).toThrow(RangeError);
    expect(() => generateDemoCity({ today: "2013-06-30" })).toThrow(RangeError);
  });
});

describe("demo city: townships and households", () => {
  it("demo townships: 12 townships with synthetic 990101xxx codes, names ending 镇 or 街道, 5 concentrated", () => {
    expect(city.townships).toHaveLength(12);
    for (const t of city.townships) {
      expect(t.code).toMatch(/^990101\d{3}$/);
      expect(t.name).toMatch(/^\p{Script=Han}{2,}(镇|街道)$/u);
    }
    expect(new Set(city.townships.map((t) => t.code)).size).toBe(12);
    expect(new Set(city.townships.map((t) => t.name)).size).toBe(12);
    expect(city.townships.filter((t) => t.concentrated)).toHaveLength(5);
  });

  it("demo households: 1–5 members, the head is a member, and all members share township and village", () => {
    const members = new Map<string, DemoPerson[]>();
    for (const p of city.people) members.set(p.householdKey, [...(members.get(p.householdKey) ?? []), p]);
    expect(members.size).toBe(city.households.length);
    const townshipCodes = new Set(city.townships.map((t) => t.code));
    for (const h of city.households) {
      const ms = members.get(h.key) ?? [];
      expect(ms.length).toBeGreaterThanOrEqual(1);
      expect(ms.length).toBeLessThanOrEqual(5);
      expect(ms.map((m) => m.key)).toContain(h.headKey);
      expect(townshipCodes.has(h.townshipCode)).toBe(true);
      expect(h.village).toMatch(/(村|社区)$/);
      for (const m of ms) expect([m.townshipCode, m.village]).toEqual([h.townshipCode, h.village]);
    }
    expect(city.households.map((h) => h.key).slice(0, 3)).toEqual(["H0001", "H0002", "H0003"]);
  });

  it("demo households: heads are adults", () => {
    const byKey = new Map(city.people.map((p) => [p.key, p]));
    for (const h of city.households)
      expect(age(byKey.get(h.headKey) as DemoPerson)).toBeGreaterThanOrEqual(18);
  });

  it("demo households: flag shares are realistic (~8% rural zero-transfer, ~20% minimum living guarantee, ~2% urban zero-employment)", () => {
    const n = city.households.length;
    const frac = (f: (h: (typeof city.households)[number]) => boolean): number =>
      city.households.filter(f).length / n;
    expect(frac((h) => h.ruralZeroTransferEmployment)).toBeGreaterThan(0.04);
    expect(frac((h) => h.ruralZeroTransferEmployment)).toBeLessThan(0.12);
    expect(frac((h) => h.minimumLivingGuarantee)).toBeGreaterThan(0.15);
    expect(frac((h) => h.minimumLivingGuarantee)).toBeLessThan(0.26);
    expect(frac((h) => h.urbanZeroEmployment)).toBeGreaterThan(0.005);
    expect(frac((h) => h.urbanZeroEmployment)).toBeLessThan(0.04);
  });

  it("demo townships: concentrated townships hold more poor people than the others, on average", () => {
    const perTownship = (concentrated: boolean): number => {
      const codes = new Set(city.townships.filter((t) => t.concentrated === concentrated).map((t) => t.code));
      return city.people.filter((p) => codes.has(p.townshipCode)).length / codes.size;
    };
    expect(perTownship(true)).toBeGreaterThan(perTownship(false) * 1.5);
  });
});

describe("demo city: people", () => {
  it("demo people: every ID number is valid under GB 11643, synthetic (region 990101) and unique", () => {
    for (const p of city.people) {
      const r = validateIdNumber(p.idNumber, { today: TODAY });
      expect(r.ok, `${p.key} ${p.idNumber}`).toBe(true);
      expect(r.ok && r.regionCode).toBe("990101");
    }
    expect(new Set(city.people.map((p) => p.idNumber)).size).toBe(city.people.length);
  });

  it("demo people: keys are P00001… in order and names are 2–4 Chinese characters", () => {
    expect(city.people[0]?.key).toBe("P00001");
    expect(city.people[2999]?.key).toBe("P03000");
    for (const p of city.people) expect(p.name).toMatch(/^\p{Script=Han}{2,4}$/u);
  });

  it("demo ages: 0–95, about 18% aged 60 or over, and some children", () => {
    const all = city.people.map(age);
    expect(Math.min(...all)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...all)).toBeLessThanOrEqual(95);
    expect(share(city.people, (p) => age(p) >= 60)).toBeGreaterThan(0.14);
    expect(share(city.people, (p) => age(p) >= 60)).toBeLessThan(0.23);
    expect(share(city.people, (p) => age(p) < 16)).toBeGreaterThan(0.1);
    expect(share(city.people, (p) => age(p) >= 75)).toBeGreaterThan(0.02);
  });

  it("demo phones: 11-digit 170/171 numbers, valid and unique; about 15% have none", () => {
    const phones = city.people.flatMap((p) => (p.phone === null ? [] : [p.phone]));
    for (const phone of phones) {
      expect(phone).toMatch(/^17[01]\d{8}$/);
      expect(validatePhone(phone).ok).toBe(true);
    }
    expect(new Set(phones).size).toBe(phones.length);
    const none = share(city.people, (p) => p.phone === null);
    expect(none).toBeGreaterThan(0.1);
    expect(none).toBeLessThan(0.22);
  });

  it("demo labour capacity: children under 16 have none, and most people over 75 have none", () => {
    expect(city.people.filter((p) => age(p) < 16).every((p) => p.laborCapacity === "NONE")).toBe(true);
    expect(
      share(
        city.people.filter((p) => age(p) >= 75),
        (p) => p.laborCapacity === "NONE",
      ),
    ).toBeGreaterThan(0.7);
    expect(
      share(
        city.people.filter((p) => age(p) >= 16 && age(p) < 60),
        (p) => p.laborCapacity === "FULL",
      ),
    ).toBeGreaterThan(0.5);
  });

  it("demo willingness: nobody without labour capacity is willing to work or train or starts a business", () => {
    for (const p of city.people.filter((x) => x.laborCapacity === "NONE")) {
      expect([
        p.willingToWork,
        p.willingToTrain,
        p.entrepreneurshipCapacity,
        p.entrepreneurshipIntention,
      ]).toEqual([false, false, false, false]);
    }
  });

  it("demo disability: about 5% hold a disability certificate", () => {
    const s = share(city.people, (p) => p.disabilityCertificate);
    expect(s).toBeGreaterThan(0.03);
    expect(s).toBeLessThan(0.08);
  });

  it("demo education: young children have none; graduation dates belong to young graduates, after birth and not after today", () => {
    expect(city.people.filter((p) => age(p) < 6).every((p) => p.education === "NONE")).toBe(true);
    const graduates = city.people.filter((p) => p.graduationDate !== null);
    expect(graduates.length).toBeGreaterThan(50);
    for (const p of graduates) {
      const grad = p.graduationDate as string;
      expect(["SENIOR_SECONDARY", "VOCATIONAL", "JUNIOR_COLLEGE", "BACHELOR", "POSTGRADUATE"]).toContain(
        p.education,
      );
      expect(age(p)).toBeLessThanOrEqual(30);
      expect(grad <= TODAY).toBe(true);
      expect(
        ageOn(`${p.idNumber.slice(6, 10)}-${p.idNumber.slice(10, 12)}-${p.idNumber.slice(12, 14)}`, grad),
      ).toBeGreaterThanOrEqual(17);
    }
  });

  it("demo registration: registeredOn lies in 2014–2018 and not before birth", () => {
    for (const p of city.people) {
      const birth = `${p.idNumber.slice(6, 10)}-${p.idNumber.slice(10, 12)}-${p.idNumber.slice(12, 14)}`;
      expect(p.registeredOn >= "2014-01-01" && p.registeredOn <= "2018-12-31", p.key).toBe(true);
      expect(p.registeredOn >= birth, p.key).toBe(true);
    }
  });

  it("demo exit: about 30% have exited, each after registration and not after today; the rest have no exit date", () => {
    const exited = share(city.people, (p) => p.povertyStatus === "EXITED");
    expect(exited).toBeGreaterThan(0.2);
    expect(exited).toBeLessThan(0.4);
    for (const p of city.people) {
      if (p.povertyStatus === "EXITED") {
        expect(p.exitedOn !== null && p.exitedOn > p.registeredOn && p.exitedOn <= TODAY, p.key).toBe(true);
      } else {
        expect(p.exitedOn).toBeNull();
      }
    }
  });

  it("demo exit: a household exits together, on one date", () => {
    const byHousehold = new Map<string, Set<string | null>>();
    for (const p of city.people)
      byHousehold.set(p.householdKey, (byHousehold.get(p.householdKey) ?? new Set()).add(p.exitedOn));
    for (const dates of byHousehold.values()) expect(dates.size).toBe(1);
  });
});

describe("demo city: needs surveys", () => {
  it("demo surveys: exactly one per working-age person (16–59), none for others", () => {
    const workingAge = city.people.filter((p) => age(p) >= 16 && age(p) < 60).map((p) => p.key);
    expect(city.surveys.map((s) => s.personKey)).toEqual(workingAge);
  });

  it("demo surveys: surveyed after registration and not after today, by a named clerk", () => {
    const byKey = new Map(city.people.map((p) => [p.key, p]));
    for (const s of city.surveys) {
      const p = byKey.get(s.personKey) as DemoPerson;
      expect(s.surveyedOn >= p.registeredOn && s.surveyedOn <= TODAY, s.personKey).toBe(true);
      expect(s.surveyedBy).toMatch(/^\p{Script=Han}{2,4}$/u);
    }
    const notes = city.surveys.filter((s) => s.note !== null).length / city.surveys.length;
    expect(notes).toBeGreaterThan(0.1);
    expect(notes).toBeLessThan(0.4);
  });

  it("demo surveys: stated needs follow willingness (most willing workers need work; few unwilling do)", () => {
    const byKey = new Map(city.people.map((p) => [p.key, p]));
    const willing = city.surveys.filter((s) => byKey.get(s.personKey)?.willingToWork);
    const unwilling = city.surveys.filter((s) => !byKey.get(s.personKey)?.willingToWork);
    expect(willing.filter((s) => s.needsWork).length / willing.length).toBeGreaterThan(0.8);
    expect(unwilling.filter((s) => s.needsWork).length / unwilling.length).toBeLessThan(0.15);
  });
});

describe("demo city: register-import CSV", () => {
  it("demo CSV: the demo loads through the register import with no errors and the same people", async () => {
    const text = demoCityToCsv(city.people, city.households);
    expect(text.split("\r\n")[0]).toMatch(/^姓名,身份证号,手机号,镇街代码,/);
    const { rows, errors } = await parseRegisterFile("demo.csv", Buffer.from(text, "utf8"), { today: TODAY });
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(city.people.length);
    const householdsByKey = new Map(city.households.map((h) => [h.key, h]));
    for (const [i, p] of city.people.entries()) {
      const r = rows[i];
      const h = householdsByKey.get(p.householdKey);
      expect(r).toMatchObject({
        row: i + 2,
        name: p.name,
        idNumber: p.idNumber,
        phone: p.phone,
        townshipCode: p.townshipCode,
        village: p.village,
        householdKey: p.householdKey,
        isHead: h?.headKey === p.key,
        laborCapacity: p.laborCapacity,
        education: p.education,
        graduationDate: p.graduationDate,
        registeredOn: p.registeredOn,
        willingToWork: p.willingToWork,
        disabilityCertificate: p.disabilityCertificate,
        minimumLivingGuarantee: h?.minimumLivingGuarantee,
        ruralZeroTransferEmployment: h?.ruralZeroTransferEmployment,
      });
    }
  });

  it("demo CSV: with bom: true the text starts with a UTF-8 byte-order mark, and still imports", async () => {
    const small = generateDemoCity({ people: 20 });
    const text = demoCityToCsv(small.people, small.households, { bom: true });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const { rows, errors } = await parseRegisterFile("demo.csv", Buffer.from(text, "utf8"), { today: TODAY });
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(20);
  });

  it("demo CSV: a field holding a comma or quote is quoted so it survives the round trip", async () => {
    const small = generateDemoCity({ people: 3 });
    const people = small.people.map((p, i) => (i === 0 ? { ...p, village: '东庄村,"一组"' } : p));
    const households = small.households.map((h) =>
      h.headKey === people[0]?.key ? { ...h, village: '东庄村,"一组"' } : h,
    );
    const text = demoCityToCsv(people, households);
    expect(text).toContain('"东庄村,""一组"""');
    const { rows } = await parseRegisterFile("demo.csv", Buffer.from(text, "utf8"), { today: TODAY });
    expect(rows[0]?.village).toBe('东庄村,"一组"');
  });

  it("demo CSV: a person whose household is missing is a programming error", () => {
    const small = generateDemoCity({ people: 3 });
    expect(() => demoCityToCsv(small.people, [])).toThrow(RangeError);
  });
});
