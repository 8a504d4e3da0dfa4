/**
 * Preloaded (`node --import`) into each process of `pnpm bench:dossier --profile DIR`: the first
 * SIGUSR2 starts V8's CPU profiler, the second stops it and writes `$BENCH_PROFILE_FILE`
 * (a `.cpuprofile` for Chrome DevTools or speedscope), so the profile covers the measured
 * requests only, not start-up, the import or the consumers' catch-up. A later pair writes
 * `<name>-2.cpuprofile`, `-3` … (the gateway's pass of row 2, say).
 */
import { Session } from "node:inspector";
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_PROFILE_FILE;
if (file) {
  const session = new Session();
  session.connect();
  let running = false;
  let written = 0;
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
      written += 1;
      const to = written === 1 ? file : file.replace(/\.cpuprofile$/, `-${written}.cpuprofile`);
      void post("Profiler.stop").then(({ profile }) => {
        writeFileSync(to, JSON.stringify(profile));
        process.stderr.write(`cpu profile written to ${to}\n`);
      });
    }
  });
}
