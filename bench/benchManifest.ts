// The XML manifests against Microsoft's add-in manifest XSDs. No npm package
// ships those schemas; the team's reference folder beside a checkout
// (../shared/manifest-xsd) has them, so this measure runs only where that
// folder and xmllint exist and says so otherwise. The project's tests check
// the manifests structurally offline (test/build/manifest.test.ts).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { formatTable, verdict } from "./table.js";

// The XSDs date from 2017-2019 and predate <SupportsSharedFolders> (Mailbox 1.8);
// everything else is validated as it ships.
const NEWER_THAN_THE_XSDS =
  /\s*<!--[^>]*?getSharedPropertiesAsync[\s\S]*?-->\s*<SupportsSharedFolders>true<\/SupportsSharedFolders>/;

export async function benchManifest(root = resolve(".")): Promise<string> {
  const title = "Manifests: Microsoft's XSDs (OfficeAppManifestV1_1.xsd)";
  const xsd = resolve(root, "../shared/manifest-xsd/OfficeAppManifestV1_1.xsd");
  const xmllint = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  if (!existsSync(xsd) || xmllint.status !== 0) {
    const missing = existsSync(xsd) ? "xmllint (apt-get install libxml2-utils)" : "../shared/manifest-xsd";
    return formatTable(title, [{ manifest: "all", result: `skipped: no ${missing}` }]);
  }
  const dir = mkdtempSync(join(tmpdir(), "outbox-manifest-xsd-"));
  try {
    const build = spawnSync("node", [join(root, "scripts/buildManifests.mjs"), "--out", dir], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, ADDIN_PUBLIC_URL: "https://outbox-doctor.example.com" },
    });
    if (build.status !== 0) throw new Error(`buildManifests failed: ${build.stderr.trim()}`);
    const rows = ["manifest.xml", "manifest.prod.xml"].map((name) => {
      const file = join(dir, `xsd-${name}`);
      writeFileSync(file, readFileSync(join(dir, name), "utf8").replace(NEWER_THAN_THE_XSDS, ""));
      const run = spawnSync("xmllint", ["--noout", "--schema", xsd, file], { encoding: "utf8" });
      const valid = run.status === 0;
      const firstError = run.stderr.split("\n").find((line) => line.includes("error")) ?? "";
      return {
        manifest: name,
        result: verdict(valid),
        detail: valid ? "validates" : firstError.replace(file, name).slice(0, 120),
      };
    });
    return formatTable(title, rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
