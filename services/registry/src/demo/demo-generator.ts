/**
 * 演示数据 — a deterministic generator of a FICTIONAL city's poverty register.
 *
 * Everything is invented: township codes start 990101 and ID numbers 990101 (there is no province
 * 99), phone numbers use the 170/171 virtual-operator ranges with sequential digits, names are random
 * surname + given-name combinations. The same seed gives byte-identical output: all randomness comes
 * from one seeded stream (the kit's `SeededRandom`) consumed in a fixed order, and dates are computed in UTC days.
 */
import { ageOn, isIsoDate } from "@pa/service-kit/dates";
import { DEMO_REGION_CODE, DEMO_TOWNSHIP_COUNT, demoTownshipCode } from "@pa/service-kit/demo-region";
import { SeededRandom } from "@pa/service-kit/random";
import { idCheckDigit } from "../person/id-number.rules";
import {
  EDUCATION_ZH,
  LABOR_CAPACITY_ZH,
  REGISTER_COLUMNS,
  type Education,
  type LaborCapacity,
  type RegisterColumnKey,
} from "../import/import.columns";

export const DEMO_DEFAULT_SEED = 20181101;
export const DEMO_DEFAULT_PEOPLE = 3000;
export const DEMO_DEFAULT_TODAY = "2020-06-30";
export const DEMO_CONCENTRATED_COUNT = 5;
/** Registration into the poverty register (建档立卡) happened between these dates. */
export const DEMO_REGISTRATION_START = "2014-01-01";
export const DEMO_REGISTRATION_END = "2018-12-31";

export interface DemoTownship {
  code: string;
  name: string;
  concentrated: boolean;
}

export interface DemoHousehold {
  key: string;
  townshipCode: string;
  village: string;
  headKey: string;
  urbanZeroEmployment: boolean;
  ruralZeroTransferEmployment: boolean;
  minimumLivingGuarantee: boolean;
}

export interface DemoPerson {
  key: string;
  name: string;
  idNumber: string;
  phone: string | null;
  householdKey: string;
  townshipCode: string;
  village: string;
  laborCapacity: LaborCapacity;
  willingToWork: boolean;
  willingToTrain: boolean;
  entrepreneurshipCapacity: boolean;
  entrepreneurshipIntention: boolean;
  disabilityCertificate: boolean;
  education: Education;
  graduationDate: string | null;
  povertyStatus: "REGISTERED" | "EXITED";
  registeredOn: string;
  exitedOn: string | null;
}

export interface DemoSurvey {
  personKey: string;
  surveyedOn: string;
  surveyedBy: string;
  needsWork: boolean;
  needsTraining: boolean;
  needsEntrepreneurship: boolean;
  note: string | null;
}

export interface DemoCity {
  townships: DemoTownship[];
  households: DemoHousehold[];
  people: DemoPerson[];
  surveys: DemoSurvey[];
}

export interface DemoCityOptions {
  seed?: number;
  /** How many people to generate (default 3000). */
  people?: number;
  /** The "today" of the demo, YYYY-MM-DD (default 2020-06-30). Ages, exits and surveys are relative to it. */
  today?: string;
}

// ---------------------------------------------------------------------------------------------
// Dates as whole UTC days
// ---------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const toDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const toIso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const maxIso = (a: string, b: string): string => (a > b ? a : b);
const minIso = (a: string, b: string): string => (a < b ? a : b);
const addDays = (iso: string, n: number): string => toIso(toDay(iso) + n);

/** Same month and day `years` earlier; 29 February becomes 28 February in a non-leap year. */
function minusYears(iso: string, years: number): string {
  const [y, m, d] = iso.split("-") as [string, string, string];
  const candidate = `${String(Number(y) - years).padStart(4, "0")}-${m}-${d}`;
  return isIsoDate(candidate) ? candidate : `${String(Number(y) - years).padStart(4, "0")}-${m}-28`;
}

// ---------------------------------------------------------------------------------------------
// Invented names
// ---------------------------------------------------------------------------------------------

const TOWNSHIP_STEMS = [
  "青禾",
  "柳溪",
  "石泉",
  "云岭",
  "杏坞",
  "桃川",
  "松塘",
  "枣林",
  "麦丘",
  "芦湾",
  "白鹭",
  "槐荫",
  "泉沟",
  "梨坪",
  "荷塘",
  "栗山",
  "菱湖",
  "榆关",
  "竹溪",
  "稻香",
] as const;
const VILLAGE_FIRST = [
  "东",
  "西",
  "南",
  "北",
  "前",
  "后",
  "上",
  "下",
  "大",
  "小",
  "王",
  "李",
  "张",
  "刘",
  "高",
  "马",
  "杨",
  "孙",
] as const;
const VILLAGE_SECOND = [
  "庄",
  "营",
  "屯",
  "洼",
  "岭",
  "坡",
  "沟",
  "河",
  "桥",
  "店",
  "寨",
  "湖",
  "峪",
  "坪",
] as const;
const COMMUNITY_STEMS = [
  "和平",
  "兴华",
  "新民",
  "翠苑",
  "康宁",
  "福泽",
  "明湖",
  "安居",
  "育才",
  "朝阳",
  "春晖",
  "振兴",
] as const;

const SURNAMES: readonly (readonly [string, number])[] = [
  ["王", 9],
  ["李", 9],
  ["张", 8],
  ["刘", 7],
  ["陈", 5],
  ["杨", 5],
  ["赵", 4],
  ["黄", 3],
  ["周", 3],
  ["吴", 3],
  ["徐", 3],
  ["孙", 4],
  ["马", 3],
  ["朱", 2],
  ["胡", 2],
  ["郭", 2],
  ["何", 2],
  ["高", 3],
  ["林", 2],
  ["于", 2],
];
const MALE_GIVEN = [
  "伟",
  "强",
  "磊",
  "军",
  "勇",
  "杰",
  "涛",
  "明",
  "超",
  "刚",
  "平",
  "辉",
  "鹏",
  "华",
  "飞",
  "建",
  "国",
  "志",
  "文",
  "海",
  "庆",
  "福",
  "忠",
  "成",
] as const;
const FEMALE_GIVEN = [
  "芳",
  "娜",
  "敏",
  "静",
  "丽",
  "艳",
  "娟",
  "霞",
  "玲",
  "秀",
  "英",
  "梅",
  "兰",
  "凤",
  "红",
  "燕",
  "萍",
  "莉",
  "婷",
  "雪",
  "桂",
  "珍",
  "翠",
  "琴",
] as const;

const SURVEY_NOTES = [
  "希望在本镇就近就业",
  "需照顾老人，只能做零工",
  "想学电工，已报名培训",
  "有意养殖创业，缺少启动资金",
  "身体原因不宜从事重体力劳动",
  "子女上学，希望上午时段工作",
  "外出务工返乡，待业中",
  "愿意参加公益岗位",
] as const;

type SexCode = "M" | "F";

function personName(rng: SeededRandom, sex: SexCode, surname?: string): string {
  const given = sex === "M" ? MALE_GIVEN : FEMALE_GIVEN;
  const first = rng.pick(given);
  const second = rng.chance(0.7) ? rng.pick(given) : "";
  return `${surname ?? rng.weighted(SURNAMES)}${first}${second === first ? "" : second}`;
}

// ---------------------------------------------------------------------------------------------
// Person attributes
// ---------------------------------------------------------------------------------------------

const GRADUATION_AGE: Partial<Record<Education, number>> = {
  SENIOR_SECONDARY: 18,
  VOCATIONAL: 18,
  JUNIOR_COLLEGE: 21,
  BACHELOR: 22,
  POSTGRADUATE: 25,
};

function educationFor(rng: SeededRandom, age: number): Education {
  if (age < 6) return "NONE";
  if (age <= 15) return "PRIMARY";
  if (age <= 18) return "JUNIOR_SECONDARY";
  let level: Education;
  if (age <= 35) {
    level = rng.weighted<Education>([
      ["PRIMARY", 5],
      ["JUNIOR_SECONDARY", 38],
      ["SENIOR_SECONDARY", 20],
      ["VOCATIONAL", 18],
      ["JUNIOR_COLLEGE", 11],
      ["BACHELOR", 7],
      ["POSTGRADUATE", 1],
    ]);
  } else if (age < 60) {
    level = rng.weighted<Education>([
      ["NONE", 5],
      ["PRIMARY", 35],
      ["JUNIOR_SECONDARY", 45],
      ["SENIOR_SECONDARY", 10],
      ["VOCATIONAL", 5],
    ]);
  } else {
    level = rng.weighted<Education>([
      ["NONE", 40],
      ["PRIMARY", 45],
      ["JUNIOR_SECONDARY", 13],
      ["SENIOR_SECONDARY", 2],
    ]);
  }
  // Nobody holds a degree they were too young to finish.
  const gradAge = GRADUATION_AGE[level];
  return gradAge !== undefined && gradAge + 1 > age ? "SENIOR_SECONDARY" : level;
}

function laborCapacityFor(rng: SeededRandom, age: number, disabled: boolean): LaborCapacity {
  if (age < 16) return "NONE";
  let capacity: LaborCapacity;
  if (age < 60)
    capacity = rng.weighted<LaborCapacity>([
      ["FULL", 75],
      ["PARTIAL", 15],
      ["NONE", 10],
    ]);
  else if (age < 70)
    capacity = rng.weighted<LaborCapacity>([
      ["FULL", 20],
      ["PARTIAL", 50],
      ["NONE", 30],
    ]);
  else
    capacity = rng.weighted<LaborCapacity>([
      ["PARTIAL", 15],
      ["NONE", 85],
    ]);
  if (disabled && capacity === "FULL") capacity = rng.chance(0.6) ? "PARTIAL" : "NONE";
  return capacity;
}

// ---------------------------------------------------------------------------------------------
// Households: who lives together, and their ages
// ---------------------------------------------------------------------------------------------

interface MemberPlan {
  age: number;
  sex: SexCode;
  /** Inherits the head's surname (children, grandchildren, father). */
  sameSurname: boolean;
}

function planHousehold(rng: SeededRandom, size: number): MemberPlan[] {
  const headAge = rng.weighted<[number, number]>([
    [[25, 44], 30],
    [[45, 59], 46],
    [[60, 74], 19],
    [[75, 90], 8],
  ]);
  const head: MemberPlan = {
    age: rng.int(headAge[0], headAge[1]),
    sex: rng.chance(0.78) ? "M" : "F",
    sameSurname: true,
  };
  const members = [head];
  if (size >= 2 && rng.chance(0.85)) {
    members.push({
      age: Math.min(95, Math.max(20, head.age + rng.int(-6, 3))),
      sex: head.sex === "M" ? "F" : "M",
      sameSurname: false,
    });
  }
  while (members.length < size) {
    const sex: SexCode = rng.chance(0.5) ? "M" : "F";
    if (head.age < 50) {
      if (head.age <= 62 && rng.chance(0.18)) {
        const parent = Math.min(95, head.age + rng.int(22, 32));
        members.push({ age: parent, sex, sameSurname: sex === "M" });
      } else {
        members.push({ age: Math.max(0, head.age - rng.int(22, 38)), sex, sameSurname: true });
      }
    } else if (rng.chance(0.55)) {
      members.push({ age: Math.max(0, head.age - rng.int(24, 36)), sex, sameSurname: true }); // adult child
    } else {
      members.push({ age: rng.int(0, 15), sex, sameSurname: true }); // grandchild
    }
  }
  return members;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/**
 * Generate a fictional city: 12 townships (5 of them poverty-concentrated), households of 1–5
 * people, the people themselves, and one needs survey per working-age person.
 */
export function generateDemoCity(options: DemoCityOptions = {}): DemoCity {
  const seed = options.seed ?? DEMO_DEFAULT_SEED;
  const total = options.people ?? DEMO_DEFAULT_PEOPLE;
  const today = options.today ?? DEMO_DEFAULT_TODAY;
  if (!Number.isInteger(total) || total < 1)
    throw new RangeError(`people must be a positive integer, got ${total}`);
  if (!isIsoDate(today) || today <= DEMO_REGISTRATION_START) {
    throw new RangeError(`today must be a YYYY-MM-DD date after ${DEMO_REGISTRATION_START}, got "${today}"`);
  }
  const rng = new SeededRandom(seed);
  const registrationEnd = minIso(DEMO_REGISTRATION_END, today);

  // Townships: 8 towns (镇) and 4 sub-districts (街道); poverty is concentrated in 5 of the towns.
  const stems = rng.shuffle(TOWNSHIP_STEMS).slice(0, DEMO_TOWNSHIP_COUNT);
  const streetIndexes = new Set(rng.shuffle(stems.map((_, i) => i)).slice(0, 4));
  const townIndexes = stems.map((_, i) => i).filter((i) => !streetIndexes.has(i));
  const concentratedIndexes = new Set(rng.shuffle(townIndexes).slice(0, DEMO_CONCENTRATED_COUNT));
  const townships: DemoTownship[] = stems.map((stem, i) => ({
    code: demoTownshipCode(i + 1),
    name: `${stem}${streetIndexes.has(i) ? "街道" : "镇"}`,
    concentrated: concentratedIndexes.has(i),
  }));

  const villagesByTownship = new Map<string, string[]>();
  const clerksByTownship = new Map<string, string[]>();
  for (const [i, t] of townships.entries()) {
    const urban = streetIndexes.has(i);
    const names = new Set<string>();
    const wanted = rng.int(5, 8);
    while (names.size < wanted) {
      names.add(
        urban
          ? `${rng.pick(COMMUNITY_STEMS)}社区`
          : `${rng.pick(VILLAGE_FIRST)}${rng.chance(0.3) ? "家" : ""}${rng.pick(VILLAGE_SECOND)}村`,
      );
    }
    villagesByTownship.set(t.code, [...names]);
    clerksByTownship.set(t.code, [
      personName(rng, rng.chance(0.5) ? "M" : "F"),
      personName(rng, rng.chance(0.5) ? "M" : "F"),
    ]);
  }
  const townshipWeights = townships.map((t, i) => [i, t.concentrated ? 3 : 1] as const);

  const households: DemoHousehold[] = [];
  const people: DemoPerson[] = [];
  const surveys: DemoSurvey[] = [];
  const usedIds = new Set<string>();
  let phoneCounter = 0;

  while (people.length < total) {
    const size = Math.min(
      total - people.length,
      rng.weighted([
        [1, 16],
        [2, 30],
        [3, 24],
        [4, 19],
        [5, 11],
      ] as const),
    );
    const townshipIndex = rng.weighted(townshipWeights);
    const township = townships[townshipIndex] as DemoTownship;
    const urban = streetIndexes.has(townshipIndex);
    const village = rng.pick(villagesByTownship.get(township.code) ?? []);
    const householdKey = `H${pad(households.length + 1, 4)}`;
    const householdRegisteredOn = rng.date(DEMO_REGISTRATION_START, registrationEnd);
    const headSurname = rng.weighted(SURNAMES);

    const household: DemoHousehold = {
      key: householdKey,
      townshipCode: township.code,
      village,
      headKey: "",
      urbanZeroEmployment: urban && rng.chance(0.11),
      ruralZeroTransferEmployment: !urban && rng.chance(0.1),
      minimumLivingGuarantee: rng.chance(0.2),
    };
    households.push(household);

    const members: DemoPerson[] = [];
    for (const plan of planHousehold(rng, size)) {
      const key = `P${pad(people.length + 1, 5)}`;
      // Birth date: any day that gives this age today, but no later than the end of registration
      // (everyone in the register was born by the time their household was registered).
      const { age, earliest, latest } = birthWindow(plan.age, today, registrationEnd);
      const birthDate = rng.date(earliest, latest);

      const idNumber = syntheticIdNumber(rng, birthDate, plan.sex, usedIds);
      const phone = age < 10 || rng.chance(0.04) ? null : nextPhone(++phoneCounter);
      const disabilityCertificate = rng.chance(0.05);
      const laborCapacity = laborCapacityFor(rng, age, disabilityCertificate);
      const canWork = laborCapacity !== "NONE";
      const workingAge = age >= 16 && age < 60;
      const willingToWork = canWork && rng.chance(workingAge ? 0.72 : 0.3);
      const willingToTrain = canWork && rng.chance(workingAge ? 0.55 : 0.12);
      const entrepreneurshipCapacity = laborCapacity === "FULL" && age >= 18 && age <= 55 && rng.chance(0.12);
      const entrepreneurshipIntention =
        canWork && age >= 18 && rng.chance(entrepreneurshipCapacity ? 0.6 : 0.04);
      const education = educationFor(rng, age);
      const gradAge = GRADUATION_AGE[education];
      const graduationDate =
        gradAge !== undefined && age <= 30
          ? minIso(`${Number(birthDate.slice(0, 4)) + gradAge}-07-01`, today)
          : null;

      const person: DemoPerson = {
        key,
        name: personName(rng, plan.sex, plan.sameSurname ? headSurname : undefined),
        idNumber,
        phone,
        householdKey,
        townshipCode: township.code,
        village,
        laborCapacity,
        willingToWork,
        willingToTrain,
        entrepreneurshipCapacity,
        entrepreneurshipIntention,
        disabilityCertificate,
        education,
        graduationDate: graduationDate !== null && graduationDate > birthDate ? graduationDate : null,
        povertyStatus: "REGISTERED",
        registeredOn: maxIso(householdRegisteredOn, birthDate),
        exitedOn: null,
      };
      members.push(person);
      people.push(person);

      if (workingAge) {
        const surveyFrom = minIso(maxIso(person.registeredOn, "2018-11-01"), today);
        surveys.push({
          personKey: key,
          surveyedOn: rng.date(surveyFrom, today),
          surveyedBy: rng.pick(clerksByTownship.get(township.code) ?? ["未知"]),
          needsWork: willingToWork ? rng.chance(0.9) : rng.chance(0.05),
          needsTraining: willingToTrain ? rng.chance(0.85) : rng.chance(0.05),
          needsEntrepreneurship: entrepreneurshipIntention ? rng.chance(0.8) : rng.chance(0.02),
          note: rng.chance(0.25) ? rng.pick(SURVEY_NOTES) : null,
        });
      }
    }
    household.headKey = members[0]?.key ?? "";

    // 脱贫 is decided per household: about 30% have exited, on a day after every member registered.
    if (rng.chance(0.3)) {
      const from = maxIso(
        addDays(
          members.reduce((d, m) => maxIso(d, m.registeredOn), DEMO_REGISTRATION_START),
          1,
        ),
        "2015-01-01",
      );
      if (from <= today) {
        const exitedOn = rng.date(from, today);
        for (const m of members) {
          m.povertyStatus = "EXITED";
          m.exitedOn = exitedOn;
        }
      }
    }
  }

  return { townships, households, people, surveys };
}

/**
 * The birth dates that make someone `age` on `today`, cut off at `bornBy`; when the cut-off leaves
 * no such day (a baby born after registration closed) the person is made a year older instead.
 */
function birthWindow(
  age: number,
  today: string,
  bornBy: string,
): { age: number; earliest: string; latest: string } {
  for (let a = age; ; a++) {
    const earliest = addDays(minusYears(today, a + 1), 1);
    const latest = minIso(minusYears(today, a), bornBy);
    if (earliest <= latest) return { age: a, earliest, latest };
  }
}

/** A valid, unique, obviously synthetic ID number (region 990101) for the birth date and sex. */
function syntheticIdNumber(rng: SeededRandom, birthDate: string, sex: SexCode, used: Set<string>): string {
  const date = birthDate.replaceAll("-", "");
  for (let attempt = 0; attempt < 1000; attempt++) {
    // The 17th digit is the last of the 3-digit sequence: odd for men, even for women.
    const sequence = rng.int(0, 499) * 2 + (sex === "M" ? 1 : 0);
    const first17 = `${DEMO_REGION_CODE}${date}${pad(sequence, 3)}`;
    const id = first17 + idCheckDigit(first17);
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
  throw new RangeError(`ran out of ID sequence numbers for ${birthDate}`);
}

/** 170/171 virtual-operator numbers with sequential digits: 17100000001, 17000000002, … */
function nextPhone(n: number): string {
  return `${n % 2 === 0 ? "170" : "171"}${pad(n, 8)}`;
}

// ---------------------------------------------------------------------------------------------
// CSV for the register import
// ---------------------------------------------------------------------------------------------

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const yesNo = (b: boolean): string => (b ? "是" : "否");

/**
 * The demo people as a register-import CSV (Chinese headers, REGISTER_COLUMNS order, CRLF lines),
 * so the demo loads through the same import path as a clerk's file. `bom: true` prefixes a UTF-8 BOM
 * so Excel opens it correctly. Poverty status and exit dates are not part of the import file.
 */
export function demoCityToCsv(
  people: readonly DemoPerson[],
  households: readonly DemoHousehold[],
  options: { bom?: boolean } = {},
): string {
  const householdsByKey = new Map(households.map((h) => [h.key, h]));
  const lines = [REGISTER_COLUMNS.map((c) => csvField(c.zh)).join(",")];
  for (const p of people) {
    const h = householdsByKey.get(p.householdKey);
    if (!h) throw new RangeError(`person ${p.key} names unknown household ${p.householdKey}`);
    const values: Record<RegisterColumnKey, string> = {
      name: p.name,
      idNumber: p.idNumber,
      phone: p.phone ?? "",
      townshipCode: p.townshipCode,
      townshipName: "",
      village: p.village,
      householdKey: p.householdKey,
      isHead: yesNo(h.headKey === p.key),
      laborCapacity: LABOR_CAPACITY_ZH[p.laborCapacity],
      willingToWork: yesNo(p.willingToWork),
      willingToTrain: yesNo(p.willingToTrain),
      entrepreneurshipCapacity: yesNo(p.entrepreneurshipCapacity),
      entrepreneurshipIntention: yesNo(p.entrepreneurshipIntention),
      disabilityCertificate: yesNo(p.disabilityCertificate),
      education: EDUCATION_ZH[p.education],
      graduationDate: p.graduationDate ?? "",
      registeredOn: p.registeredOn,
      urbanZeroEmployment: yesNo(h.urbanZeroEmployment),
      ruralZeroTransferEmployment: yesNo(h.ruralZeroTransferEmployment),
      minimumLivingGuarantee: yesNo(h.minimumLivingGuarantee),
    };
    lines.push(REGISTER_COLUMNS.map((c) => csvField(values[c.key])).join(","));
  }
  return `${options.bom ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`;
}

/** Age of a demo person on the demo's today (convenience for specs and the CLI). */
export function demoAge(person: Pick<DemoPerson, "idNumber">, today: string = DEMO_DEFAULT_TODAY): number {
  const id = person.idNumber;
  return ageOn(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`, today);
}
