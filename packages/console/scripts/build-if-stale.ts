/**
 * Builds the console's production bundle (`dist/`) only when what it is built from changed since
 * the last build: `npm start` and the browser tests call this, so a warm start costs ~0.1 s.
 * The fingerprint covers the console's sources and config, the lockfile, and the kit and registry
 * modules it bundles; it is kept in `dist/.build-fingerprint`.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const CONSOLE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const ROOT = resolve(CONSOLE_DIR, "../..");
const STAMP = join(CONSOLE_DIR, "dist/.build-fingerprint");

const inputs = [
  "packages/console/src",
  "packages/console/index.html",
  "packages/console/vite.config.ts",
  "packages/console/scripts/build-if-stale.ts",
  "packages/console/package.json",
  "pnpm-lock.yaml",
  "packages/service-kit/src/money-format.ts",
  "packages/service-kit/src/dates.ts",
  "services/registry/src/person/id-number.rules.ts",
];

function files(path: string): string[] {
  const abs = join(ROOT, path);
  if (!existsSync(abs)) return [];
  if (!statSync(abs).isDirectory()) return [path];
  return readdirSync(abs)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

export function fingerprint(): string {
  const h = createHash("sha256");
  for (const f of inputs.flatMap(files)) {
    h.update(f);
    h.update(readFileSync(join(ROOT, f)));
  }
  return h.digest("hex");
}

export function buildIfStale(log: (line: string) => void = console.log): boolean {
  const want = fingerprint();
  const have = existsSync(STAMP) ? readFileSync(STAMP, "utf8").trim() : "";
  if (have === want && existsSync(join(CONSOLE_DIR, "dist/index.html"))) return false;
  log("console: building the web console (packages/console/dist)…");
  const started = Date.now();
  execFileSync(join(ROOT, "node_modules/.bin/vite"), ["build", "--logLevel", "warn"], {
    cwd: CONSOLE_DIR,
    stdio: ["ignore", "inherit", "inherit"],
    // Under vitest NODE_ENV is "test", and Vite would then bundle React's development build
    // (jsx-dev-runtime: +70 kB gzip on the first screen, slower renders) into the production bundle.
    env: { ...process.env, NODE_ENV: "production" },
  });
  writeFileSync(STAMP, `${want}\n`);
  log(`console: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) buildIfStale();
