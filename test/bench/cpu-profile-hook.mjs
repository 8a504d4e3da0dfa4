/**
 * Preloaded (`node --import`) into each process of `pnpm bench:dossier --profile DIR`: the first
 * SIGUSR2 starts V8's CPU profiler, the second stops it and writes `$BENCH_PROFILE_FILE`
 * (a `.cpuprofile` for Chrome DevTools or speedscope), so the profile covers the measured
 * requests only, not start-up, the import or the consumers' catch-up.
 */
import { Session } from "node:inspector";
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_PROFILE_FILE;
if (file) {
  const session = new Session();
  session.connect();
  let running = false;
  const post = (method, params = {}) =>
    new Promise((resolve, reject) =>
      session.post(method, params, (err, result) => (err ? reject(err) : resolve(result))),
    );
  process.on("SIGUSR2", () => {
    if (!running) {
      running = true;
      void post("Profiler.enable")
        .then(() => post("Profiler.setSamplingInterval", { interval: 200 }))
        .then(() => post("Profiler.start"));
    } else {
      running = false;
      void post("Profiler.stop").then(({ profile }) => {
        writeFileSync(file, JSON.stringify(profile));
        process.stderr.write(`cpu profile written to ${file}\n`);
      });
    }
  });
}
