// The unified manifest for Microsoft 365 (manifest.json) and its app package: made from manifest.xml,
// validated offline with office-addin-manifest (JSON schema bundled in @microsoft/app-manifest).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { inflateSync } from "node:zlib";
import { afterAll, describe, expect, test } from "@jest/globals";
import { readStoredZip } from "../../scripts/appPackage.cjs";
import {
  PRODUCTION_ADDIN_ID,
  parsePublicUrl,
  toProductionManifest,
} from "../../scripts/manifestTransform.cjs";
import {
  SCHEMA_VERSION,
  UNIFIED_ADDIN_IDS,
  UnifiedManifestError,
  readXmlManifest,
  serialize,
  toLocalizationFiles,
  toUnifiedManifest,
} from "../../scripts/unifiedManifest.cjs";

const root = resolve(__dirname, "../..");
const devXml = readFileSync(join(root, "manifest.xml"), "utf8");
const prodXml = toProductionManifest(devXml, parsePublicUrl("https://outbox-doctor.example.com/tools"));
const devJson = toUnifiedManifest(devXml, "development");
const prodJson = toUnifiedManifest(prodXml, "production");
const devGerman = toLocalizationFiles(devXml);
const prodGerman = toLocalizationFiles(prodXml);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const workDir = mkdtempSync(join(tmpdir(), "outbox-unified-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

// Loose views of the manifest's parts the tests read.
interface Extension {
  requirements: { scopes: string[]; capabilities: Array<{ name: string; minVersion: string }> };
  runtimes: Array<{ id: string; code: { page: string }; actions: Array<{ id: string; pinnable?: boolean }> }>;
  ribbons: Array<{
    contexts: string[];
    tabs: Array<{
      groups: Array<{ controls: Array<{ actionId: string; icons: Array<{ size: number; url: string }> }> }>;
    }>;
  }>;
  alternates: Array<{ hide: { customOfficeAddin: { officeAddinId: string } } }>;
}
function extensionOf(manifest: Record<string, unknown>): Extension {
  return (manifest.extensions as Extension[])[0] as Extension;
}
function permissionsOf(manifest: Record<string, unknown>): string[] {
  const authorization = manifest.authorization as {
    permissions: { resourceSpecific: Array<{ name: string }> };
  };
  return authorization.permissions.resourceSpecific.map((permission) => permission.name);
}

/** `office-addin-manifest validate FILE` as a developer runs it: exit code and output. */
function validate(manifest: unknown, name: string) {
  const dir = join(workDir, name);
  rmSync(dir, { recursive: true, force: true });
  spawnSync("mkdir", ["-p", dir]);
  const file = join(dir, "manifest.json");
  writeFileSync(file, JSON.stringify(manifest, null, 2));
  const cli = join(root, "node_modules/office-addin-manifest/cli.js");
  const result = spawnSync(process.execPath, [cli, "validate", file], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
    // No usage-data prompt or upload in tests.
    env: { ...process.env, OFFICE_ADDIN_USAGE_DATA_OPT_IN: "false" },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("manifest.json in the repository", () => {
  test("is what scripts/buildManifests.mjs makes from manifest.xml (regenerate with --update-source)", () => {
    const checkedIn = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")) as unknown;
    expect(checkedIn).toEqual(JSON.parse(serialize(devJson)));
  });

  test("so is its German language file, manifest.de-de.json, beside it", () => {
    expect(devGerman.map((file) => file.file)).toEqual(["manifest.de-de.json"]);
    const checkedIn = JSON.parse(readFileSync(join(root, "manifest.de-de.json"), "utf8")) as unknown;
    expect(checkedIn).toEqual(devGerman[0]?.strings);
  });
});

describe("offline validation with office-addin-manifest", () => {
  test(`the schema (v${SCHEMA_VERSION}) is bundled, so validation needs no network`, () => {
    const bundled = join(
      root,
      `node_modules/@microsoft/app-manifest/build/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.schema.json`,
    );
    expect(existsSync(bundled)).toBe(true);
    expect(devJson.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.schema.json`,
    );
  });

  test.each([
    ["development", devJson],
    ["production", prodJson],
  ])(
    "the %s unified manifest is valid",
    (kind, manifest) => {
      const result = validate(manifest, kind);
      expect(result.output).not.toMatch(/error/i);
      expect(result.status).toBe(0);
    },
    60_000,
  );

  test("the validator really checks: a name over 30 characters is refused", () => {
    const broken = JSON.parse(JSON.stringify(devJson)) as { name: { short: string } };
    broken.name.short = "Outbox Doctor with a name far too long";
    const result = validate(broken, "broken");
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/\/name\/short must NOT have more than 30 characters/);
  }, 60_000);
});

describe("the unified manifest describes the same add-in as the XML", () => {
  test("its own GUIDs, and each hides the XML add-in of its kind so users never see both", () => {
    const devXmlId = readXmlManifest(devXml).id;
    for (const id of [UNIFIED_ADDIN_IDS.development, UNIFIED_ADDIN_IDS.production]) expect(id).toMatch(GUID);
    expect(
      new Set([UNIFIED_ADDIN_IDS.development, UNIFIED_ADDIN_IDS.production, devXmlId, PRODUCTION_ADDIN_ID])
        .size,
    ).toBe(4);
    expect(devJson.id).toBe(UNIFIED_ADDIN_IDS.development);
    expect(prodJson.id).toBe(UNIFIED_ADDIN_IDS.production);
    expect(extensionOf(devJson).alternates).toEqual([
      { hide: { customOfficeAddin: { officeAddinId: devXmlId } } },
    ]);
    expect(extensionOf(prodJson).alternates).toEqual([
      { hide: { customOfficeAddin: { officeAddinId: PRODUCTION_ADDIN_ID } } },
    ]);
  });

  test("same permission as the XML's ReadItem, plus shared folders like SupportsSharedFolders", () => {
    expect(readXmlManifest(devXml).permission).toBe("ReadItem");
    expect(permissionsOf(devJson)).toEqual(["MailboxItem.Read.User", "Mailbox.SharedFolder"]);
    const withoutShared = devXml.replace(/<SupportsSharedFolders>true<\/SupportsSharedFolders>/, "");
    expect(permissionsOf(toUnifiedManifest(withoutShared, "development"))).toEqual(["MailboxItem.Read.User"]);
  });

  test("one pinnable task pane runtime for reading and composing, at the XML's task pane URL", () => {
    for (const [xml, manifest] of [
      [devXml, devJson],
      [prodXml, prodJson],
    ] as const) {
      const extension = extensionOf(manifest);
      expect(extension.requirements).toEqual({
        scopes: ["mail"],
        capabilities: [{ name: "Mailbox", minVersion: "1.3" }],
      });
      expect(extension.runtimes).toHaveLength(1);
      const runtime = extension.runtimes[0];
      expect(runtime?.code.page).toBe(readXmlManifest(xml).taskpaneUrl);
      expect(runtime?.actions).toEqual([
        expect.objectContaining({ id: "OpenTaskPane", type: "openPage", pinnable: true }),
      ]);
      expect(extension.ribbons.map((ribbon) => ribbon.contexts)).toEqual([["mailRead", "mailCompose"]]);
      const controls = extension.ribbons.flatMap((ribbon) =>
        ribbon.tabs.flatMap((tab) => tab.groups.flatMap((group) => group.controls)),
      );
      expect(controls.map((control) => control.actionId)).toEqual(["OpenTaskPane"]);
      expect(controls[0]?.icons.map((icon) => icon.size)).toEqual([16, 32, 80]);
    }
  });

  test("names and version follow the XML; production has no (dev) and no localhost", () => {
    expect(devJson.name).toEqual({ short: "Outbox Doctor (dev)", full: "Outbox Doctor (dev)" });
    expect(prodJson.name).toEqual({ short: "Outbox Doctor", full: "Outbox Doctor" });
    expect(devJson.version).toBe("1.0.0");
    expect(devJson.validDomains).toEqual(["localhost:3000"]);
    expect(prodJson.validDomains).toEqual(["outbox-doctor.example.com"]);
    const prodText = JSON.stringify(prodJson);
    expect(prodText).not.toMatch(/localhost/);
    const urls = prodText.match(/https:\/\/[^"]+/g) ?? [];
    for (const url of urls.filter((u) => !u.startsWith("https://developer.microsoft.com/json-schemas/"))) {
      expect(url.startsWith("https://outbox-doctor.example.com/tools/")).toBe(true);
    }
  });

  test("a manifest without a task pane URL is refused with a one-line message", () => {
    const broken = devXml.replace(/<bt:Url id="Taskpane\.Url"[^>]*\/>/g, "");
    expect(() => toUnifiedManifest(broken, "development")).toThrow(UnifiedManifestError);
    expect(() => toUnifiedManifest(broken, "development")).toThrow(
      /^manifest XML: no Url Taskpane\.Url found/,
    );
  });
});

// ---- app package icons ----

function pngInfo(bytes: Buffer): { width: number; height: number; rgba: Buffer } {
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect(bytes[25]).toBe(6); // RGBA, as drawIcons.mjs writes it
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    if (bytes.subarray(at + 4, at + 8).toString("ascii") === "IDAT")
      idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 4 + 1)]).toBe(0); // filter 0 on every row
    raw.copy(rgba, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  }
  return { width, height, rgba };
}

describe("app package icons", () => {
  test("color.png is 192x192 in colour", () => {
    const { width, height, rgba } = pngInfo(readFileSync(join(root, "assets/color-192.png")));
    expect([width, height]).toEqual([192, 192]);
    let coloured = 0;
    for (let i = 0; i < rgba.length; i += 4) if (rgba[i + 3] === 255 && rgba[i] !== rgba[i + 2]) coloured++;
    expect(coloured).toBeGreaterThan(192 * 192 * 0.2);
  });

  test("outline.png is 32x32, white on transparent only", () => {
    const { width, height, rgba } = pngInfo(readFileSync(join(root, "assets/outline-32.png")));
    expect([width, height]).toEqual([32, 32]);
    let opaque = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      if (rgba[i + 3] === 0) continue;
      expect([rgba[i], rgba[i + 1], rgba[i + 2]]).toEqual([255, 255, 255]);
      opaque++;
    }
    expect(opaque).toBeGreaterThan(100);
    expect(opaque).toBeLessThan(32 * 32);
  });
});

describe("scripts/buildManifests.mjs writes the unified manifests and app packages", () => {
  function run(publicUrl: string | undefined, out: string) {
    const env = { ...process.env };
    delete env.ADDIN_PUBLIC_URL;
    if (publicUrl !== undefined) env.ADDIN_PUBLIC_URL = publicUrl;
    return spawnSync(process.execPath, [join(root, "scripts/buildManifests.mjs"), "--out", out], {
      env,
      encoding: "utf8",
      timeout: 20_000,
    });
  }

  test("development and production, each a zip with manifest.json, its German file and the icons", () => {
    const out = join(workDir, "build");
    const result = run("https://outbox-doctor.example.com/tools", out);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"))).toEqual(
      JSON.parse(serialize(devJson)),
    );
    expect(JSON.parse(readFileSync(join(out, "manifest.prod.json"), "utf8"))).toEqual(
      JSON.parse(serialize(prodJson)),
    );
    expect(JSON.parse(readFileSync(join(out, "manifest.de-de.json"), "utf8"))).toEqual(devGerman[0]?.strings);
    expect(JSON.parse(readFileSync(join(out, "manifest.prod.de-de.json"), "utf8"))).toEqual(
      prodGerman[0]?.strings,
    );
    for (const [zip, manifest, german] of [
      ["outbox-doctor.dev.zip", devJson, devGerman],
      ["outbox-doctor.zip", prodJson, prodGerman],
    ] as const) {
      const files = readStoredZip(readFileSync(join(out, zip)));
      expect([...files.keys()]).toEqual(["manifest.json", "manifest.de-de.json", "color.png", "outline.png"]);
      expect(JSON.parse(files.get("manifest.json")?.toString("utf8") ?? "")).toEqual(
        JSON.parse(serialize(manifest)),
      );
      // The manifest names the file by the name it has inside the package.
      expect(JSON.parse(files.get("manifest.de-de.json")?.toString("utf8") ?? "")).toEqual(
        german[0]?.strings,
      );
      expect(files.get("color.png")).toEqual(readFileSync(join(root, "assets/color-192.png")));
      expect(files.get("outline.png")).toEqual(readFileSync(join(root, "assets/outline-32.png")));
    }
  });

  test("without ADDIN_PUBLIC_URL, stale production files are removed", () => {
    const out = join(workDir, "build-dev");
    spawnSync("mkdir", ["-p", out]);
    for (const stale of ["manifest.prod.json", "manifest.prod.de-de.json", "outbox-doctor.zip"])
      writeFileSync(join(out, stale), "stale");
    const result = run(undefined, out);
    expect(result.status).toBe(0);
    expect(existsSync(join(out, "manifest.json"))).toBe(true);
    expect(existsSync(join(out, "outbox-doctor.dev.zip"))).toBe(true);
    expect(existsSync(join(out, "manifest.de-de.json"))).toBe(true);
    expect(existsSync(join(out, "manifest.prod.json"))).toBe(false);
    expect(existsSync(join(out, "manifest.prod.de-de.json"))).toBe(false);
    expect(existsSync(join(out, "outbox-doctor.zip"))).toBe(false);
  });

  test("--update-source reports manifest.json up to date", () => {
    const result = spawnSync(
      process.execPath,
      [join(root, "scripts/buildManifests.mjs"), "--update-source"],
      {
        encoding: "utf8",
        timeout: 20_000,
      },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/manifest\.json is up to date with manifest\.xml/);
  });
});
