import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

/**
 * Writes `<file>.br` and `<file>.gz` beside every script and stylesheet of the build, which the
 * gateway sends to browsers that accept them (gateway/src/console.ts): compressed once, at build
 * time, at the best ratio, instead of on every response.
 */
function precompress(): Plugin {
  return {
    name: "pa-precompress",
    apply: "build",
    writeBundle(options, bundle) {
      const dir = options.dir ?? "dist";
      for (const file of Object.values(bundle)) {
        if (!/\.(js|css|svg)$/.test(file.fileName)) continue;
        const body = Buffer.from(file.type === "chunk" ? file.code : file.source);
        if (body.length < 1024) continue;
        const path = join(dir, file.fileName);
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
        writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}

/** Where `pnpm --filter @pa/console dev` sends API calls: the gateway of `npm start`. */
const gateway = process.env["CONSOLE_GATEWAY_URL"] ?? "http://127.0.0.1:4000";

export default defineConfig({
  plugins: [react(), precompress()],
  base: "/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // The manifest lets the benchmark tell the first screen's chunks from the lazy sections'.
    manifest: true,
  },
  server: {
    host: "127.0.0.1",
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(
      ["/graphql", "/dev", "/exports", "/health", "/ready"].map((p) => [p, { target: gateway }]),
    ),
  },
});
