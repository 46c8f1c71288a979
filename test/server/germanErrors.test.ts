// Error messages follow the request's `lang` (issue 10 point 7): over real
// HTTP, a bad address to /api/settings, a private target to /api/verify, a
// too-long text to /api/explain, a bad port, the probe budget's 429 and a
// route deadline's 504 answer in German with lang=de, and with the very
// English messages of before without it (or with a language we do not have).
// The status, the error code and the JSON shape do not change.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { englishSentences } from "../core/englishSentences.js";
import { looksLikeStackTrace, startTestServer, type TestServer } from "./serverHarness.js";
import { startSmtpPeer, type SmtpPeer } from "./smtpTestPeer.js";

interface Answer {
  status: number;
  code: string;
  message: string;
}

async function ask(server: TestServer, path: string): Promise<Answer> {
  const response = await server.get(path);
  const text = await response.text();
  expect(looksLikeStackTrace(text)).toBe(false);
  const body = JSON.parse(text) as { error: { code: string; message: string } };
  // The shape stays {"error":{"code","message"}}, nothing added.
  expect(Object.keys(body)).toEqual(["error"]);
  expect(Object.keys(body.error).sort()).toEqual(["code", "message"]);
  return { status: response.status, code: body.error.code, message: body.error.message };
}

/** The same request in English (no lang) and German (lang=de): same status and code, German without English sentences. */
async function askBoth(server: TestServer, path: string): Promise<{ en: Answer; de: Answer }> {
  const separator = path.includes("?") ? "&" : "?";
  const en = await ask(server, path);
  const de = await ask(server, `${path}${separator}lang=de`);
  expect([de.status, de.code]).toEqual([en.status, en.code]);
  expect(de.message).not.toBe(en.message);
  expect(englishSentences([de.message])).toEqual([]);
  return { en, de };
}

describe("bad input and refused targets", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ app: { rateLimit: { max: 1000, timeWindowMs: 60_000 } } });
  });
  afterAll(async () => {
    await server.close();
  });

  test("a bad address to /api/settings: 400 bad-input, German with lang=de, today's English without", async () => {
    const { en, de } = await askBoth(server, "/api/settings?email=ann");
    expect(en).toEqual({
      status: 400,
      code: "bad-input",
      message: '"ann" is not an email address: it has no @.',
    });
    expect(de.message).toBe('"ann" ist keine E-Mail-Adresse: Es fehlt das @.');

    const space = await askBoth(server, "/api/settings?email=ann%40exa%20mple.com");
    expect(space.en.message).toBe(
      'The domain "exa mple.com" contains a space, which is not allowed in domain names.',
    );
    expect(space.de.message).toContain('"exa mple.com"');
  });

  test("a private target to /api/verify: 403 forbidden-target in German, the English as before", async () => {
    const loopback = await askBoth(server, "/api/verify?host=127.0.0.1");
    expect(loopback.en).toEqual({
      status: 403,
      code: "forbidden-target",
      message: "127.0.0.1 is loopback: Outbox Doctor only connects to public addresses",
    });
    expect(loopback.de.message).toBe(
      "127.0.0.1 ist keine öffentliche Adresse (Loopback): Outbox Doctor verbindet sich nur mit öffentlichen Adressen",
    );

    const name = await askBoth(server, "/api/verify?host=localhost&port=587&security=starttls");
    expect(name.en.message).toBe(
      "localhost is a loopback name (RFC 6761): Outbox Doctor only connects to hosts on the public internet",
    );
    expect(name.de.status).toBe(403);

    const privateRange = await askBoth(server, "/api/verify?host=10.0.0.7");
    expect(privateRange.en.message).toBe(
      "10.0.0.7 is private (RFC 1918): Outbox Doctor only connects to public addresses",
    );
    expect(privateRange.de.message).toContain("(privat (RFC 1918))");
  });

  test("bad host, port and security to /api/verify are German too", async () => {
    const port = await askBoth(server, "/api/verify?host=smtp.example.com&port=abc");
    expect(port.en.message).toBe('port "abc" is not a whole number from 1 to 65535');
    const security = await askBoth(server, "/api/verify?host=smtp.example.com&security=ssl");
    expect(security.en.message).toBe(
      'security "ssl" is not one of starttls, tls, none (for "SSL/TLS", implicit TLS, use tls)',
    );
    const url = await askBoth(server, "/api/verify?host=https%3A%2F%2Fsmtp.example.com");
    expect(url.en.message).toBe("host must be a server name, not a URL");
    const missing = await askBoth(server, "/api/verify?port=587");
    expect(missing.en.message).toBe('The parameter "host" is missing.');
  });

  test("a too-long text to /api/explain: 400 in German, the English as before", async () => {
    const { en, de } = await askBoth(server, `/api/explain?text=${"a".repeat(20_001)}`);
    expect(en).toEqual({
      status: 400,
      code: "bad-input",
      message: 'The parameter "text" is too long (at most 20000 characters).',
    });
    expect(de.message).toBe('Der Parameter "text" ist zu lang (höchstens 20000 Zeichen).');
  });

  test("/api/domain's bad input and an unknown parameter are German too", async () => {
    const address = await askBoth(server, "/api/domain?domain=ann%40example.com");
    expect(address.en.message).toBe('"ann@example.com" is an address: give only the part after the @.');
    const unknown = await askBoth(server, "/api/settings?email=ann%40example.com&mail=1");
    expect(unknown.en.message).toBe(
      'Unknown parameter "mail". This address takes: email, accountType, offline, lang.',
    );
  });

  test("the HTML pages follow lang too: a German page with the German message, English without lang", async () => {
    const response = await server.get("/verify?host=bad..name&lang=de");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const page = await response.text();
    expect(page).toContain('<html lang="de">');
    expect(page).toContain("leeren Teil");
    expect(page).not.toContain("has an empty label (two dots in a row?)");
    const english = await (await server.get("/verify?host=bad..name")).text();
    expect(english).toContain('<html lang="en">');
    expect(english).toContain("has an empty label (two dots in a row?)");
  });

  test("a language we have no texts for (or lang twice) answers in English", async () => {
    // lang is read first: an unknown one is itself the bad input, said in English.
    const french = await ask(server, "/api/settings?email=ann&lang=fr");
    expect(french).toEqual({
      status: 400,
      code: "bad-input",
      message: 'The parameter "lang" must be one of en, de.',
    });
    const twice = await ask(server, "/api/settings?email=ann&lang=de&lang=de");
    expect(twice.message).toBe('The parameter "lang" is given more than once.');
    const badLang = await ask(server, "/api/explain?text=550&lang=fr");
    expect(badLang.message).toBe('The parameter "lang" must be one of en, de.');
  });
});

describe("rate limits and route deadlines", () => {
  let limited: TestServer;
  let slow: TestServer;
  let silent: SmtpPeer;

  beforeAll(async () => {
    silent = await startSmtpPeer({ greetingDelayMs: Infinity });
    limited = await startTestServer({ app: { rateLimit: { max: 1, timeWindowMs: 60_000 } } });
    slow = await startTestServer({
      config: { allowPrivate: true, probePorts: [silent.port] },
      app: {
        maxProbesInFlight: 4,
        rateLimit: { max: 1000, timeWindowMs: 60_000 },
        deadlinesMs: { verify: 300 },
      },
    });
  });
  afterAll(async () => {
    await limited.close();
    await slow.close();
    await silent.close();
  });

  test("the probe budget's 429 follows lang", async () => {
    // The first call spends the budget of one (a bad host still counts).
    expect((await limited.get("/api/verify?host=bad..name")).status).toBe(400);
    const german = await ask(limited, "/api/verify?host=bad..name&lang=de");
    expect([german.status, german.code]).toEqual([429, "rate-limited"]);
    expect(german.message).toMatch(
      /^Zu viele Prüfungen von Ihrer Adresse\. Bitte in \d+ s erneut versuchen\.$/,
    );
    const english = await ask(limited, "/api/verify?host=bad..name");
    expect(english.message).toMatch(/^Too many checks from your address\. Try again in \d+ s\.$/);
  });

  test("a route deadline's 504 follows lang", async () => {
    const path = `/api/verify?host=127.0.0.1&port=${silent.port}&security=none`;
    const german = await ask(slow, `${path}&lang=de`);
    expect([german.status, german.code]).toEqual([504, "timeout"]);
    expect(german.message).toBe(
      "Die Prüfung wurde nicht innerhalb von 300 ms fertig. Bitte später erneut versuchen.",
    );
    const english = await ask(slow, path);
    expect(english.message).toBe("The check did not finish within 300 ms. Try again later.");
  }, 20_000);
});
