import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/.data/**",
      "**/migrations/**",
      "**/*.graphql",
      "packages/console/src/gql/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { fixStyle: "inline-type-imports", disallowTypeAnnotations: false },
      ],
      "no-console": ["error", { allow: ["error", "warn"] }],
    },
  },
  {
    files: [
      "**/*-cli.ts",
      "**/schema-emit.ts",
      "**/db-migrate.ts",
      "**/bench/**",
      "infra/**",
      "**/scripts/**",
    ],
    rules: { "no-console": "off" },
  },
);
