/** @pa/gateway — the federation's entry point, for the launcher and cross-service tests. */
export { createGateway, type Gateway, type GatewayLimits, type GatewayOptions } from "./gateway";
export { composeSupergraph, type SubgraphDefinition } from "./compose";
