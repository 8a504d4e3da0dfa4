import type { TokenSettings } from "../auth/tokens";
import { createLogger, type Logger } from "../logger";
import type { ServiceDeps } from "./create-service";
import type { SubgraphApp } from "./subgraph-app";

/**
 * Graceful shutdown: on SIGTERM or SIGINT stop taking requests, finish those in flight, close the
 * database and the bus, then exit. A second signal, or 20 s without finishing, forces the exit.
 */
export function handleShutdown(logger: Logger, close: () => Promise<void>, timeoutMs = 20_000): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, "second signal: exiting now");
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, "shutting down");
    const timer = setTimeout(() => {
      logger.error("shutdown took too long: exiting");
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    close().then(
      () => {
        logger.info("stopped");
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ err }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

/** Runs a service's main, turning a start-up failure (bad configuration, say) into one clear line. */
export async function runMain(name: string, main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (err) {
    const message =
      err instanceof Error
        ? err.name === "ConfigError"
          ? err.message
          : (err.stack ?? err.message)
        : String(err);
    console.error(`[${name}] failed to start: ${message}`);
    process.exit(1);
  }
}

/** The configuration every service reads (the kit's `ServerEnv`, `DatabaseEnv`, `AuthEnv`, `NatsEnv`). */
export interface StandardServiceConfig extends TokenSettings {
  NODE_ENV: "development" | "production" | "test";
  HOST: string;
  PORT: number;
  LOG_LEVEL: string;
  DATABASE_URL: string;
  NATS_URL: string;
  NATS_STREAM_REPLICAS: number;
  NATS_NAMESPACE: string;
}

export interface RunServiceOptions<Cfg extends StandardServiceConfig> {
  name: string;
  /** Reads and validates the environment (the service's `config.ts`); a bad value stops the start. */
  config: () => Cfg;
  /** The service's `createXApp`: the kit's deps from the standard variables, and the whole config for its own. */
  app: (deps: ServiceDeps, config: Cfg) => Promise<SubgraphApp>;
  /** Whether to load the demo on an empty database (the service's `<SERVICE>_LOAD_DEMO`). */
  loadDemo?: (config: Cfg) => boolean;
  /** Work the process runs beside the server (a daily schedule, say); returns how to stop it. */
  background?: (app: SubgraphApp, config: Cfg, logger: Logger) => (() => void) | undefined;
}

/**
 * A service's `main.ts` in one call: read the configuration, build the app, start its background
 * work, listen, and shut down gracefully on SIGTERM/SIGINT (background work stops first, then the
 * server, the bus and the database).
 */
export function runService<Cfg extends StandardServiceConfig>(opts: RunServiceOptions<Cfg>): Promise<void> {
  return runMain(opts.name, async () => {
    const config = opts.config();
    const logger = createLogger(opts.name, config.LOG_LEVEL);
    const app = await opts.app(
      {
        databaseUrl: config.DATABASE_URL,
        auth: config,
        natsUrl: config.NATS_URL,
        natsStreamReplicas: config.NATS_STREAM_REPLICAS,
        natsNamespace: config.NATS_NAMESPACE,
        loadDemo: opts.loadDemo?.(config) ?? false,
        demoActivity: process.env.DEMO_ACTIVITY !== "false",
        logger,
        production: config.NODE_ENV === "production",
      },
      config,
    );
    const stopBackground = opts.background?.(app, config, logger);
    const { url } = await app.listen(config.PORT, config.HOST);
    logger.info({ url }, `${opts.name} listening`);
    handleShutdown(logger, async () => {
      stopBackground?.();
      await app.close();
    });
  });
}
