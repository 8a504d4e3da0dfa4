import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

/** Where `pnpm --filter @pa/console dev` sends API calls: the gateway of `npm start`. */
const gateway = process.env["CONSOLE_GATEWAY_URL"] ?? "http://127.0.0.1:4000";

export default defineConfig({
  plugins: [react()],
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
