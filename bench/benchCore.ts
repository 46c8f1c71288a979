// Core benchmark: resolver lookups per second, and the size of the core as
// the pane bundles it (webpack production build of coreBundleEntry.ts).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import webpack from "webpack";
import { resolveSettings } from "../src/core/resolveSettings.js";
import { formatTable, kib, verdict } from "./table.js";

const ADDRESSES = [
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

interface BundleSize {
  raw: number;
  gzip: number;
}

function sizeOf(code: Buffer): BundleSize {
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** The entry (what every user loads) and the chunks loaded on demand (other languages' texts). */
async function bundleCore(
  root: string,
): Promise<{ entry: BundleSize; onDemand: Array<[string, BundleSize]> }> {
  const outDir = mkdtempSync(join(tmpdir(), "outbox-core-"));
  try {
    const compiler = webpack({
      mode: "production",
      context: root,
      entry: join(root, "bench/coreBundleEntry.ts"),
      output: {
        path: outDir,
        filename: "core.js",
        chunkFilename: "[name].js",
        library: { type: "module" },
      },
      experiments: { outputModule: true },
      resolve: { extensions: [".ts", ".js"], extensionAlias: { ".js": [".ts", ".js"] } },
      module: {
        rules: [
          {
            test: /\.ts$/,
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { module: "ESNext", moduleResolution: "Bundler" },
            },
          },
        ],
      },
      performance: { hints: false },
      devtool: false,
    });
    await new Promise<void>((done, fail) =>
      compiler.run((error, stats) => {
        compiler.close(() => undefined);
        if (error) fail(error);
        else if (stats?.hasErrors()) fail(new Error(stats.toString("errors-only")));
        else done();
      }),
    );
    const chunks = readdirSync(outDir).filter((file) => file.endsWith(".js") && file !== "core.js");
    return {
      entry: sizeOf(readFileSync(join(outDir, "core.js"))),
      onDemand: chunks.map((file) => [file, sizeOf(readFileSync(join(outDir, file)))]),
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export async function benchCore(root = resolve(".")): Promise<string> {
  const speed = lookupsPerSecond();
  const size = await bundleCore(root);
  return formatTable("Core: resolver and bundle size", [
    {
      measure: "resolver lookups per second",
      value: speed.perSecond.toLocaleString("en"),
      target: "-",
      result: "-",
    },
    { measure: "core bundle, raw", value: kib(size.entry.raw), target: "-", result: "-" },
    {
      measure: "core bundle, gzip",
      value: kib(size.entry.gzip),
      target: "< 40 KB",
      result: verdict(size.entry.gzip < 40 * 1024),
    },
    ...size.onDemand.map(([file, chunk]) => ({
      measure: `on demand: ${file}, gzip`,
      value: kib(chunk.gzip),
      target: "-",
      result: "-",
    })),
  ]);
}
