// Writes the add-in manifests into the build output, after webpack has built the pane:
//
//   node scripts/buildManifests.mjs [--out dist/pane]
//
// <out>/manifest.xml       the development manifest (https://localhost:3000), copied as is
// <out>/manifest.prod.xml  the production manifest for ADDIN_PUBLIC_URL (e.g. https://outbox-doctor.example.com);
//                          skipped, with a note, when ADDIN_PUBLIC_URL is unset or empty
//
// Both are checked with the offline manifest checker before they are written.
// Exit codes: 0 written, 1 a manifest failed the check, 2 bad ADDIN_PUBLIC_URL or usage.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import transform from "./manifestTransform.cjs";
import check from "./manifestCheck.cjs";

const USAGE = "usage: node scripts/buildManifests.mjs [--out DIR]";
const projectRoot = fileURLToPath(new URL("..", import.meta.url));

function fail(code, message) {
  console.error(`buildManifests: ${message}`);
  process.exit(code);
}

function parseArgs(argv) {
  let out = resolve(projectRoot, "dist/pane");
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--out") {
      const dir = argv[++i];
      if (dir === undefined || dir === "" || dir.startsWith("--"))
        fail(2, `--out needs a directory; ${USAGE}`);
      out = resolve(dir);
    } else {
      fail(2, `unexpected argument "${argv[i]}"; ${USAGE}`);
    }
  }
  return { out };
}

function requireValid(xml, target, what) {
  const { problems } = check.checkManifest(xml, target);
  if (problems.length > 0) {
    fail(1, `${what} fails the manifest check:\n  ${problems.join("\n  ")}`);
  }
}

const { out } = parseArgs(process.argv.slice(2));
const devXml = readFileSync(resolve(projectRoot, "manifest.xml"), "utf8");
requireValid(devXml, { kind: "development" }, "manifest.xml");

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

const prodPath = resolve(out, "manifest.prod.xml");
if (publicUrl === null) {
  // A manifest.prod.xml left from an earlier build would point at whatever URL that build used.
  rmSync(prodPath, { force: true });
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
}
