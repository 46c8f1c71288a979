// `settings` and `domain` with --lang: headings, labels, notes and findings
// in German, record problems and discovery notes included; ids, severities,
// hosts and record text unchanged; a bad --lang is bad input (exit 2).
// Every lookup goes to a local DNS peer; the HTTP sources point at a closed port.
import { englishSentences } from "../core/englishSentences.js";
import { startDnsPeer, type DnsPeer } from "../peers/dnsPeer.js";
import { closedPort } from "../peers/smtpPeers.js";
import { runCliCaptured } from "./cliHarness.js";

jest.setTimeout(20_000);

let dnsPeer: DnsPeer;
let unusedPort: number;

beforeAll(async () => {
  [dnsPeer, unusedPort] = await Promise.all([
    startDnsPeer({
      "broken-de.test": {
        MX: [{ exchange: "mx.broken-de.test", priority: 10 }],
        TXT: ["v=spf1 include ipv4:192.0.2.1 -all"],
      },
      "_dmarc.broken-de.test": { TXT: ["v=DMARC1; p=maybe; pct=150"] },
      "_mta-sts.broken-de.test": { TXT: ["v=STSv1; id=20261201"] },
      "contoso-de.test": { MX: [{ exchange: "contoso-de-test.mail.protection.outlook.com", priority: 0 }] },
    }),
    closedPort(),
  ]);
});

afterAll(async () => {
  await dnsPeer?.close();
});

function localEnv(): NodeJS.ProcessEnv {
  return {
    OUTBOX_DNS_SERVERS: dnsPeer.server,
    OUTBOX_ALLOW_PRIVATE: "1",
    OUTBOX_ISPDB_URL: `https://127.0.0.1:${unusedPort}/v1.1/`,
    OUTBOX_AUTOCONFIG_BASE_URL: `https://127.0.0.1:${unusedPort}`,
  };
}

const lines = (text: string): string[] =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");

describe("outbox-doctor domain --lang", () => {
  it("de: German heading, labels and findings, the record problems included; English stays English", async () => {
    const german = await runCliCaptured(["domain", "broken-de.test", "--lang", "de"], localEnv());
    expect(german.stderr).toBe("");
    expect(german.code).toBe(1);
    expect(german.stdout.split("\n")[0]).toBe("Mail-DNS von broken-de.test:");
    expect(german.stdout).toMatch(/^Befunde:$/m);
    // Ids, severities and the record as published stay as they are.
    expect(german.stdout).toMatch(/^ {2}FAIL {2}spf-invalid: /m);
    expect(german.stdout).toMatch(/^ {2}SPF {2,}v=spf1 include ipv4:192\.0\.2\.1 -all$/m);
    expect(german.stdout).toContain("unbekannter Bestandteil „ipv4:192.0.2.1“");
    expect(german.stdout).toContain("bei „include“ fehlt die Domain");
    expect(german.stdout).toContain("p=maybe ist weder none noch quarantine oder reject");
    expect(german.stdout).toContain("pct=150 ist keine Zahl von 0 bis 100");
    expect(german.stdout).toMatch(
      /Richtliniendatei: https:\/\/mta-sts\.broken-de\.test\/\.well-known\/mta-sts\.txt/,
    );
    expect(englishSentences(lines(german.stdout))).toEqual([]);

    const english = await runCliCaptured(["domain", "broken-de.test"], localEnv());
    expect(english.stdout.split("\n")[0]).toBe("Mail DNS of broken-de.test:");
    expect(english.stdout).toContain('unknown term "ipv4:192.0.2.1"');
    expect(english.stdout).toContain("p=maybe is not none, quarantine or reject");
  });

  it("de --json: the same ids, severities and records as English; only the rendered texts differ", async () => {
    const [german, english] = await Promise.all(
      ["de", "en"].map(async (lang) =>
        JSON.parse(
          (await runCliCaptured(["domain", "broken-de.test", "--json", "--lang", lang], localEnv())).stdout,
        ),
      ),
    );
    const shape = (report: { findings: Array<{ id: string; severity: string }> }) =>
      report.findings.map(({ id, severity }) => `${id}:${severity}`);
    expect(shape(german)).toEqual(shape(english));
    expect(german.spf).toEqual(english.spf);
    expect(german.dmarc).toEqual(english.dmarc);
    const spfInvalid = german.findings.find((f: { id: string }) => f.id === "spf-invalid");
    expect(spfInvalid.detail).toContain("unbekannter Bestandteil");
    expect(german.mtaSts.policyError).toMatch(/^Richtliniendatei: /);
    expect(english.mtaSts.policyError).toMatch(/^policy file: /);
  });

  it("refuses an unknown --lang: exit 2, one line naming the languages", async () => {
    const run = await runCliCaptured(["domain", "broken-de.test", "--lang", "fr"], localEnv());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toEqual(["outbox-doctor domain: --lang must be one of en, de"]);
  });
});

describe("outbox-doctor settings --lang", () => {
  it("de, from the embedded database: German headings and labels, values unchanged", async () => {
    const run = await runCliCaptured(["settings", "ann@gmail.com", "--offline", "--lang", "de"], {});
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Postausgangsserver \(empfohlen\):$/m);
    expect(run.stdout).toMatch(/^ {2}Server {2,}smtp\.gmail\.com$/m);
    expect(run.stdout).toMatch(/^ {2}Quelle {2,}eingebaute Datenbank/m);
    expect(run.stdout).not.toMatch(/Outgoing server|recommended/);
    expect(englishSentences(lines(run.stdout))).toEqual([]);
  });

  it("de, discovered by MX: discovery's note and the provider's notes in German", async () => {
    const run = await runCliCaptured(["settings", "bo@contoso-de.test", "--lang", "de"], localEnv());
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("bo@contoso-de.test: Microsoft 365");
    expect(run.stdout).toMatch(/^Hinweise:$/m);
    expect(run.stdout).toContain(
      "Aus dem MX abgeleitet: Mail für contoso-de.test nimmt contoso-de-test.mail.protection.outlook.com an, der zu Microsoft 365 gehört.",
    );
    expect(englishSentences(lines(run.stdout))).toEqual([]);

    const json = JSON.parse(
      (await runCliCaptured(["settings", "bo@contoso-de.test", "--lang", "de", "--json"], localEnv())).stdout,
    );
    // Language-neutral fields stay as they are; notes are rendered texts, in German.
    expect(json).toMatchObject({ source: "mx", provider: { id: "microsoft365" } });
    expect(json.notes.join(" ")).toContain("Aus dem MX abgeleitet");
  });

  it("refuses an unknown --lang: exit 2, one line naming the languages", async () => {
    const run = await runCliCaptured(["settings", "ann@gmail.com", "--offline", "--lang", "english"], {});
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual(["outbox-doctor settings: --lang must be one of en, de"]);
  });

  it("lists --lang in both usage lines", async () => {
    const run = await runCliCaptured(["help"], {});
    expect(run.stdout).toMatch(/outbox-doctor settings <email> .*\[--lang en\|de\]/);
    expect(run.stdout).toMatch(/outbox-doctor domain <domain> \[--json\] \[--lang en\|de\]/);
  });
});
