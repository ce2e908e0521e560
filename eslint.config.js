// One lint configuration for the whole repository. Type-aware rules (floating promises,
// consistent type imports) plus the layering rules of the architecture:
//   shared/ imports nothing from client/ or server/; client/ never imports server/;
//   and no module takes part in an import cycle.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import { importX } from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import globals from "globals";

const layer = (from, forbidden, message) => ({
  files: [`${from}/**/*.{ts,tsx}`],
  rules: {
    "no-restricted-imports": [
      "error",
      { patterns: forbidden.map((dir) => ({ group: [`**/${dir}/**`, `../${dir}/*`], message })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    plugins: { "import-x": importX },
    // The TypeScript resolver maps `./foo.js` to `foo.ts`, so no-cycle sees every edge.
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "tsconfig.json" })],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/extensions": [".ts", ".tsx", ".js"],
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-misused-promises": [
        "error",
        { checksVoidReturn: { attributes: false } },
      ],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  layer("shared", ["client", "server"], "shared/ is pure: it may not import client/ or server/."),
  layer("client", ["server"], "client/ may not import server/ code; share it through shared/."),
  { files: ["**/*.js"], ...tseslint.configs.disableTypeChecked },
);
