import { existsSync } from "node:fs";
import { extname, join } from "node:path";
import express, { type RequestHandler, type Router } from "express";

/** Paths the gateway answers itself: never the console's index.html, whatever the Accept header. */
const OWN_PATHS = /^\/(graphql|dev|exports|health|ready|metrics)(\/|$|\.|\?)/;

/** Whether `dir` holds a production build of the console (`packages/console/dist`). */
export function hasConsoleBuild(dir: string | null | undefined): dir is string {
  return !!dir && existsSync(join(dir, "index.html"));
}

/** A hashed asset's name: one path segment, nothing that could leave the assets folder. */
const ASSET_NAME = /^\/[\w-]+(\.[\w-]+)*\.(js|css|svg|json|html|txt|map)$/;
const YEAR = 365 * 24 * 3600;

/**
 * The build's precompressed copy of a hashed asset (`<file>.br` / `<file>.gz`, written by the
 * console's Vite build) when the browser accepts it: sent as is with `content-encoding`, so the
 * gateway spends no CPU compressing and the browser downloads the 180 kB gzip of ECharts, not its
 * 1 MB. Anything else falls through to the plain file.
 */
function precompressed(assets: string): RequestHandler {
  return (req, res, next) => {
    if ((req.method !== "GET" && req.method !== "HEAD") || !ASSET_NAME.test(req.path)) {
      next();
      return;
    }
    const file = join(assets, req.path);
    const encoding = ["br", "gzip"].find(
      (e) => req.acceptsEncodings(e) === e && existsSync(`${file}.${e === "br" ? "br" : "gz"}`),
    );
    res.vary("accept-encoding");
    if (!encoding) {
      next();
      return;
    }
    // The type of the file it stands for (set first: sendFile keeps a type already set).
    res.type(extname(file));
    res.sendFile(`${file}.${encoding === "br" ? "br" : "gz"}`, {
      headers: {
        "content-encoding": encoding,
        "cache-control": `public, max-age=${YEAR}, immutable`,
      },
      cacheControl: false,
    });
  };
}

/**
 * Serves the web console (工作台) from the gateway's own origin, so the browser needs no CORS:
 * hashed assets cached for a year (`immutable`) and sent precompressed (brotli or gzip) when the
 * build has them, every other GET that wants HTML answered with `index.html` (the console's
 * router takes it from there). Mounted after the gateway's own routes.
 */
export function consoleRoutes(dir: string): Router {
  const router = express.Router();
  router.use("/assets", precompressed(join(dir, "assets")));
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
