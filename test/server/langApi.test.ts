// The `lang` parameter over real HTTP (issue 10 point 7): /api/settings,
// /api/verify (single probe and survey) and /api/domain word their texts in the
// language asked for, against a loopback SMTP peer and a local DNS peer;
// an unknown language is a 400 on every route, before any check runs. The
// stored report's reportUrl opens its page in that language (?lang=de); an
// English one carries no lang, as before.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { deDomain } from "../../src/core/i18n/de/domain.js";
import { deResolver } from "../../src/core/i18n/de/resolver.js";
import { deVerify } from "../../src/core/i18n/de/verify.js";
import { loadLanguage } from "../../src/core/language.js";
import { providerNotes } from "../../src/core/providerDatabase.js";
import { findProviderById } from "../../src/core/providerMatch.js";
import { looksLikeStackTrace, readError, startTestServer, type TestServer } from "./serverHarness.js";
import { startSmtpPeer, type SmtpPeer } from "./smtpTestPeer.js";

interface FindingJson {
  id: string;
  severity: string;
  title: string;
  detail: string;
}

let server: TestServer;
let smtp: SmtpPeer;

beforeAll(async () => {
  await loadLanguage("de");
  smtp = await startSmtpPeer({ extensions: ["SIZE 1000000", "8BITMIME", "AUTH PLAIN LOGIN"] });
  server = await startTestServer({
    config: { allowPrivate: true, probePorts: [smtp.port] },
    app: { rateLimit: { max: 1000, timeWindowMs: 60_000 } },
    dnsRecords: {
      "example.test": {
        MX: [{ exchange: "mx1.example.test", priority: 10 }],
        TXT: ["v=spf1 ?all"],
      },
      "_dmarc.example.test": { TXT: ["v=DMARC1; p=none"] },
      "mx1.example.test": { A: ["192.0.2.25"] },
    },
  });
});

afterAll(async () => {
  await server.close();
  await smtp.close();
});

async function getJson(path: string): Promise<Record<string, unknown>> {
  const response = await server.get(path);
  expect([path, response.status]).toEqual([path, 200]);
  return (await response.json()) as Record<string, unknown>;
}

/** Same findings (ids, severities, order) in both languages, and no German title left in English. */
function expectSameFindingsInGerman(english: FindingJson[], german: FindingJson[]): void {
  expect(german.length).toBeGreaterThan(0);
  expect(german.map((f) => [f.id, f.severity])).toEqual(english.map((f) => [f.id, f.severity]));
  german.forEach((finding, index) => {
    expect([finding.id, finding.title]).not.toEqual([finding.id, english[index]?.title]);
  });
}

describe("GET /api/settings?lang=de", () => {
  test("the resolver's account-type conflict note and the provider's notes are German", async () => {
    const path = "/api/settings?email=someone%40gmail.com&accountType=office365";
    const english = await getJson(path);
    const german = await getJson(`${path}&lang=de`);
    const notes = german.notes as string[];
    expect(notes[0]).toBe(
      "Outlooks Kontotyp („office365“) verweist auf Microsoft 365, aber gmail.com gehört zu Gmail: Dies sind die Einstellungen von Gmail.",
    );
    const gmail = findProviderById("gmail");
    expect(gmail).toBeDefined();
    if (gmail) expect(notes.slice(1)).toEqual(providerNotes(gmail, "de"));
    expect(english.notes as string[]).not.toEqual(notes);
    // Only the words change.
    expect({ ...german, notes: [] }).toEqual({ ...english, notes: [] });
  });

  test("offline, an unknown domain gets the resolver's German notes", async () => {
    const german = await getJson("/api/settings?email=a%40unknown-domain.test&offline=1&lang=de");
    expect(german.notes).toEqual([
      (deResolver["resolver.none.noBuiltin"] ?? "").replace("{domain}", "unknown-domain.test"),
      deResolver["resolver.none.runOnline"],
    ]);
  });

  test("lang=en and no lang give the same English", async () => {
    const path = "/api/settings?email=a%40unknown-domain.test&offline=1";
    expect(await getJson(`${path}&lang=en`)).toEqual(await getJson(path));
  });
});

describe("GET /api/verify?lang=de against a loopback SMTP peer", () => {
  test("a single probe: the same findings with German words", async () => {
    const path = `/api/verify?host=127.0.0.1&port=${smtp.port}&security=none`;
    const english = await getJson(path);
    const german = await getJson(`${path}&lang=de`);
    const findings = german.findings as FindingJson[];
    expectSameFindingsInGerman(english.findings as FindingJson[], findings);
    expect(findings.find((f) => f.id === "plaintext")?.title).toBe(deVerify["finding.plaintext.title"]);
  });

  test("the port survey: the same findings with German words", async () => {
    const english = await getJson("/api/verify?host=127.0.0.1&port=all");
    const german = await getJson("/api/verify?host=127.0.0.1&port=all&lang=de");
    const findings = german.findings as FindingJson[];
    expectSameFindingsInGerman(english.findings as FindingJson[], findings);
    expect(findings.find((f) => f.id === "ports-skipped")?.title).toBe(
      deVerify["finding.ports-skipped.title"],
    );
  });
});

describe("GET /api/domain?lang=de against a local DNS peer", () => {
  test("the domain report's findings are German, the records quoted as they are", async () => {
    const english = await getJson("/api/domain?domain=example.test");
    const german = await getJson("/api/domain?domain=example.test&lang=de");
    const findings = german.findings as FindingJson[];
    expectSameFindingsInGerman(english.findings as FindingJson[], findings);
    expect(findings.find((f) => f.id === "mx-ok")?.title).toBe(deDomain["domain.mx-ok.title"]);
    expect(findings.find((f) => f.id === "spf-permissive")?.detail).toBe(
      "„v=spf1 ?all“ endet auf ?all (neutral): Mail von beliebigen Servern wird weder erlaubt noch abgewiesen.",
    );
    expect(findings.find((f) => f.id === "dmarc-none")?.title).toBe(
      "DMARC-Richtlinie ist none (nur Beobachtung)",
    );
    expect(german.spf).toEqual(english.spf);
  });
});

describe("reportUrl opens the report page in the request's language", () => {
  const reportUrlOf = async (path: string) => {
    const body = await getJson(path);
    const id = body.reportId as string;
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    return { id, reportUrl: body.reportUrl as string };
  };

  test.each([
    ["a single probe", `/api/verify?host=127.0.0.1&port=PEER&security=none`],
    ["the port survey", "/api/verify?host=127.0.0.1&port=all"],
    ["a domain report", "/api/domain?domain=example.test"],
  ])("%s: ?lang=de with lang=de; without lang and with lang=en, the URL of before", async (_name, path) => {
    const base = path.replace("PEER", String(smtp.port));
    const german = await reportUrlOf(`${base}&lang=de`);
    expect(german.reportUrl).toBe(`${server.url}/report/${german.id}?lang=de`);
    for (const english of [await reportUrlOf(base), await reportUrlOf(`${base}&lang=en`)]) {
      expect(english.reportUrl).toBe(`${server.url}/report/${english.id}`);
    }
  });

  test("/api/report/<id> takes lang for its reportUrl and returns the report as stored", async () => {
    const made = await reportUrlOf("/api/domain?domain=example.test");
    const german = await getJson(`/api/report/${made.id}?lang=de`);
    const english = await getJson(`/api/report/${made.id}`);
    expect(german.reportUrl).toBe(`${made.reportUrl}?lang=de`);
    expect(english.reportUrl).toBe(made.reportUrl);
    expect({ ...german, reportUrl: "" }).toEqual({ ...english, reportUrl: "" });
  });
});

describe("an unknown lang is bad input on every route", () => {
  test.each([
    "/api/settings?email=a%40gmail.com&lang=fr",
    "/api/settings?email=a%40unknown-domain.test&lang=xx",
    "/api/verify?host=127.0.0.1&port=PEER&lang=fr",
    "/api/verify?host=127.0.0.1&port=all&lang=DE",
    "/api/domain?domain=example.test&lang=fr",
    "/api/explain?text=550&lang=fr",
    "/api/report/AAAAAAAAAAAAAAAAAAAAAA?lang=fr",
  ])("%s answers 400 naming the parameter", async (path) => {
    const response = await server.get(path.replace("PEER", String(smtp.port)));
    expect(response.status).toBe(400);
    const error = await readError(response);
    expect(error.code).toBe("bad-input");
    expect(error.message).toBe('The parameter "lang" must be one of en, de.');
    expect(looksLikeStackTrace(error.message)).toBe(false);
  });

  test("a refused lang runs no probe", async () => {
    const before = smtp.connections;
    const response = await server.get(`/api/verify?host=127.0.0.1&port=${smtp.port}&security=none&lang=fr`);
    expect(response.status).toBe(400);
    expect(smtp.connections).toBe(before);
  });
});
