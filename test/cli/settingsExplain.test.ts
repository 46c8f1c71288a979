import { renderSettings } from "../../src/cli/renderText.js";
import type { Settings } from "../../src/core/types.js";
import { runCliCaptured } from "./cliHarness.js";

function baseSettings(): Settings {
  return {
    email: "ann@example.net",
    domain: "example.net",
    provider: { id: "example", name: "Example ISP" },
    source: "builtin",
    servers: [{ host: "smtp.example.net", port: 465, security: "tls", auth: ["password"], username: "ann" }],
    incoming: [],
    notes: [],
  };
}

describe("outbox-doctor settings --offline", () => {
  it("prints the Microsoft 365 host aligned and exits 0", async () => {
    const run = await runCliCaptured(["settings", "ann@contoso.onmicrosoft.com", "--offline"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/server\s+smtp\.office365\.com/);
    expect(run.stdout).toMatch(/port\s+587/);
    expect(run.stdout).toMatch(/encryption\s+STARTTLS/);
    expect(run.stdout).not.toMatch(/\b465\b.*office365/);
  });

  it("prints exactly one JSON document with --json", async () => {
    const run = await runCliCaptured(["settings", "  Bob@GMAIL.com ", "--offline", "--json"]);
    expect(run.code).toBe(0);
    const settings = JSON.parse(run.stdout);
    expect(settings).toMatchObject({ email: "bob@gmail.com", domain: "gmail.com", source: "builtin" });
    expect(settings.provider.id).toBe("gmail");
    expect(settings.servers[0].host).toBe("smtp.gmail.com");
  });

  it("shows the incoming half (IMAP first) aligned, and includes it in --json", async () => {
    const text = await runCliCaptured(["settings", "ann@gmail.com", "--offline"]);
    expect(text.code).toBe(0);
    const incoming = text.stdout.slice(text.stdout.indexOf("Incoming server (recommended):"));
    expect(incoming).toMatch(
      /^Incoming server \(recommended\):\n {2}protocol {8}IMAP\n {2}server {10}imap\.gmail\.com\n/,
    );
    expect(incoming).toMatch(/port\s+993/);
    expect(incoming).toMatch(/encryption\s+SSL\/TLS/);
    expect(incoming).toMatch(/user name\s+ann@gmail\.com/);
    const json = JSON.parse(
      (await runCliCaptured(["settings", "ann@gmail.com", "--offline", "--json"])).stdout,
    );
    expect(json.incoming[0]).toMatchObject({
      protocol: "imap",
      host: "imap.gmail.com",
      port: 993,
      security: "tls",
      username: "ann@gmail.com",
    });
  });

  it("shows the entry's checked date, and says when the entry is unverified", () => {
    const checked = { ...baseSettings(), provider: { id: "x", name: "X", checked: "2026-11-30" } };
    expect(renderSettings(checked)).toMatch(/^ {2}checked {2}2026-11-30$/m);
    const unverified = { ...checked, provider: { ...checked.provider, unverified: true as const } };
    expect(renderSettings(unverified)).toMatch(/checked\s+2026-11-30, UNVERIFIED: .*verify the server/);
  });

  it("renders every incoming server with its warning, and says when none is known", () => {
    const base: Settings = {
      email: "ann@example.net",
      domain: "example.net",
      provider: { id: "example", name: "Example ISP" },
      source: "builtin",
      servers: [
        { host: "smtp.example.net", port: 465, security: "tls", auth: ["password"], username: "ann" },
      ],
      incoming: [
        {
          protocol: "imap",
          host: "imap.example.net",
          port: 993,
          security: "tls",
          auth: ["password"],
          username: "ann",
        },
        {
          protocol: "pop3",
          host: "pop.example.net",
          port: 110,
          security: "none",
          auth: ["password"],
          username: "ann",
          warning: "Not encrypted.",
        },
      ],
      notes: [],
    };
    const text = renderSettings(base);
    expect(text.indexOf("Outgoing server (recommended):")).toBeLessThan(
      text.indexOf("Incoming server (recommended):"),
    );
    expect(text).toMatch(
      /Incoming alternative 1:\n {2}protocol {8}POP3\n {2}server {10}pop\.example\.net\n {2}port {12}110\n {2}encryption {6}none\n/,
    );
    expect(text).toContain("  WARNING: Not encrypted.");
    expect(renderSettings({ ...base, incoming: [] })).toContain("Incoming server: not known.");
  });

  it("lists exactly Office.js's four account types in its usage", async () => {
    const run = await runCliCaptured(["help"]);
    expect(run.stdout).toContain("--account-type enterprise|gmail|office365|outlookCom]");
    expect(run.stdout).not.toMatch(/outlookCom\|other/);
  });

  it("exits 1 when the embedded database does not know the domain", async () => {
    const run = await runCliCaptured([
      "settings",
      "ann@unknown-domain-for-tests.example",
      "--offline",
      "--json",
    ]);
    expect(run.code).toBe(1);
    const settings = JSON.parse(run.stdout);
    expect(settings.provider).toBeNull();
    expect(settings.source).toBe("none");
    expect(settings.servers).toEqual([]);
  });

  it("applies the Outlook account type", async () => {
    const run = await runCliCaptured([
      "settings",
      "ann@contoso.com",
      "--offline",
      "--json",
      "--account-type",
      "office365",
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).provider.id).toBe("microsoft365");
  });

  it.each([
    [["settings"], /missing email address/],
    [["settings", "not-an-address", "--offline"], /.+/],
    [["settings", "a@b.com", "c@d.com", "--offline"], /expected one email address/],
    [["settings", "a@gmail.com", "--offfline"], /unknown option --offfline/],
    [["settings", "a@gmail.com", "--offline", "--account-type", "aol"], /--account-type must be one of/],
    [
      ["settings", "a@gmail.com", "--offline", "--account-type", "other"],
      /--account-type must be one of enterprise, gmail, office365, outlookCom$/m,
    ],
  ])("bad input %j: one line on stderr, exit 2, no stack", async (argv, message) => {
    const run = await runCliCaptured(argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("outbox-doctor explain", () => {
  it("explains an Outlook hex code", async () => {
    const run = await runCliCaptured(["explain", "0x800ccc0e"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^0x800CCC0E: /m);
    expect(run.stdout).toMatch(/Who must act: You/);
    expect(run.stdout).toMatch(/Cause: /);
    expect(run.stdout).toMatch(/ {4}1\. /);
  });

  it("ranks 5.7.139 first for a Microsoft 365 rejection, as JSON", async () => {
    const run = await runCliCaptured([
      "explain",
      "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.",
      "--json",
    ]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.input).toMatch(/^535 5\.7\.139/);
    expect(result.matches[0].code).toBe("5.7.139");
    expect(result.matches[0].fix.length).toBeGreaterThan(0);
  });

  it("joins unquoted words into one text", async () => {
    const run = await runCliCaptured([
      "explain",
      "Must",
      "issue",
      "a",
      "STARTTLS",
      "command",
      "first",
      "--json",
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).input).toBe("Must issue a STARTTLS command first");
  });

  it("exits 1 when nothing is recognised", async () => {
    const run = await runCliCaptured(["explain", "the weather is nice today"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/No known bounce, SMTP reply or Outlook error/);
    expect(run.stdout).toMatch(/Paste the whole bounce/);
  });

  it("rejects empty text with exit 2", async () => {
    const run = await runCliCaptured(["explain", "   "]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("outbox-doctor usage", () => {
  it("unknown command exits 2 with one line", async () => {
    const run = await runCliCaptured(["frobnicate"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command "frobnicate"/);
  });

  it("no command prints usage on stderr and exits 2", async () => {
    const run = await runCliCaptured([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Usage:/);
  });

  it("help and --version exit 0", async () => {
    expect((await runCliCaptured(["help"])).stdout).toMatch(/outbox-doctor settings <email>/);
    expect(await runCliCaptured(["--version"])).toMatchObject({ code: 0, stdout: "9.9.9\n" });
  });
});

describe("outbox-doctor explain with a huge paste", () => {
  it("reads the first 20,000 characters and says so", async () => {
    const text = "535 5.7.139 Authentication unsuccessful\n" + "x".repeat(30_000);
    const run = await runCliCaptured(["explain", text]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\(Only the first 20,000 characters of that text were read\.\)\n/);
    expect(run.stdout).toMatch(/^5\.7\.139: /m);
  });
});
