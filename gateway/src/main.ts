import { existsSync, readFileSync } from "node:fs";
import { ConfigError, createLogger, createTokenVerifier, handleShutdown, runMain } from "@pa/service-kit";
import { loadGatewayConfig } from "./config";
import { loadLedgers } from "./exports";
import { hasConsoleBuild } from "./console";
import { createGateway } from "./gateway";
import { readServiceList } from "./subgraphs";

await runMain("gateway", async () => {
  const config = loadGatewayConfig();
  const logger = createLogger("gateway", config.LOG_LEVEL);
  if (!existsSync(config.SUPERGRAPH_PATH)) {
    throw new ConfigError(
      `No supergraph at ${config.SUPERGRAPH_PATH}. Run \`pnpm schema:emit && pnpm compose\` at the repository root.`,
    );
  }
  const production = config.NODE_ENV === "production";
  const gateway = await createGateway({
    supergraphSdl: readFileSync(config.SUPERGRAPH_PATH, "utf8"),
    urlOverrides: config.subgraphUrls,
    verifyToken: createTokenVerifier(config),
    logger,
    corsOrigins: config.CORS_ORIGINS,
    production,
    limits: {
      maxDepth: config.MAX_DEPTH,
      maxAliases: config.MAX_ALIASES,
      maxCost: config.MAX_COST,
      maxTokens: config.MAX_TOKENS,
    },
    subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    ledgers: await loadLedgers(readServiceList()),
    consoleDir: config.CONSOLE_DIR,
    devToken: config.JWT_SECRET
      ? { secret: config.JWT_SECRET, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE }
      : null,
  });
  const { url } = await gateway.listen(config.PORT, config.HOST);
  const consoleUrl = hasConsoleBuild(config.CONSOLE_DIR) ? url.replace(/graphql$/, "") : null;
  logger.info({ url, console: consoleUrl, subgraphs: gateway.subgraphs, production }, "gateway listening");
  handleShutdown(logger, () => gateway.close());
});
