// Builds the Outlook task pane into dist/pane/ (served by the companion
// server at /taskpane.html). ESM config because package.json has "type": "module".
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants as zlibConstants, gzipSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";
import webpack from "webpack";
import oldWebviewScript from "./scripts/oldWebviewScript.cjs";

const { buildOldWebviewScript } = oldWebviewScript;

const root = path.dirname(fileURLToPath(import.meta.url));

// The add-in's version and build for the pane's diagnostics (src/taskpane/buildInfo.ts):
// package.json's version, and the git short hash when the build runs in a clone.
const ADDIN_VERSION = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version;
function gitShortHash() {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      cwd: root,
      stdio: ["ignore", "pipe", "ignore"],
    })
      .toString()
      .trim();
  } catch {
    return "unknown";
  }
}
const ADDIN_BUILD = gitShortHash();

// The first paint's scripts ship as one file, loaded async from <head>
// before office.js: the webpack runtime, the core-common chunk and the boot
// entry (with the resolver over the global providers, startupLookup.ts),
// concatenated in that order (each is a plain script). The whole provider
// database ("lookup" chunk) loads after the first paint; until 2026-12-02 it
// was in this file too, about 50 KB of regional tables that the first paint
// rarely needs (docs/taskpane.md, "Time to settings"). Measured here (docs/taskpane.md, "Time
// to settings"): as four deferred files they waited for each other (the
// browser fetches deferred scripts one at a time while the parser is held
// in <head> by office.js, each over a new HTTP/1.1 connection with its own
// TLS handshake) and ran only after office.js; inlined into the page they
// cost the HTML parser more than the requests. One async file is fetched
// while office.js loads and runs as soon as it arrives; boot waits for
// office.js before it calls Office (officeScriptSettled).
//
// The old-webview guard is an inline script (1.5 KB, ES5): it must run in
// Trident and EdgeHTML, where the bundle does not parse, and a file would hold
// the parser for one more request. The page's other inline script, the
// localStorage warm-up, is in the template. The server allows both by their
// SHA-256, read from the taskpane.html it serves (src/server/inlineScripts.ts).
// Chunks joined into the start-up file besides the boot entry's own files (none now; see above).
const START_UP_CHUNKS = [];

// Budget: the start-up JavaScript, everything that runs before the settings
// show (the start-up file and the inline guard; office.js excluded),
// measured as gzip -9. React and the pane load after the first paint as the
// "app" and "react" chunks and do not count (docs/taskpane.md, "Bundle budget
// and speed"). Issue 10's target is 100 KB and the build enforces it.
const START_UP_TARGET_BYTES = 100 * 1024;
const START_UP_BUDGET_BYTES = START_UP_TARGET_BYTES;

// Inside an inline <script>, "</script" would end the element and "<!--" can
// change how the HTML parser reads the rest; both are escaped the way
// JavaScript reads them unchanged in strings and regular expressions.
function inlineSafe(code) {
  return code.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

class StartUpScriptPlugin {
  constructor({ enforceBudget }) {
    this.enforceBudget = enforceBudget;
  }

  apply(compiler) {
    const name = "StartUpScriptPlugin";
    compiler.hooks.compilation.tap(name, (compilation) => {
      const joinedFiles = new Set();
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap(name, (data) => {
        // The boot entry's files in webpack's order (runtime, core-common, boot), any START_UP_CHUNKS before boot.
        const entryFiles = (compilation.entrypoints.get("boot")?.getFiles() ?? []).filter((file) =>
          file.endsWith(".js"),
        );
        const chunkFiles = START_UP_CHUNKS.flatMap((chunk) => [
          ...(compilation.namedChunks.get(chunk)?.files ?? []),
        ]).filter((file) => file.endsWith(".js"));
        const bootFile = entryFiles.at(-1);
        const ordered = [...entryFiles.slice(0, -1), ...chunkFiles, ...(bootFile ? [bootFile] : [])];
        const code = ordered.map((file) => compilation.assets[file].source().toString()).join(";\n");
        const hash = createHash("sha256").update(code).digest("hex").slice(0, 20);
        const startUpFile = `startup.${hash}.js`;
        // Marked with its content hash, so that webpack's real-content-hash step renames it (and the page's
        // reference) like every other file once the chunk names inside it are final: cached for good, it must
        // never keep its name with other content.
        compilation.emitAsset(startUpFile, new webpack.sources.RawSource(code), {
          immutable: true,
          contenthash: hash,
        });
        for (const file of ordered) joinedFiles.add(file);

        const isStartUpChunk = (tag) =>
          tag.tagName === "script" && ordered.some((file) => tag.attributes.src?.endsWith(file));
        data.headTags = [
          HtmlWebpackPlugin.createHtmlTagObject("script", { async: true, src: startUpFile }, undefined, {
            plugin: name,
          }),
          ...data.headTags.filter((tag) => !isStartUpChunk(tag)),
        ];
        const guard = buildOldWebviewScript(
          readFileSync(path.join(root, "src/taskpane/oldWebview.ts"), "utf8"),
        );
        data.bodyTags = [
          ...data.bodyTags.filter((tag) => !isStartUpChunk(tag)),
          HtmlWebpackPlugin.createHtmlTagObject("script", {}, inlineSafe(guard), { plugin: name }),
        ];

        const gzip = gzipSync(Buffer.from(`${guard}\n${code}`), { level: 9 }).length;
        const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
        const line = `start-up JavaScript ${kb(gzip)} gzip (${startUpFile}: ${ordered.join(", ")}; inline old-webview guard); target ${kb(START_UP_TARGET_BYTES)}, budget ${kb(START_UP_BUDGET_BYTES)}`;
        if (this.enforceBudget && gzip > START_UP_BUDGET_BYTES) {
          compilation.errors.push(new webpack.WebpackError(`Over the pane's start-up budget: ${line}`));
        } else {
          compilation.getLogger(name).info(line);
        }
        return data;
      });
      // The joined files are not shipped a second time (HtmlWebpackPlugin writes the page at OPTIMIZE_INLINE).
      compilation.hooks.processAssets.tap(
        { name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          for (const file of joinedFiles) compilation.deleteAsset(file);
        },
      );
    });
  }
}

// Brotli and gzip copies of every text file beside it, so the server sends
// them compressed without compressing per request (@fastify/static's
// preCompressed): the start-up file goes out as about 36 KB instead of 120 KB.
const PRECOMPRESSED = /\.(?:html|js|css|json|svg|xml|txt)$/;
const PRECOMPRESS_MIN_BYTES = 1024;

class PrecompressPlugin {
  apply(compiler) {
    const name = "PrecompressPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        (assets) => {
          for (const [file, asset] of Object.entries(assets)) {
            if (!PRECOMPRESSED.test(file)) continue;
            const code = Buffer.from(asset.source());
            if (code.length < PRECOMPRESS_MIN_BYTES) continue;
            const brotli = brotliCompressSync(code, {
              params: {
                [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY,
                [zlibConstants.BROTLI_PARAM_SIZE_HINT]: code.length,
              },
            });
            compilation.emitAsset(`${file}.br`, new webpack.sources.RawSource(brotli));
            compilation.emitAsset(`${file}.gz`, new webpack.sources.RawSource(gzipSync(code, { level: 9 })));
          }
        },
      );
    });
  }
}

export default (_env, argv) => {
  const production = argv.mode !== "development";
  return {
    mode: production ? "production" : "development",
    context: root,
    // boot: the first paint without React (src/taskpane/boot.ts); React and the pane load from it as the "app" chunk.
    entry: { boot: "./src/taskpane/boot.ts" },
    output: {
      path: path.join(root, "dist/pane"),
      filename: "[name].[contenthash].js",
      chunkFilename: "[name].[contenthash].js",
      // Chunks sit beside taskpane.html and are fetched relative to it.
      publicPath: "",
      clean: true,
    },
    // Source maps only as separate files, never inline (CSP, size).
    devtool: production ? false : "source-map",
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // Sources import "./x.js" (NodeNext); webpack finds the .ts/.tsx behind it.
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
      // The explainer's texts: Node registers every group eagerly; the pane loads only the groups it shows.
      alias: { [path.join(root, "src/core/catalogue/allEntryTexts.ts")]: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.join(root, "tsconfig.json"),
              // ES modules survive to webpack so unused Fluent UI code is shaken out.
              compilerOptions: { module: "ESNext", moduleResolution: "Bundler", noEmit: false },
            },
          },
        },
      ],
    },
    plugins: [
      new webpack.DefinePlugin({
        __ADDIN_VERSION__: JSON.stringify(ADDIN_VERSION),
        __ADDIN_BUILD__: JSON.stringify(ADDIN_BUILD),
      }),
      new HtmlWebpackPlugin({
        template: "./src/taskpane/taskpane.html",
        filename: "taskpane.html",
        chunks: ["boot"],
        // The template places the tags: the start-up script before office.js, the guard at the end of <body>.
        inject: false,
        minify: production,
      }),
      new StartUpScriptPlugin({ enforceBudget: production }),
      ...(production ? [new PrecompressPlugin()] : []),
      new CopyWebpackPlugin({
        // Icons drawn into assets/; copy whatever exists, and nothing from office-js/dist (26 MB).
        patterns: [
          { from: "assets", to: "assets", noErrorOnMissing: true, globOptions: { ignore: ["**/.*"] } },
        ],
      }),
    ],
    // The start-up budget is StartUpScriptPlugin's (gzip of the start-up file and the guard); webpack's own hints measure raw bytes.
    performance: false,
    optimization: {
      splitChunks: {
        chunks: "async",
        cacheGroups: {
          // React as one named chunk beside "app" (the bench reports both as the app's on-demand size).
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            chunks: "async",
            priority: 20,
            enforce: true,
          },
          // The small core modules that nearly every chunk uses (texts machinery, errors, dated facts) live
          // once, in a chunk the start-up loads: otherwise scope hoisting copies them into each on-demand
          // chunk (the explainer, setup, lookup) and a bounce downloads them again.
          coreCommon: {
            test: /[\\/]src[\\/]core[\\/](language|errors|phrase|datedFacts)\.ts$/,
            name: "core-common",
            chunks: "all",
            priority: 30,
            enforce: true,
          },
        },
      },
      runtimeChunk: "single",
    },
  };
};
