import type { Logger } from "../logger";

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
