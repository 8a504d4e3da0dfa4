/** @pa/gateway — the federation's entry point, for the launcher and cross-service tests. */
export { createGateway, type Gateway, type GatewayLimits, type GatewayOptions } from "./gateway";
export { composeSupergraph, type SubgraphDefinition } from "./compose";
export { exportRoutes, loadLedgers } from "./exports";
export { readServiceList, type ServiceList } from "./subgraphs";
export { dossierPageQuery, everyField } from "./dossier-query";
