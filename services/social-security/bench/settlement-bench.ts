/**
 * `pnpm bench:settlement` — settlements per second of the pure engine (goal ≥ 100,000/s on a
 * 2-core machine). Not a test: it prints figures. Mixed claims (poor and non-poor, all five payers,
 * special drugs, band crossings, caps), accumulators carried from claim to claim as in a real year.
 */
import { performance } from "node:perf_hooks";
import {
  emptyAccumulators,
  settle,
  type Claim,
  type YearAccumulators,
} from "../src/settlement/settlement.engine";
import { testPolicy } from "../src/settlement/settlement.fixtures";

const policy = testPolicy();
const N_CLAIMS = 10_000;
let seed = 7;
const rnd = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const claims: Claim[] = [];
for (let i = 0; i < N_CLAIMS; i++) {
  const total = 1000 + rnd(3_000_000);
  const scope = rnd(total + 1);
  const drugs = rnd(total - scope + 1);
  claims.push({
    personId: `P${i % 500}`,
    date: "2019-06-01",
    hospitalLevel: (["PRIMARY", "SECONDARY", "TERTIARY"] as const)[i % 3]!,
    totalCostFen: total,
    policyScopeCostFen: scope,
    specialDrugsCostFen: drugs,
  });
}

function run(rounds: number): { ms: number; count: number; checksum: number } {
  const accs = new Map<string, YearAccumulators>();
  let checksum = 0;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    accs.clear();
    for (let i = 0; i < claims.length; i++) {
      const c = claims[i]!;
      const res = settle({
        claim: c,
        poorPerson: (i & 1) === 0,
        accumulators: accs.get(c.personId) ?? emptyAccumulators(2019),
        policy,
      });
      accs.set(c.personId, res.accumulators);
      checksum += res.outOfPocketFen;
    }
  }
  return { ms: performance.now() - t0, count: rounds * claims.length, checksum };
}

run(3); // warm-up: let V8 optimise before measuring
const samples: number[] = [];
let last = { ms: 0, count: 0, checksum: 0 };
for (let i = 0; i < 5; i++) {
  last = run(10);
  samples.push((last.count / last.ms) * 1000);
}
samples.sort((a, b) => a - b);
const median = samples[2]!;
const perSettlementUs = 1e6 / median;
console.log(`settlement engine: ${last.count} settlements per sample, 5 samples (node ${process.version})`);
console.log(
  `  settlements/s  min ${Math.round(samples[0]!)}  median ${Math.round(median)}  max ${Math.round(samples[4]!)}`,
);
console.log(`  per settlement ${perSettlementUs.toFixed(2)} µs (with the full bilingual trace)`);
console.log(`  goal ≥ 100000/s: ${median >= 100_000 ? "met" : "NOT met"}  (checksum ${last.checksum})`);

// ── The settle mutation through this subgraph (HTTP, GraphQL, auth, one transaction per claim) ──
// On SQLite in a temporary file; the gateway adds one hop (measure it in test/ once composed).
if (!process.argv.includes("--engine-only")) {
  const { callers, startServiceHarness } = await import("@pa/testing");
  const { createSocialSecurityApp } = await import("../src/app");
  const { seedPerson, seedPolicy, medicalParams } = await import("../src/social-security.fixtures");
  const dialect = process.argv.includes("--postgresql") ? "postgresql" : "sqlite";
  const h = await startServiceHarness(createSocialSecurityApp, {
    dialect,
    label: "ss-bench",
    user: callers.medicalCentre.clerk(),
  });
  try {
    await seedPolicy(h, "MEDICAL", "2018-01-01", medicalParams());
    const people = [];
    for (let i = 0; i < 50; i++) people.push((await seedPerson(h)).personId);
    const SETTLE = `mutation S($input: SettleClaimInput!) { settleClaim(input: $input) { id outOfPocketFen } }`;
    const N = 500;
    const times: number[] = [];
    for (let i = 0; i < N + 50; i++) {
      const c = claims[i % claims.length]!;
      const t0 = performance.now();
      await h.ok(SETTLE, {
        input: {
          personId: people[i % people.length],
          claimDate: "2019-06-01",
          hospitalLevel: c.hospitalLevel,
          totalCostFen: c.totalCostFen,
          policyScopeCostFen: c.policyScopeCostFen,
          specialDrugsCostFen: c.specialDrugsCostFen,
        },
      });
      if (i >= 50) times.push(performance.now() - t0); // the first 50 warm up
    }
    times.sort((a, b) => a - b);
    const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
    console.log(`settleClaim mutation on ${dialect} (${N} sequential requests, token signed per request):`);
    console.log(`  p50 ${q(0.5)} ms  p90 ${q(0.9)} ms  p99 ${q(0.99)} ms  max ${q(0.999)} ms`);
  } finally {
    await h.close();
  }
}
