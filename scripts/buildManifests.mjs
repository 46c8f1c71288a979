// Writes the add-in manifests into the build output, after webpack has built the pane:
//
//   node scripts/buildManifests.mjs [--out dist/pane]
//
// <out>/manifest.xml       the development manifest (https://localhost:3000), copied as is
// <out>/manifest.prod.xml  the production manifest for ADDIN_PUBLIC_URL (e.g. https://outbox-doctor.example.com);
//                          skipped, with a note, when ADDIN_PUBLIC_URL is unset or empty
// <out>/manifest.json, <out>/manifest.de-de.json, <out>/outbox-doctor.dev.zip
//                          the unified manifest (Microsoft 365) made from manifest.xml, its German
//                          language file (from the XML's de-DE overrides), and its app package
//                          (manifest.json + manifest.de-de.json + color.png + outline.png)
// <out>/manifest.prod.json, <out>/manifest.prod.de-de.json, <out>/outbox-doctor.zip
//                          the same for the production manifest (only with ADDIN_PUBLIC_URL); inside
//                          the zip the files are named manifest.json and manifest.de-de.json
//
//   node scripts/buildManifests.mjs --update-source
// rewrites manifest.json and its language files in the repository from manifest.xml (a test
// fails when they are stale).
//
// Both are checked with the offline manifest checker before they are written.
// Exit codes: 0 written, 1 a manifest failed the check, 2 bad ADDIN_PUBLIC_URL or usage.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import transform from "./manifestTransform.cjs";
import check from "./manifestCheck.cjs";
import unified from "./unifiedManifest.cjs";
import appPackage from "./appPackage.cjs";

const USAGE = "usage: node scripts/buildManifests.mjs [--out DIR] | --update-source";
const projectRoot = fileURLToPath(new URL("..", import.meta.url));

function fail(code, message) {
  console.error(`buildManifests: ${message}`);
  process.exit(code);
}

function parseArgs(argv) {
  let out = resolve(projectRoot, "dist/pane");
  let updateSource = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--update-source" && argv.length === 1) {
      updateSource = true;
    } else if (argv[i] === "--out") {
      const dir = argv[++i];
      if (dir === undefined || dir === "" || dir.startsWith("--"))
        fail(2, `--out needs a directory; ${USAGE}`);
      out = resolve(dir);
    } else {
      fail(2, `unexpected argument "${argv[i]}"; ${USAGE}`);
    }
  }
  return { out, updateSource };
}

/** The unified manifest and its language files, serialized: [file name in the app package, text]. */
function unifiedFor(xml, kind) {
  try {
    return [
      ["manifest.json", unified.serialize(unified.toUnifiedManifest(xml, kind))],
      ...unified.toLocalizationFiles(xml).map(({ file, strings }) => [file, unified.serialize(strings)]),
    ];
  } catch (error) {
    fail(1, error.message);
  }
}

/** Writes the files into `out` (named by `nameOf`) and the app package `zipPath`. */
function writeUnified(files, out, nameOf, zipPath) {
  for (const [name, text] of files) writeFileSync(resolve(out, nameOf(name)), text);
  const icons = Object.entries(unified.APP_PACKAGE_ICONS).map(([kind, name]) => [
    name,
    readFileSync(resolve(projectRoot, unified.APP_PACKAGE_ICON_SOURCES[kind])),
  ]);
  const entries = files.map(([name, text]) => [name, Buffer.from(text, "utf8")]);
  writeFileSync(zipPath, appPackage.zipStored([...entries, ...icons]));
  console.log(
    `wrote ${files.map(([name]) => resolve(out, nameOf(name))).join(", ")} and the app package ${zipPath}`,
  );
}

function requireValid(xml, target, what) {
  const { problems } = check.checkManifest(xml, target);
  if (problems.length > 0) {
    fail(1, `${what} fails the manifest check:\n  ${problems.join("\n  ")}`);
  }
}

const { out, updateSource } = parseArgs(process.argv.slice(2));
const devXml = readFileSync(resolve(projectRoot, "manifest.xml"), "utf8");
requireValid(devXml, { kind: "development" }, "manifest.xml");
const devFiles = unifiedFor(devXml, "development");
if (updateSource) {
  for (const [name, text] of devFiles) {
    const sourcePath = resolve(projectRoot, name);
    let current = null;
    try {
      current = JSON.parse(readFileSync(sourcePath, "utf8"));
    } catch {
      // missing or unreadable: rewrite it
    }
    // Compared as data, so Prettier's layout of the file does not count as a change.
    if (JSON.stringify(current) === JSON.stringify(JSON.parse(text))) {
      console.log(`${sourcePath} is up to date with manifest.xml`);
    } else {
      writeFileSync(sourcePath, text);
      console.log(`wrote ${sourcePath} from manifest.xml (run: npx prettier --write ${name})`);
    }
  }
  process.exit(0);
}

const publicUrlValue = process.env.ADDIN_PUBLIC_URL ?? "";
let publicUrl = null;
if (publicUrlValue.trim() !== "") {
  try {
    publicUrl = transform.parsePublicUrl(publicUrlValue);
  } catch (error) {
    fail(2, error.message);
  }
}

mkdirSync(out, { recursive: true });
writeFileSync(resolve(out, "manifest.xml"), devXml);
console.log(`wrote ${resolve(out, "manifest.xml")} (development, ${transform.DEV_BASE_URL})`);
writeUnified(devFiles, out, (name) => name, resolve(out, "outbox-doctor.dev.zip"));

const prodPath = resolve(out, "manifest.prod.xml");
const prodZipPath = resolve(out, "outbox-doctor.zip");
// manifest.json -> manifest.prod.json, manifest.de-de.json -> manifest.prod.de-de.json
const prodNameOf = (name) => name.replace(/^manifest\./, "manifest.prod.");
if (publicUrl === null) {
  // Production files left from an earlier build would point at whatever URL that build used.
  const prodJsonPaths = devFiles.map(([name]) => resolve(out, prodNameOf(name)));
  for (const stale of [prodPath, ...prodJsonPaths, prodZipPath]) rmSync(stale, { force: true });
  console.log("note: ADDIN_PUBLIC_URL is not set; no production manifest written (see docs/manifest.md)");
} else {
  let prodXml;
  try {
    prodXml = transform.toProductionManifest(devXml, publicUrl);
  } catch (error) {
    fail(1, error.message);
  }
  requireValid(prodXml, { kind: "production", ...publicUrl }, "the production manifest");
  writeFileSync(prodPath, prodXml);
  console.log(`wrote ${prodPath} (production, ${publicUrl.base})`);
  writeUnified(unifiedFor(prodXml, "production"), out, prodNameOf, prodZipPath);
}
