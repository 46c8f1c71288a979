// The error messages a pane user can meet (issue 10 point 7): every text id of
// the address form, the host/port/security checks, the target policy, the
// domain form, the API's query and route parameters, rate limits and route
// deadlines has German (src/core/i18n/de/errors.ts) with the same
// placeholders, and no orphans; the errors carry their phrase, keep their
// English message, and word in German without English sentences.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "@jest/globals";
import { parseEmailAddress } from "../../src/core/emailAddress.js";
import { errorMessageIn, ForbiddenTargetError, InputError } from "../../src/core/errors.js";
import { validateHostInput, validatePortInput, validateSecurityInput } from "../../src/core/hostName.js";
import { de } from "../../src/core/i18n/de.js";
import { deErrors } from "../../src/core/i18n/de/errors.js";
import { loadLanguage } from "../../src/core/language.js";
import { phraseOf, wordIn } from "../../src/core/phrase.js";
import { validateDomainInput } from "../../src/net/domainReport.js";
import {
  checkAddress,
  checkHostName,
  checkPort,
  createTargetPolicy,
  TARGET_REASON_TEXTS,
} from "../../src/net/targetPolicy.js";
import { RateLimitedError, RouteTimeoutError, toPublicError } from "../../src/server/httpErrors.js";
import { parseQuery } from "../../src/server/queryParams.js";
import { englishSentences } from "./englishSentences.js";

const SOURCES = [
  "src/core/emailAddress.ts",
  "src/core/hostName.ts",
  "src/net/targetPolicy.ts",
  "src/net/domainReport.ts",
  "src/server/queryParams.ts",
  "src/server/checkServices.ts",
  "src/server/httpErrors.ts",
  "src/server/app.ts",
  "src/server/routesReport.ts",
];

/** Every text("error.…", "English") of those modules, read from the source, and the target policy's reasons. */
function englishById(): Map<string, string> {
  const byId = new Map<string, string>();
  for (const file of SOURCES) {
    const source = readFileSync(join(process.cwd(), file), "utf8");
    const calls = source.matchAll(
      /\btext\(\s*"(error\.[^"]+)",\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')/g,
    );
    for (const match of calls) {
      const id = match[1] ?? "";
      expect([id, byId.has(id)]).toEqual([id, false]);
      byId.set(id, (match[2] ?? match[3] ?? "").replace(/\\(["'])/g, "$1"));
    }
  }
  for (const reason of TARGET_REASON_TEXTS) {
    expect([reason.id, byId.has(reason.id)]).toEqual([reason.id, false]);
    byId.set(reason.id, reason.en);
  }
  return byId;
}

const placeholders = (wording: string): string[] =>
  [...wording.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

/** The error `run` throws (it must throw). */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

/** The error carries a phrase whose English is its message and whose German reads as German. */
function expectWordedInGerman(error: unknown): { en: string; de: string } {
  expect(error instanceof InputError || error instanceof ForbiddenTargetError).toBe(true);
  const failure = error as InputError | ForbiddenTargetError;
  expect(failure.phrase).toBeDefined();
  const phrase = failure.phrase!;
  expect(wordIn(phrase, "en")).toBe(failure.message);
  const german = errorMessageIn(failure, "de");
  expect([phrase.id, german]).not.toEqual([phrase.id, failure.message]);
  expect([phrase.id, englishSentences([german])]).toEqual([phrase.id, []]);
  // Nothing left unfilled.
  expect([phrase.id, german]).not.toEqual([phrase.id, expect.stringMatching(/\{\w+\}/)]);
  return { en: failure.message, de: german };
}

beforeAll(() => loadLanguage("de"));

describe("German for the error texts", () => {
  it("every id has German, none empty, with the same placeholders, and no orphans", () => {
    const english = englishById();
    expect(english.size).toBeGreaterThan(120);
    for (const [id, wording] of english) {
      const german = deErrors[id];
      expect([id, german?.trim() ? "translated" : "missing"]).toEqual([id, "translated"]);
      expect([id, placeholders(german ?? "")]).toEqual([id, placeholders(wording)]);
      if (/[a-z]/i.test(wording.replace(/\{\w+\}/g, ""))) expect([id, german]).not.toEqual([id, wording]);
    }
    expect(Object.keys(deErrors).filter((id) => !english.has(id))).toEqual([]);
  });

  it("the table is spread into the German table", () => {
    for (const [id, german] of Object.entries(deErrors)) expect([id, de[id]]).toEqual([id, german]);
  });
});

describe("the address form's errors", () => {
  const badAddresses = [
    "",
    "   ",
    "ann",
    "ann@b@example.com",
    "@example.com",
    "ann@",
    "ann@.example.com",
    "ann@example..com",
    "ann@localhost",
    "ann@[192.0.2.1]",
    "ann@192.0.2.1",
    "ann@exa mple.com",
    "ann@exa_mple.com",
    "ann@exäm✓ple.com",
    "an n@example.com",
    "an\u0001n@example.com",
    ".ann@example.com",
    "an..n@example.com",
    '"ann"@example.com',
    `${"a".repeat(65)}@example.com`,
    `ann@${"a".repeat(64)}.com`,
    `ann@${Array.from({ length: 5 }, () => "a".repeat(60)).join(".")}.com`,
    "ann@-example.com",
    "ann@xn--a.com",
    "mailto:ann%ZZ@example.com",
    "mailto:ann@example.com,bob@example.com",
    "Ann <ann@example.com",
  ];

  it.each(badAddresses)("%j: a phrase with German, the English message as before", (input) => {
    expectWordedInGerman(thrown(() => parseEmailAddress(input)));
  });

  it("keeps today's English wording exactly and words typed values as they were typed", () => {
    const noAt = expectWordedInGerman(thrown(() => parseEmailAddress("ann")));
    expect(noAt.en).toBe('"ann" is not an email address: it has no @.');
    expect(noAt.de).toBe('"ann" ist keine E-Mail-Adresse: Es fehlt das @.');
    const space = expectWordedInGerman(thrown(() => parseEmailAddress("ann@exa mple.com")));
    expect(space.en).toBe(
      'The domain "exa mple.com" contains a space, which is not allowed in domain names.',
    );
    expect(space.de).toBe(
      'Die Domain "exa mple.com" enthält ein Leerzeichen; das ist in Domainnamen nicht erlaubt.',
    );
    const empty = expectWordedInGerman(thrown(() => parseEmailAddress("")));
    expect(empty.en).toBe("Enter an email address.");
  });
});

describe("host, port, security and domain input", () => {
  const badHosts = [
    "",
    "   ",
    "https://smtp.example.com",
    "smtp.example.com:587",
    "smtp example.com",
    "smtp\u0007.example.com",
    "smtp\u200b.example.com",
    "smtp．example.com",
    "fe80::1%eth0",
    "[::zz]",
    "smtp_x.example.com",
    "smtp..example.com",
    "-smtp.example.com",
    `${"a".repeat(64)}.example.com`,
    `${Array.from({ length: 5 }, () => "a".repeat(60)).join(".")}.com`,
    "1.2.3.256",
    "pаypal.com",
    "x".repeat(1025),
  ];
  it.each(badHosts)("host %j", (input) => {
    expectWordedInGerman(thrown(() => validateHostInput(input)));
  });

  it.each(["abc", "0", "70000", "5.5"])("port %j", (input) => {
    expectWordedInGerman(thrown(() => validatePortInput(input)));
  });

  it("security, with the SSL hint", () => {
    const ssl = expectWordedInGerman(thrown(() => validateSecurityInput("ssl")));
    expect(ssl.en).toBe(
      'security "ssl" is not one of starttls, tls, none (for "SSL/TLS", implicit TLS, use tls)',
    );
    expectWordedInGerman(thrown(() => validateSecurityInput("bogus")));
    expectWordedInGerman(thrown(() => validateSecurityInput(undefined)));
  });

  it.each(["", "ann@example.com", "x".repeat(1025), "localhost"])("domain %j", (input) => {
    expectWordedInGerman(thrown(() => validateDomainInput(input)));
  });
});

describe("target refusals", () => {
  const policy = createTargetPolicy({ allowPrivate: false, probePorts: [25, 587] });

  it.each([
    "127.0.0.1",
    "10.1.2.3",
    "169.254.169.254",
    "192.0.2.1",
    "::1",
    "::ffff:127.0.0.1",
    "2002:c0a8:101::1",
    "fe80::1",
    "fc00::1",
    "100::1",
  ])("address %s", (address) => {
    expectWordedInGerman(thrown(() => checkAddress(policy, address)));
  });

  it("an IPv4-mapped loopback address names both parts in German", () => {
    const mapped = expectWordedInGerman(thrown(() => checkAddress(policy, "::ffff:127.0.0.1")));
    expect(mapped.en).toBe(
      "::ffff:127.0.0.1 is IPv4-mapped loopback: Outbox Doctor only connects to public addresses",
    );
    expect(mapped.de).toContain("(Loopback, IPv4-gemappt)");
  });

  it.each(["localhost", "mail.test", "printer.local", "x.onion", "router.home.arpa", "1.in-addr.arpa"])(
    "name %s",
    (host) => {
      expectWordedInGerman(thrown(() => checkHostName(policy, host)));
    },
  );

  it("a port outside the list", () => {
    const port = expectWordedInGerman(thrown(() => checkPort(policy, 8080)));
    expect(port.en).toBe("port 8080 is not one the probe may use (allowed: 25, 587)");
  });

  it("every reason has German", () => {
    for (const reason of TARGET_REASON_TEXTS) {
      const german = wordIn(phraseOf(reason), "de");
      expect([reason.id, englishSentences([german])]).toEqual([reason.id, []]);
    }
  });
});

describe("the API's own refusals", () => {
  const spec = { text: { maxLength: 10, required: true }, lang: { maxLength: 5 } } as const;

  it.each([
    "/api/explain",
    "/api/explain?text=",
    "/api/explain?text=12345678901",
    "/api/explain?text=a%0Ab",
    "/api/explain?text=a%01b",
    "/api/explain?text=a%E2%80%AEb",
    "/api/explain?text=%ZZ",
    "/api/explain?%ZZ=1",
    "/api/explain?text=a&text=b",
    "/api/explain?txt=a",
    "/api/explain?password=x",
  ])("%s", (url) => {
    expectWordedInGerman(thrown(() => parseQuery(url, spec)));
  });

  it("rate limits and route deadlines word their parts", () => {
    const limited = toPublicError(
      new RateLimitedError(
        2.2,
        phraseOf({ id: "error.rateLimited.checks", en: "Too many checks from your address." }),
      ),
      "de",
    );
    expect(limited.message).toBe("Zu viele Prüfungen von Ihrer Adresse. Bitte in 3 s erneut versuchen.");
    const limitedEn = toPublicError(
      new RateLimitedError(
        2.2,
        phraseOf({ id: "error.rateLimited.checks", en: "Too many checks from your address." }),
      ),
    );
    expect(limitedEn.message).toBe("Too many checks from your address. Try again in 3 s.");
    const late = new RouteTimeoutError(phraseOf({ id: "error.work.verify", en: "The check" }), 20_000);
    expect(late.message).toBe("The check did not finish within 20 s. Try again later.");
    expect(toPublicError(late, "de").message).toBe(
      "Die Prüfung wurde nicht innerhalb von 20 s fertig. Bitte später erneut versuchen.",
    );
  });

  it("a plain English message stays as it is in every language", () => {
    expect(toPublicError(new InputError("Something plain."), "de").message).toBe("Something plain.");
  });
});
