/** Every event contract; importing this module fills the catalog. */
export * from "./common";
export * from "./registry";
export * from "./skills";
export * from "./employment";
export * from "./social-security";
