// `npm run bench`: every benchmark, each printing its table. Benchmarks
// measure; tests assert behaviour. Run after `npm run build` (the pane
// benchmark loads the built pane).
import { benchCore } from "./benchCore.js";
import { benchDiscovery } from "./benchDiscovery.js";
import { benchExplain } from "./benchExplain.js";
import { benchManifest } from "./benchManifest.js";
import { benchPane } from "./benchPane.js";
import { benchProbe } from "./benchProbe.js";
import { benchProviders } from "./benchProviders.js";
import { benchServer } from "./benchServer.js";

const BENCHMARKS: Array<[string, () => Promise<string>]> = [
  ["core", () => benchCore()],
  ["explain", () => benchExplain()],
  ["providers", () => benchProviders()],
  ["pane", () => benchPane()],
  ["manifest", () => benchManifest()],
  ["probe", () => benchProbe()],
  ["discovery", () => benchDiscovery()],
  ["server", () => benchServer()],
];

const only = process.argv.slice(2);
let failed = false;
for (const [name, run] of BENCHMARKS) {
  if (only.length > 0 && !only.includes(name)) continue;
  try {
    process.stdout.write(await run());
  } catch (error) {
    failed = true;
    process.stderr.write(`bench ${name}: ${(error as Error).message}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
