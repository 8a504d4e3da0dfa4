/**
 * `pnpm --filter @pa/console bench`: the web console's production bundle (gzip size per chunk, and
 * the first screen's JavaScript: the entry with its static imports plus the dashboard section), and
 * the time from navigation to an interactive dashboard and dossier in Debian's Chromium on the
 * demo city (3,000 people), served by the gateway as `npm start` does. Not a test: it prints figures.
 */
import { loadavg } from "node:os";
import { readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "playwright-core";
import { buildIfStale } from "@pa/console/build";
import { callers, signTestToken } from "@pa/testing";
import { startSystem } from "../src/system";

const ROOT = resolve(import.meta.dirname, "../..");
const DIST = join(ROOT, "packages/console/dist");
const RUNS = Number(process.env["BENCH_RUNS"] ?? 5);
const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

// ---- bundle ------------------------------------------------------------------------------------
buildIfStale();
interface Chunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
const manifest = JSON.parse(readFileSync(join(DIST, ".vite/manifest.json"), "utf8")) as Record<string, Chunk>;
const gz = (file: string) => gzipSync(readFileSync(join(DIST, file))).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const closure = (keys: string[], seen = new Set<string>()): Set<string> => {
  for (const k of keys) {
    if (seen.has(k) || !manifest[k]) continue;
    seen.add(k);
    closure(manifest[k].imports ?? [], seen);
  }
  return seen;
};
const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
const dashboardKey = Object.keys(manifest).find((k) => k.includes("sections/dashboard/pages"))!;
const signInScreen = closure([entryKey]);
const firstScreen = closure([entryKey, dashboardKey]);
const sum = (keys: Set<string>) => [...keys].reduce((n, k) => n + gz(manifest[k]!.file), 0);

const rows = Object.entries(manifest)
  .filter(([, c]) => c.file.endsWith(".js"))
  .map(([k, c]) => ({ key: k, file: c.file, raw: statSync(join(DIST, c.file)).size, gzip: gz(c.file) }))
  .sort((a, b) => b.gzip - a.gzip);
console.log("\nchunk | source | raw | gzip | first screen");
for (const r of rows) {
  console.log(`${r.file} | ${r.key} | ${kb(r.raw)} | ${kb(r.gzip)} | ${firstScreen.has(r.key) ? "yes" : ""}`);
}
console.log(`\nshell JS (entry + static imports, sign-in page lazy): ${kb(sum(signInScreen))} gzip`);
console.log(`first screen JS (entry + static imports + dashboard section): ${kb(sum(firstScreen))} gzip`);

// ---- timings on the demo city ----------------------------------------------------------------
if (process.argv.includes("--bundle-only")) process.exit(0);
const office = callers.povertyOffice.manager();
console.log("\nstarting the system with the demo city (every subgraph in its own process, NATS, SQLite)…");
const started = performance.now();
const system = await startSystem({
  dialect: "sqlite",
  user: office,
  demoCity: true,
  gateway: { consoleDir: DIST },
});
try {
  // The departments learn about the 3,000 people over the bus and record the demo's plan years
  // (each service's /health says when): measure what a clerk sees once `npm start` has settled.
  const states = await system.demoSettled();
  const cases = (
    await system.ok<{ assistanceCases: { totalCount: number } }>(
      `{ assistanceCases(first: 1) { totalCount } }`,
    )
  ).assistanceCases.totalCount;
  console.log(
    `demo settled in ${((performance.now() - started) / 1000).toFixed(0)} s (${Object.entries(states)
      .map(([n, st]) => `${n} ${st}`)
      .join(", ")}; ${cases} assistance cases; load average ${loadavg()[0]!.toFixed(1)})`,
  );
  const someone = (
    await system.ok<{ offerGaps: { nodes: { person: { id: string } }[] } }>(
      `{ offerGaps(first: 1) { nodes { person { id } } } }`,
    )
  ).offerGaps.nodes[0]!.person.id;

  const token = await signTestToken(office);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const measure = async (path: string, ready: (page: Page) => Promise<void>) => {
    const times: number[] = [];
    // Where the time goes: when the page's first GraphQL request left, and when its answer came.
    const sent: number[] = [];
    const answered: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // A fresh context each run: nothing cached, as a clerk's first visit of the day.
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      await context.addInitScript({
        content: `sessionStorage.setItem("pa.console.session", ${JSON.stringify(token)})`,
      });
      const page = await context.newPage();
      const said: string[] = [];
      page.on("pageerror", (e) => said.push(`[page] ${e.message}`));
      page.on("response", (r) => {
        if (r.url().endsWith("/graphql"))
          r.json()
            .then((b: { errors?: unknown[] }) => {
              if (b.errors) said.push(`[graphql] ${JSON.stringify(b.errors).slice(0, 600)}`);
            })
            .catch(() => undefined);
      });
      let firstSent: number | undefined;
      let firstAnswered: number | undefined;
      page.on("request", (r) => {
        if (r.url().endsWith("/graphql")) firstSent ??= performance.now() - t0;
      });
      page.on("requestfinished", (r) => {
        if (r.url().endsWith("/graphql")) firstAnswered ??= performance.now() - t0;
      });
      const t0 = performance.now();
      await page.goto(`${system.origin}${path}`);
      try {
        await ready(page);
      } catch (e) {
        await page.screenshot({ path: "../.data/console-bench-failed.png" }).catch(() => undefined);
        console.error(`${path} did not become interactive; the page saw:\n${said.join("\n") || "(nothing)"}`);
        console.error(`the subgraphs' recent errors:\n${system.recentErrors()}`);
        throw e;
      }
      times.push(performance.now() - t0);
      if (firstSent !== undefined) sent.push(firstSent);
      if (firstAnswered !== undefined) answered.push(firstAnswered);
      await context.close();
    }
    times.sort((a, b) => a - b);
    return {
      median: times[Math.floor(times.length / 2)]!,
      max: times[times.length - 1]!,
      sent: median(sent),
      answered: median(answered),
    };
  };
  const dashboard = await measure("/", async (page) => {
    await page.locator('[data-testid="dashboard-figures"] .ant-statistic-content-value').nth(4).waitFor();
    await page.getByRole("img", { name: "公益岗位在岗与空岗" }).locator("canvas").waitFor();
  });
  const dossier = await measure(`/dossier/${someone}`, async (page) => {
    await page.getByTestId("offer-count").waitFor();
    await page.getByTestId("dossier-settlements").waitFor();
    await page.getByTestId("dossier-notices").waitFor();
    await page.getByTestId("timeline").locator(".ant-timeline-item").first().waitFor();
  });
  await browser.close();
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log(`\nnavigation → interactive (median / max of ${RUNS}, cold context each):`);
  for (const [name, m] of [
    ["dashboard", dashboard],
    ["dossier", dossier],
  ] as const)
    console.log(
      `  ${name.padEnd(9)}: ${ms(m.median)} / ${ms(m.max)} (first GraphQL request sent at ${ms(m.sent)}, answered at ${ms(m.answered)}, medians)`,
    );
  console.log(`  load average (1 min) after: ${loadavg()[0]!.toFixed(1)}`);
} finally {
  await system.close();
}
