// Tests run through ts-jest as CommonJS (the published build is ESM); the
// mapper strips the ".js" suffix that NodeNext imports carry.
const tsJest = [
  "ts-jest",
  {
    tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", isolatedModules: true },
    diagnostics: false,
  },
];
const shared = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "json"],
};
module.exports = {
  projects: [
    {
      ...shared,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/{core,net,server,cli,build}/**/*.test.ts"],
    },
    {
      ...shared,
      displayName: "pane",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/taskpane/**/*.test.tsx", "<rootDir>/test/taskpane/**/*.test.ts"],
      setupFilesAfterEnv: ["<rootDir>/test/taskpane/setupTests.ts"],
    },
  ],
};
