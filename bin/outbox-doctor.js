#!/usr/bin/env node
// Entry point of the outbox-doctor command. The TypeScript sources are
// compiled to dist/node by `npm ci` (the prepare script) or `npm run build`.
import { readFileSync } from "node:fs";

let runCli;
try {
  ({ runCli } = await import("../dist/node/cli/main.js"));
} catch (error) {
  if (error && error.code === "ERR_MODULE_NOT_FOUND") {
    process.stderr.write(
      "outbox-doctor: not built yet: run `npm ci` (or `npm run build:node`) in the project first\n",
    );
    process.exit(2);
  }
  throw error;
}
const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  version,
});
