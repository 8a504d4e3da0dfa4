import { createRequire } from "node:module";
import { dirname } from "node:path";
import { defineConfig } from "vitest/config";

// One copy of graphql: type-graphql and Apollo load graphql's CommonJS build, while Vite would
// resolve a test's `import "graphql"` to the ESM build ("Cannot use GraphQLObjectType from another
// module or realm"). Point every import of graphql at the CommonJS files.
const graphqlMain = createRequire(import.meta.url).resolve("graphql");
const graphqlDir = dirname(graphqlMain);

export default defineConfig({
  resolve: {
    alias: [
      { find: /^graphql$/, replacement: graphqlMain },
      { find: /^graphql\/(.*?)(\.js)?$/, replacement: `${graphqlDir}/$1.js` },
    ],
  },
  test: {
    include: ["{packages,services,gateway,test}/**/src/**/*.spec.ts"],
    exclude: ["**/node_modules/**"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
