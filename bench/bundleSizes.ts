// Sizes of core modules as the pane's webpack build would ship them: a
// production bundle of one entry file, with every on-demand import split into
// its own named chunk. Shared by the core and explainer benches.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import webpack from "webpack";

export interface BundleSize {
  raw: number;
  gzip: number;
}

export function sizeOf(code: Buffer): BundleSize {
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/**
 * The entry bundle ("entry.js") and every chunk, by file name, of `entryFile` built for production. `alias`: module
 * replacements as the pane's webpack.config.js has them (false: an empty module).
 */
export async function bundleSizes(
  root: string,
  entryFile: string,
  alias: Record<string, string | false> = {},
): Promise<Map<string, BundleSize>> {
  const outDir = mkdtempSync(join(tmpdir(), "outbox-bundle-"));
  try {
    const compiler = webpack({
      mode: "production",
      context: root,
      entry: join(root, entryFile),
      output: { path: outDir, filename: "entry.js", chunkFilename: "[name].js", library: { type: "module" } },
      experiments: { outputModule: true },
      resolve: { extensions: [".ts", ".js"], extensionAlias: { ".js": [".ts", ".js"] }, alias },
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
    const files = readdirSync(outDir).filter((file) => file.endsWith(".js"));
    return new Map(files.map((file) => [file, sizeOf(readFileSync(join(outDir, file)))]));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
