export * from "./ledger";
export * from "./graph-ledger";
