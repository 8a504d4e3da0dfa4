import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { type RequestHandler, type Router } from "express";

/** Paths the gateway answers itself: never the console's index.html, whatever the Accept header. */
const OWN_PATHS = /^\/(graphql|dev|exports|health|ready|metrics)(\/|$|\.|\?)/;

/** Whether `dir` holds a production build of the console (`packages/console/dist`). */
export function hasConsoleBuild(dir: string | null | undefined): dir is string {
  return !!dir && existsSync(join(dir, "index.html"));
}

/**
 * Serves the web console (工作台) from the gateway's own origin, so the browser needs no CORS:
 * hashed assets cached for a year, every other GET that wants HTML answered with `index.html`
 * (the console's router takes it from there). Mounted after the gateway's own routes.
 */
export function consoleRoutes(dir: string): Router {
  const router = express.Router();
  router.use(
    "/assets",
    express.static(join(dir, "assets"), { immutable: true, maxAge: "1y", index: false, fallthrough: false }),
  );
  router.use(express.static(dir, { index: false, maxAge: 0 }));
  const spaFallback: RequestHandler = (req, res, next) => {
    if ((req.method !== "GET" && req.method !== "HEAD") || OWN_PATHS.test(req.path) || !req.accepts("html")) {
      next();
      return;
    }
    res.setHeader("cache-control", "no-cache");
    res.sendFile(join(dir, "index.html"));
  };
  router.use(spaFallback);
  return router;
}
