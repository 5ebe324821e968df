/** Jest: node by default; React tests opt in with a `@jest-environment jsdom` docblock. */
module.exports = {
  testEnvironment: "node",
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { isolatedModules: true, jsx: "react-jsx", esModuleInterop: true, module: "commonjs", target: "ES2022" } }],
  },
  moduleNameMapper: {
    // office-addin-mock -> office-addin-manifest -> ESM-only deps; the mock only needs the OfficeApp enum.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
    // @fluentui/react-charts pulls ESM-only d3 packages.
    "^(d3-[a-z-]+|internmap)$": "<rootDir>/node_modules/$1/dist/$1.js",
    "\\.(css|png|svg)$": "<rootDir>/test/support/fileStub.js",
  },
  setupFiles: ["<rootDir>/test/support/setup.js"],
  testMatch: ["<rootDir>/test/**/*.test.ts?(x)"],
  testTimeout: 60000,
};
