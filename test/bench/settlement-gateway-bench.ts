/**
 * `pnpm bench:settlement` (second part): p50/p99 of the `settleClaim` mutation through the gateway
 * (gateway → social-security, JWT verified twice, one transaction with its outbox row per claim).
 * Not a test: it prints figures. People are registered through the registry and reach
 * social security through the real bus first, as in production.
 */
import { performance } from "node:perf_hooks";
import { buildRegistrySchema, createRegistryApp, syntheticId } from "@pa/registry";
import {
  buildSocialSecuritySchema,
  createSocialSecurityApp,
  medicalParams,
  seedPolicy,
} from "@pa/social-security";
import type { Dialect } from "@pa/service-kit";
import { callers, signTestToken, T1, waitFor } from "@pa/testing";
import { startFederation } from "../src/testkit";

const dialect: Dialect = process.argv.includes("--sqlite") ? "sqlite" : "postgresql";
const N = Number(process.env.BENCH_REQUESTS ?? 1000);
const PEOPLE = 50;

const fed = await startFederation(
  [
    { name: "registry", createApp: createRegistryApp, sdl: async () => (await buildRegistrySchema()).sdl },
    {
      name: "social-security",
      createApp: createSocialSecurityApp,
      sdl: async () => (await buildSocialSecuritySchema()).sdl,
    },
  ],
  { dialect, user: callers.povertyOffice.clerk() },
);
try {
  await fed.ok(`mutation { saveTownship(input: { code: "${T1}", name: "东山镇" }) { code } }`);
  await seedPolicy(fed.subgraphs["social-security"]!, "MEDICAL", "2018-01-01", medicalParams());
  const ids: string[] = [];
  for (let i = 0; i < PEOPLE; i++) {
    const r = await fed.ok<{ registerPerson: { id: string } }>(
      `mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }`,
      {
        i: {
          name: `压测${i}`,
          idNumber: syntheticId("1960-01-01", i),
          townshipCode: T1,
          village: "一村",
          laborCapacity: "NONE",
          registeredOn: "2016-01-01",
        },
      },
    );
    ids.push(r.registerPerson.id);
  }
  const token = await signTestToken(callers.medicalCentre.clerk());
  const known = `query($id: ID!) { person(id: $id) { socialSecurity { enrolments { scheme } } } }`;
  await waitFor(
    "the people in social security",
    async () => {
      const r = await fed.ok<{ person: { socialSecurity: { enrolments: unknown[] } | null } }>(
        known,
        { id: ids[PEOPLE - 1] },
        { token },
      );
      return (r.person.socialSecurity?.enrolments.length ?? 0) > 0;
    },
    30_000,
  );

  const SETTLE = `mutation S($i: SettleClaimInput!) { settleClaim(input: $i) { id outOfPocketFen } }`;
  const times: number[] = [];
  const warmup = 50;
  for (let i = 0; i < N + warmup; i++) {
    const total = 50_000 + ((i * 7919) % 3_000_000);
    const scope = Math.floor(total * 0.7);
    const t0 = performance.now();
    await fed.ok(
      SETTLE,
      {
        i: {
          personId: ids[i % PEOPLE],
          claimDate: "2019-06-01",
          hospitalLevel: "SECONDARY",
          totalCostFen: total,
          policyScopeCostFen: scope,
          specialDrugsCostFen: Math.floor(total * 0.1),
        },
      },
      { token },
    );
    if (i >= warmup) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(
    `settleClaim through the gateway on ${dialect}: ${N} sequential requests after ${warmup} warm-up (node ${process.version})`,
  );
  console.log(
    `  p50 ${q(0.5)} ms  p90 ${q(0.9)} ms  p99 ${q(0.99)} ms  max ${times[times.length - 1]!.toFixed(1)} ms  (${(1000 / mean).toFixed(0)} requests/s sequential)`,
  );
} finally {
  await fed.close();
}
