import "reflect-metadata";
import { afterAll, describe, expect, test } from "vitest";
import { Query, Resolver } from "type-graphql";
import { createTestDatabase, TEST_AUTH, type TestDatabase } from "@pa/testing";
import { buildFederatedSchema } from "../graphql/subgraph-schema";
import { createLogger } from "../logger";
import { createService, type ServiceDeps } from "./create-service";
import type { SubgraphApp } from "./subgraph-app";

@Resolver()
class PingResolver {
  @Query(() => String)
  ping(): string {
    return "pong";
  }
}

/** A gate the test opens: the demo activity waits on it, as a real one waits for the registry's people. */
function gate() {
  let open!: () => void;
  let fail!: (e: Error) => void;
  const promise = new Promise<void>((resolve, reject) => ([open, fail] = [resolve, reject]));
  return { promise, open, fail };
}

describe("service kit: createService's demo activity and its state on /health", () => {
  const opened: { app: SubgraphApp; db: TestDatabase }[] = [];
  afterAll(async () => {
    for (const { app, db } of opened) {
      await app.close();
      await db.drop();
    }
  });

  const start = async (deps: Partial<ServiceDeps>, activity?: () => Promise<void>) => {
    const db = await createTestDatabase("sqlite", "demostate");
    const app = await createService({
      name: "demo-state",
      deps: { databaseUrl: db.url, auth: TEST_AUTH, natsUrl: "nats://127.0.0.1:4222", ...deps },
      entities: [],
      migrations: { postgresql: [], sqlite: [] },
      schema: () => buildFederatedSchema({ resolvers: [PingResolver] }),
      loadDemo: async () => undefined,
      ...(activity ? { demoActivity: activity } : {}),
    });
    opened.push({ app, db });
    const { url } = await app.listen(0);
    const health = async () =>
      ((await (await fetch(url.replace(/\/graphql$/, "/health"))).json()) as { status: string; demo: string })
        .demo;
    return { health };
  };
  const logger = createLogger("demo-state", "silent");

  test("recording while the activity runs, recorded once it has finished", async () => {
    const g = gate();
    const { health } = await start({ loadDemo: true, logger }, () => g.promise);
    expect(await health()).toBe("recording");
    g.open();
    await expect.poll(health).toBe("recorded");
  });

  test("a failed activity is `failed` on /health, and the service keeps serving", async () => {
    const g = gate();
    const { health } = await start({ loadDemo: true, logger }, () => g.promise);
    g.fail(new Error("the registry's people never came"));
    await expect.poll(health).toBe("failed");
  });

  test("DEMO_ACTIVITY=false (deps.demoActivity false) never runs it: the reference data alone is `recorded`", async () => {
    let ran = false;
    const { health } = await start({ loadDemo: true, demoActivity: false, logger }, async () => {
      ran = true;
    });
    expect(await health()).toBe("recorded");
    expect(ran).toBe(false);
  });

  test("no demo asked: `off`, and the activity does not run", async () => {
    let ran = false;
    const { health } = await start({ loadDemo: false, logger }, async () => {
      ran = true;
    });
    expect(await health()).toBe("off");
    expect(ran).toBe(false);
  });
});
