// Installs the locked dependencies (npm ci) when node_modules is missing or
// was installed from a different package-lock.json, so that `npm start` and
// `npm test` are each one command on a fresh clone. Uses no dependencies.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";

const lockHash = createHash("sha256").update(readFileSync("package-lock.json")).digest("hex");
const stamp = "node_modules/.outbox-doctor-lock";
const installed = existsSync(stamp) ? readFileSync(stamp, "utf8").trim() : "";

if (installed !== lockHash) {
  console.log("Installing dependencies (npm ci)...");
  const result = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { stdio: "inherit" });
  if (result.status !== 0) {
    console.error("npm ci failed: see its messages above");
    process.exit(result.status ?? 1);
  }
  writeFileSync(stamp, lockHash + "\n");
}
