import type { Dialect, Identity, Logger, SubgraphApp } from "@pa/service-kit";
import { createTestDatabase, type TestDatabase } from "./databases";
import { graphqlClient } from "./graphql-client";
import { TEST_AUTH } from "./tokens";
import { deleteNamespaceStreams, TEST_NATS_URL, testNamespace } from "./bus";

/** What a service's `createXApp` receives in tests: a fresh database and the test token settings. */
export interface TestAppDeps {
  databaseUrl: string;
  auth: typeof TEST_AUTH;
  natsUrl: string;
  /** The bus namespace of this test (prefixes subjects, suffixes streams). */
  natsNamespace: string;
  /** Load the service's demo data on the fresh database (the demo specs). */
  loadDemo?: boolean;
  /** The service's logger (specs that read its lines); default the kit's, on stdout. */
  logger?: Logger;
}

export interface ServiceHarness {
  app: SubgraphApp;
  db: TestDatabase;
  url: string;
  natsNamespace: string;
  gql: ReturnType<typeof graphqlClient>["gql"];
  ok: ReturnType<typeof graphqlClient>["ok"];
  close(): Promise<void>;
}

/**
 * Runs one service's app in-process on its own fresh database, listening on a free port.
 * Call `close()` in `afterAll`: it stops the app and drops the database.
 */
export async function startServiceHarness(
  createApp: (deps: TestAppDeps) => Promise<SubgraphApp>,
  opts: {
    dialect: Dialect;
    label: string;
    user: Identity | null;
    /** Share one namespace between services that must hear each other; default a fresh one. */
    natsNamespace?: string;
    /** Start the app with its demo data loaded, as `npm start` does. */
    loadDemo?: boolean;
    logger?: Logger;
  },
): Promise<ServiceHarness> {
  const db = await createTestDatabase(opts.dialect, opts.label);
  const ownNamespace = opts.natsNamespace === undefined;
  const natsNamespace = opts.natsNamespace ?? testNamespace(opts.label);
  const app = await createApp({
    databaseUrl: db.url,
    auth: TEST_AUTH,
    natsUrl: TEST_NATS_URL,
    natsNamespace,
    ...(opts.loadDemo ? { loadDemo: true } : {}),
    ...(opts.logger ? { logger: opts.logger } : {}),
  });
  const { url } = await app.listen(0);
  const client = graphqlClient(url, opts.user);
  return {
    app,
    db,
    ...client,
    natsNamespace,
    async close() {
      await app.close();
      await db.drop();
      if (ownNamespace) await deleteNamespaceStreams(natsNamespace);
    },
  };
}
