// ESLint flat config: every rule of @microsoft/eslint-plugin-power-apps (the solution checker's web-resource rules,
// a superset of the plug-in's own "paCheckerHosted" config; the plug-in ships no "recommended" config) as errors,
// plus core rules standing in for the checker rules the plug-in lacks (avoid-eval, avoid-with, remove-alert,
// remove-console, remove-debug-script, use-strict-equality-operators). Applied to the sources and to the built
// bundles in dist/ (what is actually uploaded). Tests are not web resources and are not linted.
import powerApps from "@microsoft/eslint-plugin-power-apps";
import tsParser from "@typescript-eslint/parser";

const powerAppsRules = Object.fromEntries(
  Object.keys(powerApps.rules).map((name) => [`@microsoft/power-apps/${name}`, "error"]),
);

const checkerEquivalents = {
  "no-eval": "error",
  "no-implied-eval": "error",
  "no-new-func": "error",
  "no-with": "error",
  "no-alert": "error",
  "no-console": "error",
  "no-debugger": "error",
  eqeqeq: ["error", "always"],
};

export default [
  { ignores: ["node_modules/**", "tests/**", "**/*.test.ts", "vitest.config.ts", "build.mjs", "eslint.config.js"] },
  {
    files: ["src/**/*.ts"],
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: "module" },
    plugins: { "@microsoft/power-apps": powerApps },
    settings: { ...powerApps.configs.paCheckerHosted.settings },
    rules: { ...powerAppsRules, ...checkerEquivalents },
  },
  {
    files: ["src/**/*.js", "dist/**/*.js"],
    languageOptions: { ecmaVersion: 2018, sourceType: "script" },
    plugins: { "@microsoft/power-apps": powerApps },
    settings: { ...powerApps.configs.paCheckerHosted.settings },
    // Strict equality is enforced on our sources (above); the bundles also carry Chart.js and esbuild's own output
    // (`typeof x=="string"`, `x==null`, a boolean `!=` in Chart.js), which we do not write and whose loose comparisons
    // are exact, so the equality rule stays off for dist/ while every other rule applies to what is uploaded.
    rules: { ...powerAppsRules, ...checkerEquivalents, eqeqeq: "off" },
  },
];
