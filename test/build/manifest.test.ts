// Offline structural tests of the add-in manifests and icons. The online schema validation is
// `npm run validate` (office-addin-manifest posts the XML to a Microsoft service).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { inflateSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, test } from "@jest/globals";
import { XMLParser } from "fast-xml-parser";
import { checkManifest, type ManifestTarget } from "../../scripts/manifestCheck.cjs";
import {
  DEV_BASE_URL,
  PRODUCTION_ADDIN_ID,
  parsePublicUrl,
  toProductionManifest,
  type PublicUrl,
} from "../../scripts/manifestTransform.cjs";

const root = resolve(__dirname, "../..");
const paneDir = join(root, "dist/pane");
const devXml = readFileSync(join(root, "manifest.xml"), "utf8");
const publicUrl = parsePublicUrl("https://outbox-doctor.example.com");
const prodXml = toProductionManifest(devXml, publicUrl);
const DEV: ManifestTarget = { kind: "development" };
const PROD: ManifestTarget = { kind: "production", ...publicUrl };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// ---- small readers over fast-xml-parser's ordered output ----

type Ordered = Record<string, unknown> & { ":@"?: Record<string, string> };
const orderedParser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
});

function tagOf(entry: Ordered): string {
  return Object.keys(entry).find((key) => key !== ":@") ?? "";
}
function childrenOf(entry: Ordered): Ordered[] {
  return ((entry[tagOf(entry)] as Ordered[] | undefined) ?? []).filter((child) => !("#text" in child));
}
function textOf(entry: Ordered): string {
  const texts = (entry[tagOf(entry)] as Ordered[]).filter((child) => "#text" in child);
  return texts.map((child) => String(child["#text"])).join("");
}
function rootOf(xml: string): Ordered {
  const parsed = orderedParser.parse(xml) as Ordered[];
  const found = parsed.find((entry) => tagOf(entry) === "OfficeApp");
  if (!found) throw new Error("no <OfficeApp>");
  return found;
}
function child(entry: Ordered, name: string): Ordered {
  const found = childrenOf(entry).find((candidate) => tagOf(candidate) === name);
  if (!found) throw new Error(`no <${name}> in <${tagOf(entry)}>`);
  return found;
}
function findAll(entry: Ordered, name: string, found: Ordered[] = []): Ordered[] {
  for (const candidate of childrenOf(entry)) {
    if (tagOf(candidate) === name) found.push(candidate);
    findAll(candidate, name, found);
  }
  return found;
}

/** Replaces `from` once; throws if absent, so a negative test can never pass on an unchanged manifest. */
function mutate(xml: string, from: string | RegExp, to: string): string {
  const changed = xml.replace(from, to);
  if (changed === xml) throw new Error(`mutation target not found: ${String(from)}`);
  return changed;
}

// ---- PNG reading: IHDR for the size, IDAT for the pixels (all five filter types, RFC 2083 6.) ----

interface Png {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  rgba: Buffer;
}

function readPng(file: string): Png {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString("ascii", 12, 16)).toBe("IHDR");
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const bitDepth = bytes[24] ?? 0;
  const colorType = bytes[25] ?? 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString("ascii", at + 4, at + 8) === "IDAT")
      idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rgba = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= 4 ? (rgba[y * stride + x - 4] ?? 0) : 0;
      const up = y > 0 ? (rgba[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = x >= 4 && y > 0 ? (rgba[(y - 1) * stride + x - 4] ?? 0) : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      rgba[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  return { width, height, bitDepth, colorType, rgba };
}

function builtPaneDir(): string {
  if (!existsSync(join(paneDir, "taskpane.html"))) {
    throw new Error("dist/pane/taskpane.html is missing: run `npm run build` first");
  }
  return paneDir;
}

/** The file in the build output that a manifest URL under `base` is served from. */
function builtFileFor(url: string, base: string): string {
  expect(url.startsWith(`${base}/`)).toBe(true);
  return join(builtPaneDir(), ...url.slice(base.length + 1).split("/"));
}

// ---- the real manifests ----

const BOTH: [string, string, ManifestTarget][] = [
  ["development", devXml, DEV],
  ["production", prodXml, PROD],
];

describe("development and production manifests", () => {
  test.each(BOTH)("the %s manifest passes the structural check", (_kind, xml, target) => {
    expect(checkManifest(xml, target).problems).toEqual([]);
  });

  test.each(BOTH)("the %s manifest has the MailApp elements in schema order", (_kind, xml) => {
    const app = rootOf(xml);
    expect(app[":@"]?.["xsi:type"]).toBe("MailApp");
    expect(childrenOf(app).map(tagOf)).toEqual([
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "FormSettings",
      "Permissions",
      "Rule",
      "VersionOverrides",
    ]);
    const outer = child(app, "VersionOverrides");
    expect(outer[":@"]).toMatchObject({
      xmlns: "http://schemas.microsoft.com/office/mailappversionoverrides",
      "xsi:type": "VersionOverridesV1_0",
    });
    expect(childrenOf(outer).map(tagOf)).toEqual(["Requirements", "Hosts", "Resources", "VersionOverrides"]);
    const inner = child(outer, "VersionOverrides");
    expect(inner[":@"]).toMatchObject({
      xmlns: "http://schemas.microsoft.com/office/mailappversionoverrides/1.1",
      "xsi:type": "VersionOverridesV1_1",
    });
    expect(childrenOf(inner).map(tagOf)).toEqual(["Requirements", "Hosts", "Resources"]);
    for (const resources of [child(outer, "Resources"), child(inner, "Resources")]) {
      expect(childrenOf(resources).map(tagOf)).toEqual([
        "bt:Images",
        "bt:Urls",
        "bt:ShortStrings",
        "bt:LongStrings",
      ]);
    }
  });

  test("ids are GUIDs, and production has its own fixed id so both install side by side", () => {
    const devId = textOf(child(rootOf(devXml), "Id"));
    const prodId = textOf(child(rootOf(prodXml), "Id"));
    expect(devId).toMatch(GUID);
    expect(prodId).toMatch(GUID);
    expect(prodId).toBe(PRODUCTION_ADDIN_ID);
    expect(prodId.toLowerCase()).not.toBe(devId.toLowerCase());
  });

  test("names: the development manifest says (dev), production does not", () => {
    expect(child(rootOf(devXml), "DisplayName")[":@"]?.DefaultValue).toBe("Outbox Doctor (dev)");
    expect(child(rootOf(prodXml), "DisplayName")[":@"]?.DefaultValue).toBe("Outbox Doctor");
    expect(textOf(child(rootOf(prodXml), "ProviderName"))).toBe("Outbox Doctor");
  });

  test("least permission and the oldest Mailbox requirement set that works", () => {
    for (const xml of [devXml, prodXml]) {
      const app = rootOf(xml);
      expect(textOf(child(app, "Permissions"))).toBe("ReadItem");
      expect(child(child(child(app, "Requirements"), "Sets"), "Set")[":@"]).toEqual({
        Name: "Mailbox",
        MinVersion: "1.1",
      });
    }
  });

  test("every URL is HTTPS: development on https://localhost:3000, production on the public URL only", () => {
    const devUrls = checkManifest(devXml, DEV).urls;
    const prodUrls = checkManifest(prodXml, PROD).urls;
    expect(devUrls.length).toBeGreaterThanOrEqual(13);
    expect(prodUrls.map(({ where }) => where)).toEqual(devUrls.map(({ where }) => where));
    for (const { url } of devUrls) expect(url.startsWith(`${DEV_BASE_URL}/`)).toBe(true);
    for (const { url } of prodUrls) expect(url.startsWith("https://outbox-doctor.example.com/")).toBe(true);
    expect(prodXml).not.toMatch(/localhost|127\.0\.0\.1/i);
    // Namespace names are identifiers, not fetched; everything else must be https.
    expect(prodXml.replace(/xmlns(:\w+)?="[^"]*"/g, "")).not.toMatch(/http:\/\//i);
    expect(textOf(child(child(rootOf(devXml), "AppDomains"), "AppDomain"))).toBe("https://localhost:3000");
    expect(textOf(child(child(rootOf(prodXml), "AppDomains"), "AppDomain"))).toBe(
      "https://outbox-doctor.example.com",
    );
  });

  test("read and compose surfaces both open the task pane, pinnable in schema 1.1", () => {
    for (const xml of [devXml, prodXml]) {
      const outer = child(rootOf(xml), "VersionOverrides");
      const inner = child(outer, "VersionOverrides");
      for (const override of [outer, inner]) {
        const points = findAll(child(override, "Hosts"), "ExtensionPoint");
        expect(points.map((point) => point[":@"]?.["xsi:type"])).toEqual([
          "MessageReadCommandSurface",
          "MessageComposeCommandSurface",
        ]);
      }
      const innerActions = findAll(inner, "Action");
      expect(innerActions).toHaveLength(2);
      for (const action of innerActions) {
        expect(action[":@"]?.["xsi:type"]).toBe("ShowTaskpane");
        expect(textOf(child(action, "SupportsPinning"))).toBe("true");
      }
      // SupportsPinning is not part of schema 1.0: the outer actions must not carry it.
      const outerActions = findAll(outer, "Action").filter((action) => !innerActions.includes(action));
      expect(outerActions).toHaveLength(2);
      for (const action of outerActions) expect(childrenOf(action).map(tagOf)).toEqual(["SourceLocation"]);
    }
  });

  test("shared folders and shared mailboxes: schema 1.1 sets SupportsSharedFolders after the ExtensionPoints", () => {
    for (const xml of [devXml, prodXml]) {
      const outer = child(rootOf(xml), "VersionOverrides");
      const inner = child(outer, "VersionOverrides");
      const innerFormFactor = findAll(inner, "DesktopFormFactor")[0] as Ordered;
      expect(childrenOf(innerFormFactor).map(tagOf)).toEqual([
        "ExtensionPoint",
        "ExtensionPoint",
        "SupportsSharedFolders",
      ]);
      expect(textOf(child(innerFormFactor, "SupportsSharedFolders"))).toBe("true");
      // Schema 1.0 has no such element.
      const outerFormFactor = childrenOf(child(child(outer, "Hosts"), "Host")).find(
        (entry) => tagOf(entry) === "DesktopFormFactor",
      ) as Ordered;
      expect(childrenOf(outerFormFactor).map(tagOf)).not.toContain("SupportsSharedFolders");
    }
  });

  test("the task pane URL is taskpane.html in forms and buttons alike", () => {
    const urls = checkManifest(devXml, DEV).urls;
    const pages = urls.filter(({ where }) => /DesktopSettings|Taskpane/.test(where)).map(({ url }) => url);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(new Set(pages)).toEqual(new Set([`${DEV_BASE_URL}/taskpane.html`]));
  });
});

describe("build output (dist/pane)", () => {
  test.each(BOTH)(
    "every page and image the %s manifest references exists in dist/pane",
    (_kind, xml, target) => {
      const { urls } = checkManifest(xml, target);
      const base = target.kind === "development" ? DEV_BASE_URL : target.base;
      for (const { where, url } of urls) {
        const file = builtFileFor(url, base);
        if (!existsSync(file)) throw new Error(`${where}: ${url} has no file ${file} in the build output`);
      }
    },
  );

  test("the icons Outlook shows have the pixel sizes the manifest promises", () => {
    const app = rootOf(devXml);
    const promised: [string, number][] = [
      [String(child(app, "IconUrl")[":@"]?.DefaultValue), 64],
      [String(child(app, "HighResolutionIconUrl")[":@"]?.DefaultValue), 128],
    ];
    for (const image of findAll(app, "bt:Image")) {
      const { id, size, resid } = image[":@"] ?? {};
      if (id) {
        // A resource image: find the size the buttons ask of it.
        const use = findAll(app, "bt:Image").find((candidate) => candidate[":@"]?.resid === id);
        promised.push([String(image[":@"]?.DefaultValue), Number(use?.[":@"]?.size)]);
      } else {
        expect(["16", "32", "80"]).toContain(size);
        expect(resid).toBeTruthy();
      }
    }
    expect(promised.length).toBe(2 + 6);
    for (const [url, size] of promised) {
      const png = readPng(builtFileFor(url, DEV_BASE_URL));
      expect([url, png.width, png.height]).toEqual([url, size, size]);
    }
  });

  test("a manifest.prod.xml in dist/pane, if the build wrote one, passes the production check", () => {
    const built = join(builtPaneDir(), "manifest.prod.xml");
    if (!existsSync(built)) return;
    const xml = readFileSync(built, "utf8");
    const base = String(child(rootOf(xml), "SupportUrl")[":@"]?.DefaultValue).replace(
      /\/taskpane\.html$/,
      "",
    );
    expect(checkManifest(xml, { kind: "production", ...parsePublicUrl(base) }).problems).toEqual([]);
  });
});

describe("icons in assets/", () => {
  test.each([16, 32, 64, 80, 128])(
    "icon-%i.png: right size, RGBA, transparent anti-aliased edges",
    (size) => {
      const png = readPng(join(root, "assets", `icon-${size}.png`));
      expect([png.width, png.height, png.bitDepth, png.colorType]).toEqual([size, size, 8, 6]);
      const alphas = Array.from({ length: size * size }, (_, i) => png.rgba[i * 4 + 3] ?? 0);
      expect(alphas[0]).toBe(0);
      expect(alphas.filter((alpha) => alpha === 255).length).toBeGreaterThan(size * size * 0.3);
      expect(alphas.filter((alpha) => alpha > 0 && alpha < 255).length).toBeGreaterThan(size);
      expect(alphas.filter((alpha) => alpha === 0).length).toBeGreaterThan(size);
    },
  );
});

// ---- the checker rejects what Outlook would reject ----

describe("checkManifest rejects broken manifests", () => {
  const cases: [string, (xml: string) => string, RegExp][] = [
    [
      "top-level elements out of order",
      (xml) => mutate(xml, /(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/, "$3$2$1"),
      /<Version> is out of schema order; it must come before <ProviderName>/,
    ],
    [
      "Permissions after Rule",
      (xml) =>
        mutate(
          mutate(xml, "<Permissions>ReadItem</Permissions>", ""),
          "</Rule>\n",
          "</Rule>\n  <Permissions>ReadItem</Permissions>\n",
        ),
      /<Permissions> is out of schema order; it must come before <Rule>/,
    ],
    [
      "Supertip after Icon inside a button",
      (xml) => mutate(xml, /(\s*<Supertip>[\s\S]*?<\/Supertip>)(\s*<Icon>[\s\S]*?<\/Icon>)/, "$2$1"),
      /Control: <Supertip> is out of schema order; it must come before <Icon>/,
    ],
    [
      "Urls before Images in Resources",
      (xml) => mutate(xml, /(\s*<bt:Images>[\s\S]*?<\/bt:Images>)(\s*<bt:Urls>[\s\S]*?<\/bt:Urls>)/, "$2$1"),
      /Resources: <bt:Images> is out of schema order; it must come before <Urls>/,
    ],
    [
      "an image without the bt: namespace",
      (xml) => mutate(xml, '<bt:Image size="16" resid="Icon.16"/>', '<Image size="16" resid="Icon.16"/>'),
      /<Image> is not allowed here/,
    ],
    [
      "a non-GUID id",
      (xml) => mutate(xml, /<Id>[^<]*<\/Id>/, "<Id>outbox-doctor</Id>"),
      /<Id> must be a GUID/,
    ],
    [
      "a bad locale name",
      (xml) => mutate(xml, 'Locale="de-DE"', 'Locale="German"'),
      /"German" is not a culture name/,
    ],
    [
      "an http URL",
      (xml) =>
        mutate(xml, "https://localhost:3000/assets/icon-64.png", "http://localhost:3000/assets/icon-64.png"),
      /not HTTPS: http:\/\/localhost:3000\/assets\/icon-64\.png/,
    ],
    [
      "a broader permission",
      (xml) =>
        mutate(xml, "<Permissions>ReadItem</Permissions>", "<Permissions>ReadWriteMailbox</Permissions>"),
      /<Permissions> must be ReadItem/,
    ],
    [
      "a newer minimum Mailbox version",
      (xml) =>
        mutate(xml, '<Set Name="Mailbox" MinVersion="1.1"/>', '<Set Name="Mailbox" MinVersion="1.5"/>'),
      /<Requirements> must ask for Mailbox 1\.1, found 1\.5/,
    ],
    [
      "no compose command surface",
      (xml) => mutate(xml, /MessageComposeCommandSurface/g, "AppointmentOrganizerCommandSurface"),
      /MessageComposeCommandSurface has no button that shows the task pane/,
    ],
    [
      "SupportsPinning in schema 1.0",
      (xml) =>
        mutate(
          xml,
          '<SourceLocation resid="Taskpane.Url"/>\n                  </Action>',
          '<SourceLocation resid="Taskpane.Url"/><SupportsPinning>true</SupportsPinning></Action>',
        ),
      /<SupportsPinning> is not allowed here/,
    ],
    [
      "no SupportsPinning in schema 1.1",
      (xml) => mutate(xml, /<SupportsPinning>true<\/SupportsPinning>/g, ""),
      /task pane should set <SupportsPinning>true<\/SupportsPinning>/,
    ],
    [
      "a dangling resource reference",
      (xml) => mutate(xml, '<Label resid="Button.Label"/>', '<Label resid="Button.Labl"/>'),
      /refers to short string "Button.Labl", which is not defined/,
    ],
    [
      "a missing mandatory icon size",
      (xml) => mutate(xml, /\s*<bt:Image size="80" resid="Icon.80"\/>/, ""),
      /lacks the mandatory 80 px image/,
    ],
    [
      "no Rule for compose",
      (xml) => mutate(xml, /\s*<Rule xsi:type="ItemIs" ItemType="Message" FormType="Edit"\/>/, ""),
      /does not activate on messages in Edit forms/,
    ],
    [
      "no SupportsSharedFolders in schema 1.1",
      (xml) => mutate(xml, /\s*<SupportsSharedFolders>true<\/SupportsSharedFolders>/, ""),
      /should set <SupportsSharedFolders>true<\/SupportsSharedFolders>/,
    ],
    [
      "SupportsSharedFolders before the ExtensionPoints",
      (xml) =>
        mutate(
          mutate(xml, /\s*<SupportsSharedFolders>true<\/SupportsSharedFolders>/, ""),
          /(<VersionOverrides[^>]*VersionOverridesV1_1">[\s\S]*?<DesktopFormFactor>)/,
          "$1<SupportsSharedFolders>true</SupportsSharedFolders>",
        ),
      /is out of schema order; it must come before <SupportsSharedFolders>/,
    ],
    ["XML that is not well-formed", (xml) => mutate(xml, "</FormSettings>", ""), /not well-formed XML/],
  ];

  test.each(cases)("%s", (_name, change, expected) => {
    const { problems } = checkManifest(change(devXml), DEV);
    expect(problems.join("\n")).toMatch(expected);
  });

  test("localhost anywhere in a production manifest", () => {
    expect(checkManifest(devXml, PROD).problems.join("\n")).toMatch(
      /not under https:\/\/outbox-doctor\.example\.com\//,
    );
    const withComment = mutate(prodXml, "<Hosts>", "<!-- served from localhost -->\n  <Hosts>");
    expect(checkManifest(withComment, PROD).problems).toEqual([
      'production manifest mentions a local address: "localhost"',
    ]);
  });

  test("a production manifest that still says (dev)", () => {
    const named = mutate(prodXml, 'DefaultValue="Outbox Doctor"/>', 'DefaultValue="Outbox Doctor (dev)"/>');
    expect(checkManifest(named, PROD).problems.join("\n")).toMatch(/must not say "\(dev\)"/);
  });
});

// ---- production manifest generation ----

describe("parsePublicUrl", () => {
  test.each([
    [
      "https://outbox-doctor.example.com",
      "https://outbox-doctor.example.com",
      "https://outbox-doctor.example.com",
    ],
    [
      "https://outbox-doctor.example.com/",
      "https://outbox-doctor.example.com",
      "https://outbox-doctor.example.com",
    ],
    [
      "  https://Example.org:8443/tools/doctor/ ",
      "https://example.org:8443/tools/doctor",
      "https://example.org:8443",
    ],
  ])("accepts %j", (value, base, origin) => {
    expect(parsePublicUrl(value)).toEqual({ base, origin });
  });

  test.each([
    ["", /is empty/],
    ["outbox-doctor.example.com", /is not a URL/],
    ["http://outbox-doctor.example.com", /must use https:\/\//],
    ["https://user:secret@outbox-doctor.example.com", /user name or password/],
    ["https://outbox-doctor.example.com/?x=1", /without \?query or #fragment/],
    ["https://outbox-doctor.example.com/#top", /without \?query or #fragment/],
    ["https://localhost:3000", /points at this machine/],
    ["https://127.0.0.1", /points at this machine/],
    ["https://[::1]:3000", /points at this machine/],
    ["https://outbox-doctor.example.com/a&b", /do not belong in a base path/],
  ])("rejects %j with a one-line message", (value, expected) => {
    let message = "";
    try {
      parsePublicUrl(value);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(expected);
    expect(message).toMatch(/^ADDIN_PUBLIC_URL /);
    expect(message).not.toContain("\n");
  });
});

describe("toProductionManifest", () => {
  test("moves every URL under a base path and keeps AppDomain an origin", () => {
    const withPath: PublicUrl = parsePublicUrl("https://example.org/tools/doctor/");
    const xml = toProductionManifest(devXml, withPath);
    expect(checkManifest(xml, { kind: "production", ...withPath }).problems).toEqual([]);
    expect(xml).toContain("<AppDomain>https://example.org</AppDomain>");
    expect(xml).toContain('DefaultValue="https://example.org/tools/doctor/taskpane.html"');
  });

  test("changes nothing but ids, name and URLs", () => {
    const back = prodXml
      .split(PRODUCTION_ADDIN_ID)
      .join(textOf(child(rootOf(devXml), "Id")))
      .replace('DefaultValue="Outbox Doctor"/>', 'DefaultValue="Outbox Doctor (dev)"/>')
      .split("https://outbox-doctor.example.com")
      .join(DEV_BASE_URL);
    expect(back).toBe(devXml);
  });

  test("refuses a manifest whose parts it cannot find", () => {
    expect(() => toProductionManifest(devXml.replace(" (dev)", ""), publicUrl)).toThrow(/DisplayName/);
    expect(() => toProductionManifest(devXml.replace(/<Id>[^<]*<\/Id>/, ""), publicUrl)).toThrow(/<Id>/);
    expect(() => toProductionManifest(`${devXml}<!-- ${DEV_BASE_URL} -->`, publicUrl)).toThrow(
      /no rule rewrites/,
    );
  });
});

describe("scripts/buildManifests.mjs", () => {
  const script = join(root, "scripts/buildManifests.mjs");
  let out: string;
  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), "outbox-manifests-"));
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  function run(publicUrlValue: string | undefined, args: string[] = ["--out", out]) {
    const env = { ...process.env };
    delete env.ADDIN_PUBLIC_URL;
    if (publicUrlValue !== undefined) env.ADDIN_PUBLIC_URL = publicUrlValue;
    return spawnSync(process.execPath, [script, ...args], { env, encoding: "utf8", timeout: 20_000 });
  }

  test("writes the development manifest as is and the production manifest for ADDIN_PUBLIC_URL", () => {
    const result = run("https://outbox-doctor.example.com/");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(readFileSync(join(out, "manifest.xml"), "utf8")).toBe(devXml);
    expect(readFileSync(join(out, "manifest.prod.xml"), "utf8")).toBe(prodXml);
  });

  test("without ADDIN_PUBLIC_URL: a one-line note, no production manifest, a stale one removed", () => {
    writeFileSync(join(out, "manifest.prod.xml"), "stale");
    const result = run(undefined);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^note: ADDIN_PUBLIC_URL is not set; no production manifest written/m);
    expect(existsSync(join(out, "manifest.xml"))).toBe(true);
    expect(existsSync(join(out, "manifest.prod.xml"))).toBe(false);
  });

  test.each([
    "http://outbox-doctor.example.com",
    "https://localhost:3000",
    "not a url",
    "https://x.example/?a=b",
  ])("ADDIN_PUBLIC_URL=%j: exit 2, one line on stderr, nothing written", (value) => {
    const result = run(value);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^buildManifests: ADDIN_PUBLIC_URL [^\n]+\n$/);
    expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(join(out, "manifest.prod.xml"))).toBe(false);
    expect(existsSync(join(out, "manifest.xml"))).toBe(false);
  });

  test("an unknown argument is a usage error", () => {
    const result = run(undefined, ["--bogus"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^buildManifests: unexpected argument "--bogus"; usage: /);
  });
});
