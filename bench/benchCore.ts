// Core benchmark: resolver lookups per second, the size of the core as the
// pane bundles it (webpack production build of coreBundleEntry.ts), and the
// size of the pane's lookup module bundled alone (src/taskpane/settingsLookup.ts:
// the resolver with the whole provider database and its incoming servers; the
// pane's start-up file has the global providers of it, the rest is its
// on-demand "lookup" chunk).
import { resolve } from "node:path";
import { bundleSizes, type BundleSize } from "./bundleSizes.js";
import { findProviderByDomain } from "../src/core/providerMatch.js";
import { resolveSettings } from "../src/core/resolveSettings.js";
import { formatTable, kib, verdict } from "./table.js";

const ADDRESSES = [
  "sam@sky.com",
  "jean@laposte.net",
  "taro@biglobe.ne.jp",
  "ann@gmail.com",
  "Bob.Smith+news@Outlook.com",
  "carla@hotmail.co.uk",
  "dave@yahoo.de",
  "erin@contoso.onmicrosoft.com",
  "frank@icloud.com",
  "gina@gmx.de",
  "hank@web.de",
  "ivy@qq.com",
  "jack@unknown-company.example",
  "kim@bücher.example",
  "leo@mail.ru",
];

/** Provider lookups alone (the maps built at load), without address parsing. */
function providerLookupsPerSecond(): number {
  const domains = ADDRESSES.map((address) => address.slice(address.lastIndexOf("@") + 1));
  const started = process.hrtime.bigint();
  let total = 0;
  while (process.hrtime.bigint() - started < 500_000_000n) {
    for (const domain of domains) {
      findProviderByDomain(domain);
      total += 1;
    }
  }
  return Math.round(total / (Number(process.hrtime.bigint() - started) / 1e9));
}

function lookupsPerSecond(): { perSecond: number; total: number } {
  const started = process.hrtime.bigint();
  let total = 0;
  const budgetNs = 1_500_000_000n;
  while (process.hrtime.bigint() - started < budgetNs) {
    for (const address of ADDRESSES) {
      resolveSettings(address);
      total += 1;
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { perSecond: Math.round(total / seconds), total };
}

/** The entry (what every user loads) and the chunks loaded on demand (other languages' texts). */
async function bundleCore(
  root: string,
  entryFile = "bench/coreBundleEntry.ts",
): Promise<{ entry: BundleSize; onDemand: Array<[string, BundleSize]> }> {
  const sizes = await bundleSizes(root, entryFile);
  const entry = sizes.get("entry.js");
  if (!entry) throw new Error(`no entry bundle for ${entryFile}`);
  return { entry, onDemand: [...sizes].filter(([file]) => file !== "entry.js") };
}

export async function benchCore(root = resolve(".")): Promise<string> {
  const speed = lookupsPerSecond();
  const size = await bundleCore(root);
  // The lookup module bundled alone: the resolver and the whole database, the German texts apart. The pane
  // splits it: the global providers in its start-up file, the regional tables on demand (npm run bench -- pane).
  const lookup = await bundleCore(root, "src/taskpane/settingsLookup.ts");
  return formatTable("Core: resolver and bundle size", [
    {
      measure: "resolver lookups per second (resolveSettings, parsing included)",
      value: speed.perSecond.toLocaleString("en"),
      target: "> 100,000",
      result: verdict(speed.perSecond > 100_000),
    },
    {
      measure: "provider lookups per second (by domain, no parsing)",
      value: providerLookupsPerSecond().toLocaleString("en"),
      target: "-",
      result: "-",
    },
    {
      measure: "lookup chunk (resolver + provider database), gzip",
      value: kib(lookup.entry.gzip),
      target: "global part at start-up",
      result: "-",
    },
    // The pane no longer loads the core in one piece (its start-up budget is the pane bench's):
    // this is the whole core it may fetch, for spotting growth between revisions.
    { measure: "whole core in one bundle, raw", value: kib(size.entry.raw), target: "-", result: "-" },
    { measure: "whole core in one bundle, gzip", value: kib(size.entry.gzip), target: "-", result: "-" },
    ...size.onDemand.map(([file, chunk]) => ({
      measure: `on demand: ${file}, gzip`,
      value: kib(chunk.gzip),
      target: "-",
      result: "-",
    })),
  ]);
}
