// Writes the add-in manifests into the build output, after webpack has built the pane:
//
//   node scripts/buildManifests.mjs [--out dist/pane]
//
// <out>/manifest.xml       the development manifest (https://localhost:3000), copied as is
// <out>/manifest.prod.xml  the production manifest for ADDIN_PUBLIC_URL (e.g. https://outbox-doctor.example.com);
//                          skipped, with a note, when ADDIN_PUBLIC_URL is unset or empty
// <out>/manifest.json, <out>/outbox-doctor.dev.zip
//                          the unified manifest (Microsoft 365) made from manifest.xml, and its app
//                          package (manifest.json + color.png + outline.png)
// <out>/manifest.prod.json, <out>/outbox-doctor.zip
//                          the same for the production manifest (only with ADDIN_PUBLIC_URL)
//
//   node scripts/buildManifests.mjs --update-source
// rewrites manifest.json in the repository from manifest.xml (a test fails when it is stale).
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

function unifiedFor(xml, kind) {
  try {
    return unified.serialize(unified.toUnifiedManifest(xml, kind));
  } catch (error) {
    fail(1, error.message);
  }
}

function writeUnified(json, jsonPath, zipPath) {
  writeFileSync(jsonPath, json);
  const icons = Object.entries(unified.APP_PACKAGE_ICONS).map(([kind, name]) => [
    name,
    readFileSync(resolve(projectRoot, unified.APP_PACKAGE_ICON_SOURCES[kind])),
  ]);
  writeFileSync(zipPath, appPackage.zipStored([["manifest.json", Buffer.from(json, "utf8")], ...icons]));
  console.log(`wrote ${jsonPath} and its app package ${zipPath}`);
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
const devJson = unifiedFor(devXml, "development");
if (updateSource) {
  const sourcePath = resolve(projectRoot, "manifest.json");
  let current = null;
  try {
    current = JSON.parse(readFileSync(sourcePath, "utf8"));
  } catch {
    // missing or unreadable: rewrite it
  }
  // Compared as data, so Prettier's layout of the file does not count as a change.
  if (JSON.stringify(current) === JSON.stringify(JSON.parse(devJson))) {
    console.log(`${sourcePath} is up to date with manifest.xml`);
  } else {
    writeFileSync(sourcePath, devJson);
    console.log(`wrote ${sourcePath} from manifest.xml (run: npx prettier --write manifest.json)`);
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
writeUnified(devJson, resolve(out, "manifest.json"), resolve(out, "outbox-doctor.dev.zip"));

const prodPath = resolve(out, "manifest.prod.xml");
const prodJsonPath = resolve(out, "manifest.prod.json");
const prodZipPath = resolve(out, "outbox-doctor.zip");
if (publicUrl === null) {
  // Production files left from an earlier build would point at whatever URL that build used.
  for (const stale of [prodPath, prodJsonPath, prodZipPath]) rmSync(stale, { force: true });
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
  writeUnified(unifiedFor(prodXml, "production"), prodJsonPath, prodZipPath);
}
