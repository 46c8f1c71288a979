// The last English texts a German user could get from the API (issue 10
// point 7): the record parsers' problems in /api/domain?lang=de and
// discovery's own notes and warnings in /api/settings?lang=de, against local
// peers only (a dns2 DNS server, an HTTPS server for the autoconfig file and
// the MTA-STS policy). Every rendered text is checked with the
// English-sentence detector of the German browser test; ids, severities,
// hosts and records stay as they are.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { loadLanguage } from "../../src/core/language.js";
import type { DomainReport, Settings } from "../../src/core/types.js";
import { createMailDns } from "../../src/net/dnsResolver.js";
import { createDomainChecker } from "../../src/net/domainReport.js";
import { createTargetPolicy } from "../../src/net/targetPolicy.js";
import { englishSentences } from "../core/englishSentences.js";
import { clientConfigXml, createTestCa, startHttpsPeer, type HttpsPeer } from "../peers/httpsPeer.js";
import { startTestServer, testRuntimeConfig, type TestServer } from "./serverHarness.js";

const LOCAL = { A: ["127.0.0.1"] };

let server: TestServer;
let https: HttpsPeer;
let workDir: string;
let caPem: string;

beforeAll(async () => {
  await loadLanguage("de");
  const ca = createTestCa();
  caPem = ca.certPem;
  workDir = mkdtempSync(join(tmpdir(), "outbox-doctor-de-"));
  const caFile = join(workDir, "ca.pem");
  writeFileSync(caFile, ca.certPem);
  https = await startHttpsPeer({
    ca,
    names: ["127.0.0.1", "mta-sts.badpolicy-de.test"],
    routes: {
      // custom-de.test's own autoconfig file: a plaintext relay authenticated by network address,
      // a retired host name the stale-host guard corrects, and an entry that cannot be read.
      "/custom-de.test/mail/config-v1.1.xml": {
        body: clientConfigXml({
          id: "custom-de.test",
          displayName: "Custom Hosting",
          outgoing: [
            { hostname: "smtp.custom-de.test", port: 465, socketType: "SSL" },
            { hostname: "smtp.live.com", port: 587, socketType: "STARTTLS" },
            {
              hostname: "relay.custom-de.test",
              port: 25,
              socketType: "plain",
              authentication: ["client-IP-address"],
            },
            { hostname: "smtp2.custom-de.test", port: "abc", socketType: "SSL" },
          ],
          incoming: [{ type: "imap", hostname: "imap.custom-de.test", port: 993, socketType: "SSL" }],
        }),
      },
      "mta-sts.badpolicy-de.test/.well-known/mta-sts.txt": {
        contentType: "text/plain",
        body: "version: STSv0\nmode: always\nmax_age: forever\n",
      },
    },
  });
  server = await startTestServer({
    config: { allowPrivate: true, extraCaPath: caFile, autoconfigBaseUrl: https.url },
    app: { rateLimit: { max: 1000, timeWindowMs: 60_000 } },
    dnsRecords: {
      "malformed-de.test": {
        MX: [{ exchange: "mx.malformed-de.test", priority: 10 }],
        TXT: ["v=spf1 include redirect=a.test redirect=b.test all:x ipv4:192.0.2.1 -all"],
      },
      "_dmarc.malformed-de.test": { TXT: ["v=DMARC1; p=maybe; sp=never; pct=250"] },
      "_mta-sts.malformed-de.test": { TXT: ["v=STSv1; id=2026"] },
      "badpolicy-de.test": { MX: [{ exchange: "mx.badpolicy-de.test", priority: 10 }] },
      "_mta-sts.badpolicy-de.test": { TXT: ["v=STSv1; id=2026"] },
      "mta-sts.badpolicy-de.test": LOCAL,
      "custom-de.test": { MX: [{ exchange: "mx.custom-de.test", priority: 10 }] },
    },
  });
}, 30_000);

afterAll(async () => {
  await server?.close();
  await https?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

async function getJson<T>(path: string): Promise<T> {
  const response = await server.get(path);
  expect([path, response.status]).toEqual([path, 200]);
  return (await response.json()) as T;
}

/** Every text of a domain report that is worded per language. */
function reportTexts(report: DomainReport): string[] {
  return [
    ...report.findings.flatMap((f) => [f.title, f.detail ?? "", f.fix ?? ""]),
    report.mtaSts.policyError ?? "",
  ].filter((text) => text !== "");
}

describe("GET /api/domain?lang=de: the record parsers' problems", () => {
  test("malformed SPF and DMARC records and an MTA-STS policy that cannot be fetched: German, same findings", async () => {
    const english = await getJson<DomainReport>("/api/domain?domain=malformed-de.test");
    const german = await getJson<DomainReport>("/api/domain?domain=malformed-de.test&lang=de");
    expect(german.findings.map((f) => [f.id, f.severity])).toEqual(
      english.findings.map((f) => [f.id, f.severity]),
    );
    expect(german.findings.map((f) => f.id)).toEqual(
      expect.arrayContaining(["spf-invalid", "dmarc-invalid", "mta-sts-invalid"]),
    );
    const detail = (report: DomainReport, id: string) =>
      report.findings.find((f) => f.id === id)?.detail ?? "";
    // Each SPF problem, in German, with the term as published.
    expect(detail(german, "spf-invalid")).toContain("redirect= steht mehr als einmal im Eintrag");
    expect(detail(german, "spf-invalid")).toContain("bei „include“ fehlt die Domain");
    expect(detail(german, "spf-invalid")).toContain("„all:x“ darf keinen Wert haben");
    expect(detail(german, "spf-invalid")).toContain("unbekannter Bestandteil „ipv4:192.0.2.1“");
    expect(detail(english, "spf-invalid")).toContain('unknown term "ipv4:192.0.2.1"');
    expect(detail(german, "dmarc-invalid")).toContain("p=maybe ist weder none noch quarantine oder reject");
    expect(detail(german, "dmarc-invalid")).toContain("sp=never ist keine gültige Richtlinie");
    expect(detail(german, "dmarc-invalid")).toContain("pct=250 ist keine Zahl von 0 bis 100");
    // The policy host does not resolve: the fetch failure is worded too.
    expect(german.mtaSts.policyError).toBe(
      "Richtliniendatei: https://mta-sts.malformed-de.test/.well-known/mta-sts.txt: Der Servername lässt sich nicht auflösen",
    );
    expect(english.mtaSts.policyError).toMatch(/^policy file: .*does not resolve/);
    expect(englishSentences(reportTexts(german))).toEqual([]);
    expect(englishSentences(reportTexts(english)).length).toBeGreaterThan(0);
    // Only the words differ.
    const neutral = (report: DomainReport) => ({
      ...report,
      checkedAt: "",
      reportId: "",
      reportUrl: "",
      findings: report.findings.map((f) => f.id),
      mtaSts: { ...report.mtaSts, policyError: null },
    });
    expect(neutral(german)).toEqual(neutral(english));
  });

  test("a malformed MTA-STS policy file: each problem in German", async () => {
    // The server fetches policies from port 443; the checker itself is pointed at the local HTTPS peer.
    const config = testRuntimeConfig(server.dns.server, { allowPrivate: true });
    const checker = createDomainChecker({
      dns: createMailDns([server.dns.server], 3000),
      policy: createTargetPolicy(config),
      config,
      trustedCas: [caPem],
      httpsPort: https.port,
    });
    const german = await checker.check("badpolicy-de.test", "de");
    expect(german.mtaSts.policyError).toBe(
      "Richtliniendatei: „version: STSv1“ fehlt, mode „always“ ist weder enforce noch testing oder none, max_age „forever“ ist keine Sekundenzahl bis höchstens 31557600, keine mx:-Zeilen",
    );
    expect(german.findings.find((f) => f.id === "mta-sts-invalid")?.detail).toContain(
      "Richtliniendatei: „version: STSv1“ fehlt",
    );
    expect(englishSentences(reportTexts(german))).toEqual([]);
    const english = await checker.check("badpolicy-de.test");
    expect(english.mtaSts.policyError).toBe(
      'policy file: "version: STSv1" is missing, mode "always" is not enforce, testing or none, max_age "forever" is not a number of seconds up to 31557600, no mx: lines',
    );
  });
});

describe("GET /api/settings?lang=de: discovery's notes and warnings", () => {
  test("a custom domain found through its autoconfig file: every note and warning German, values unchanged", async () => {
    const english = await getJson<Settings>("/api/settings?email=ann%40custom-de.test");
    const german = await getJson<Settings>("/api/settings?email=ann%40custom-de.test&lang=de");
    expect(german.source).toBe("autoconfig");
    const hosts = (settings: Settings) => settings.servers.map((s) => `${s.host}:${s.port}:${s.security}`);
    expect(hosts(german)).toEqual(hosts(english));
    // The retired host is corrected, the plaintext relay comes last with its warning.
    expect(hosts(german)).toEqual([
      "smtp.custom-de.test:465:tls",
      "smtp-mail.outlook.com:587:starttls",
      "relay.custom-de.test:25:none",
    ]);
    const notes = german.notes.join("\n");
    expect(notes).toContain(
      `Einstellungen aus der Autoconfig-Datei von Custom Hosting für custom-de.test (${https.url}/custom-de.test/mail/config-v1.1.xml).`,
    );
    expect(notes).toContain("relay.custom-de.test erkennt Sie an Ihrer Netzwerkadresse (client-IP-address)");
    expect(notes).toContain(`In ${https.url}/custom-de.test/mail/config-v1.1.xml übergangen:`);
    expect(notes).toContain("Port „abc“ liegt nicht zwischen 1 und 65535");
    expect(notes).toContain(
      "Korrigiert: smtp.live.com ist ein nicht mehr gültiger Name des Outlook.com-Servers",
    );
    expect(german.servers[2]?.warning).toMatch(/^Nicht verschlüsselt: /);
    expect(english.servers[2]?.warning).toMatch(/^Not encrypted: /);
    expect(german.notes).toHaveLength(english.notes.length);
    const texts = [...german.notes, ...german.servers.map((s) => s.warning ?? "")].filter((t) => t !== "");
    expect(englishSentences(texts)).toEqual([]);
    expect(englishSentences(english.notes).length).toBeGreaterThan(0);
  });

  test("nothing found: the failures of every source are German too", async () => {
    const german = await getJson<Settings>("/api/settings?email=bo%40nowhere-de.test&lang=de");
    expect(german.source).toBe("none");
    expect(german.notes[0]).toMatch(/^Für nowhere-de\.test wurden keine Einstellungen gefunden: /);
    expect(german.notes[0]).toContain("DNS-Abfrage von nowhere-de.test fehlgeschlagen (NXDOMAIN)");
    expect(englishSentences(german.notes)).toEqual([]);
  });
});
