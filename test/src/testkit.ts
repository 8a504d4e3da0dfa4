import { createGateway, composeSupergraph, type Gateway, type GatewayOptions } from "@pa/gateway";
import {
  createLogger,
  createTokenVerifier,
  type Dialect,
  type Identity,
  type SubgraphApp,
} from "@pa/service-kit";
import {
  deleteNamespaceStreams,
  graphqlClient,
  testNamespace,
  startServiceHarness,
  TEST_AUTH,
  type ServiceHarness,
  type TestAppDeps,
} from "@pa/testing";

export interface SubgraphUnderTest {
  name: string;
  createApp: (deps: TestAppDeps) => Promise<SubgraphApp>;
  /** The subgraph's SDL as the service prints it (composed at run time: the ports are random). */
  sdl: () => Promise<string>;
}

export interface Federation {
  gateway: Gateway;
  /** The gateway's GraphQL URL (`…/graphql`); its other routes share the origin. */
  url: ReturnType<typeof graphqlClient>["url"];
  subgraphs: Record<string, ServiceHarness>;
  gql: ReturnType<typeof graphqlClient>["gql"];
  ok: ReturnType<typeof graphqlClient>["ok"];
  close(): Promise<void>;
}

/**
 * The federation in one process for cross-service tests: each subgraph on its own fresh database
 * and a free port, composed at run time, behind a real gateway that verifies tokens.
 */
export async function startFederation(
  subgraphs: SubgraphUnderTest[],
  opts: {
    dialect: Dialect;
    user: Identity | null;
    /**
     * Where every process's log lines go (each subgraph's and the gateway's kit logger, at debug),
     * for specs that read them; without it the gateway is silent and the subgraphs log as usual.
     */
    logTo?: Parameters<typeof createLogger>[2];
    /** Gateway settings for this federation, e.g. the ledgers it serves and their page size. */
    gateway?: Pick<GatewayOptions, "ledgers" | "exportPageSize">;
  },
): Promise<Federation> {
  const logTo = opts.logTo;
  const started: Record<string, ServiceHarness> = {};
  // One bus namespace for the whole federation: its services hear each other, and no other test.
  const natsNamespace = testNamespace("e2e");
  for (const s of subgraphs) {
    started[s.name] = await startServiceHarness(s.createApp, {
      ...(logTo ? { logger: createLogger(s.name, "debug", logTo) } : {}),
      dialect: opts.dialect,
      label: `e2e-${s.name}`,
      user: opts.user,
      natsNamespace,
    });
  }
  const supergraphSdl = composeSupergraph(
    await Promise.all(
      subgraphs.map(async (s) => ({ name: s.name, url: started[s.name]!.url, typeDefs: await s.sdl() })),
    ),
  );
  const gateway = await createGateway({
    supergraphSdl,
    verifyToken: createTokenVerifier(TEST_AUTH),
    logger: logTo ? createLogger("gateway", "debug", logTo) : createLogger("gateway", "silent"),
    corsOrigins: [],
    production: false,
    limits: { maxDepth: 12, maxAliases: 30, maxCost: 50_000 },
    ...opts.gateway,
  });
  const { url } = await gateway.listen(0);
  const client = graphqlClient(url, opts.user);
  return {
    gateway,
    subgraphs: started,
    ...client,
    async close() {
      await gateway.close();
      for (const h of Object.values(started)) await h.close();
      await deleteNamespaceStreams(natsNamespace);
    },
  };
}
