import { syntheticId } from "@pa/registry";
import type { Identity } from "@pa/service-kit";
import { readWorkbook } from "@pa/service-kit/ledger";
import { signTestToken, T1, T2 } from "@pa/testing";
import type { Federation } from "./testkit";

/** What the ledger-download specs share: reading a download back, the townships and the people. */

export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const T1_NAME = "东山镇";
export const T2_NAME = "西湖街道";

type Worksheet = Awaited<ReturnType<typeof readWorkbook>>["worksheets"][number];

export interface Download {
  status: number;
  headers: Headers;
  sheet: Worksheet;
  /** Row 1, without exceljs's empty slot 0. */
  header: unknown[];
  /** Data rows keyed by header. */
  rows: Record<string, unknown>[];
}

export interface Refusal {
  status: number;
  headers: Headers;
  error: { message: string; extensions: Record<string, unknown> };
}

export interface LedgerPersonFixture {
  id: string;
  name: string;
  idNumber: string;
  township: string;
}

/** Every column of a sheet's data rows, by header. */
function rowsOf(sheet: Worksheet): { header: unknown[]; rows: Record<string, unknown>[] } {
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  const rows: Record<string, unknown>[] = [];
  for (let n = 2; n <= sheet.rowCount; n++) {
    const values = sheet.getRow(n).values as unknown[];
    rows.push(Object.fromEntries(header.map((h, i) => [String(h), values[i + 1] ?? null])));
  }
  return { header, rows };
}

/** An HTTP client of the gateway's `/exports` routes, signing in as the given caller. */
export function exportsClient(graphqlUrl: string) {
  const base = graphqlUrl.replace(/\/graphql$/, "");
  const get = async (path: string, as: Identity | null, headers: Record<string, string> = {}) => {
    const token = as ? await signTestToken(as) : null;
    return fetch(`${base}${path}`, {
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    });
  };
  /** A download that must succeed, read back with the kit's `readWorkbook`. */
  const download = async (path: string, as: Identity): Promise<Download> => {
    const res = await get(path, as);
    if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
    const wb = await readWorkbook(Buffer.from(await res.arrayBuffer()));
    const sheet = wb.worksheets[0]!;
    return { status: res.status, headers: res.headers, sheet, ...rowsOf(sheet) };
  };
  /** A refused download: its status and the first JSON error. */
  const refusal = async (path: string, as: Identity | null, headers: Record<string, string> = {}) => {
    const res = await get(path, as, headers);
    const body = (await res.json()) as { errors: Refusal["error"][] };
    return { status: res.status, headers: res.headers, error: body.errors[0]! } satisfies Refusal;
  };
  return { get, download, refusal };
}

/** How the registry shows an ID number to a role that may not see it whole. */
export const masked = (id: string) => `${id.slice(0, 6)}********${id.slice(14)}`;

/**
 * Two townships and three people registered through the gateway (the default caller is the poverty
 * office): 张三 (born 1950) and 李四 in T1, 王五 (born 1955) in T2.
 */
export async function registerLedgerPeople(fed: Federation): Promise<LedgerPersonFixture[]> {
  for (const [code, name] of [
    [T1, T1_NAME],
    [T2, T2_NAME],
  ] as const) {
    await fed.ok(`mutation($i: SaveTownshipInput!) { saveTownship(input: $i) { code } }`, {
      i: { code, name, concentrated: true },
    });
  }
  const who = [
    { name: "张三", birth: "1950-03-01", township: T1 },
    { name: "李四", birth: "1985-07-02", township: T1 },
    { name: "王五", birth: "1955-05-03", township: T2 },
  ];
  const people: LedgerPersonFixture[] = [];
  for (const [i, p] of who.entries()) {
    const idNumber = syntheticId(p.birth, 41 + i);
    const r = await fed.ok<{ registerPerson: { id: string } }>(
      `mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }`,
      {
        i: {
          name: p.name,
          idNumber,
          townshipCode: p.township,
          village: "一村",
          laborCapacity: "FULL",
          willingToWork: true,
          registeredOn: "2016-01-01",
        },
      },
    );
    people.push({ id: r.registerPerson.id, name: p.name, idNumber, township: p.township });
  }
  return people;
}
