import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "out/**", ".cache/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The core is pure: it must run unchanged in Excel, the browser, Node and a formula engine.
    files: ["src/core/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["react", "react-*", "@fluentui/*", "office-*", "@microsoft/*", "exceljs", "commander", "hyperformula"], message: "src/core must stay pure (no UI, Office or I/O libraries)." },
          { group: ["node:*", "fs", "path", "os", "child_process", "stream", "zlib", "util", "buffer"], message: "src/core must not use Node APIs." },
          { group: ["../**/taskpane/*", "../**/host/*", "../**/cli/*", "../**/functions/*"], message: "src/core must not import the faces." },
        ],
      }],
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel", "CustomFunctions", "process", "Buffer", "require"],
    },
  },
);
