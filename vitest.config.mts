import { createRequire } from "node:module";
import { dirname } from "node:path";
import { defineConfig, type Plugin } from "vitest/config";

/**
 * MikroORM keys an entity's decorator metadata by class name and the file that declared it, found
 * from the stack of the `__decorate` call. Vite's transform calls one shared helper module
 * (`@oxc-project/runtime/helpers/decorate`), so every entity seemed declared there, and two
 * services' classes of one name (`PersonFacts` in employment and social-security) merged their
 * columns in any process that loads both (the federation specs). Inlining the helper as a
 * function named `__decorate` in each module (as tsc and tslib emit it) gives MikroORM the right file.
 */
const DECORATE_IMPORT = /import\s+(\w+)\s+from\s+["']@oxc-project\/runtime\/helpers\/decorate(?:\.js)?["'];?/;
const INLINE_DECORATE = `function __decorate(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? (desc = Object.getOwnPropertyDescriptor(target, key)) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if ((d = decorators[i])) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
}`;
const inlineDecorateHelper: Plugin = {
  name: "pa:inline-decorate-helper",
  enforce: "post",
  transform(code) {
    const m = DECORATE_IMPORT.exec(code);
    if (!m) return null;
    return {
      code: code.replace(m[0], `const ${m[1]} = __decorate; ${INLINE_DECORATE.replace(/\n\s*/g, " ")}`),
      map: null,
    };
  },
};

// One copy of graphql: type-graphql and Apollo load graphql's CommonJS build, while Vite would
// resolve a test's `import "graphql"` to the ESM build ("Cannot use GraphQLObjectType from another
// module or realm"). Point every import of graphql at the CommonJS files.
const graphqlMain = createRequire(import.meta.url).resolve("graphql");
const graphqlDir = dirname(graphqlMain);

export default defineConfig({
  plugins: [inlineDecorateHelper],
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
