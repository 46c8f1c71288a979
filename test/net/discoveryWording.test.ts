// Discovery's notes and failures are phrases (plain data) in the cached
// answer: they survive the shared store as JSON, and combine() words them in
// the language of each request; notes an older instance stored as English
// strings still show as they are.
import { beforeAll, describe, expect, it } from "@jest/globals";
import { parseEmailAddress } from "../../src/core/emailAddress.js";
import { loadLanguage, text } from "../../src/core/language.js";
import { phraseOf } from "../../src/core/phrase.js";
import { combine, type DomainDiscovery } from "../../src/net/discovery/arbiter.js";
import { DiscoveryCache } from "../../src/net/discovery/discoveryCache.js";
import { MemoryStore } from "../../src/net/sharedStore.js";

const INFERRED = text(
  "discovery.mx.inferred",
  "Inferred from MX: mail for {domain} is received by {host}, which belongs to {provider}.",
);
const SRV_NONE = text("discovery.srv.none", "no submission SRV records for {domain}");

const found: DomainDiscovery = {
  answers: [
    {
      key: "srv",
      provider: null,
      outgoing: [
        {
          host: "mail.wording.test",
          port: 465,
          security: "tls",
          auth: ["password"],
          usernameTemplate: "%EMAILADDRESS%",
          notes: [],
        },
        {
          host: "relay.wording.test",
          port: 25,
          security: "none",
          auth: ["none"],
          usernameTemplate: "%EMAILADDRESS%",
          notes: [],
        },
      ],
      incoming: [],
      notes: [
        phraseOf(INFERRED, { domain: "wording.test", host: "mx.wording.test", provider: "Example" }),
        "A note an older instance stored in English.",
      ],
      unauthenticated: true,
    },
  ],
  failures: [],
  timedOut: true,
  deadlineMs: 8000,
};

const nothing: DomainDiscovery = {
  answers: [],
  failures: [phraseOf(SRV_NONE, { domain: "wording.test" }), "an old English failure"],
  timedOut: false,
  deadlineMs: 8000,
};

beforeAll(() => loadLanguage("de"));

describe("combine words discovery's notes per request", () => {
  const address = parseEmailAddress("ann@wording.test");

  it("in German: phrases, the arbiter's own notes and the plaintext warning; stored strings as they are", () => {
    const settings = combine(found, address, "de");
    expect(settings.notes).toEqual([
      "Aus dem MX abgeleitet: Mail für wording.test nimmt mx.wording.test an, der zu Example gehört.",
      "A note an older instance stored in English.",
      "Einige Quellen antworteten nicht innerhalb von 8000 ms; es gibt womöglich eine verlässlichere Antwort.",
    ]);
    expect(settings.servers.map((s) => s.host)).toEqual(["mail.wording.test", "relay.wording.test"]);
    expect(settings.servers[1]?.warning).toMatch(/^Nicht verschlüsselt: /);
  });

  it("in English by default, word for word as before", () => {
    const settings = combine(found, address);
    expect(settings.notes[0]).toBe(
      "Inferred from MX: mail for wording.test is received by mx.wording.test, which belongs to Example.",
    );
    expect(settings.notes[2]).toBe(
      "Some sources did not answer within 8000 ms; a more reliable answer may exist.",
    );
    expect(settings.servers[1]?.warning).toMatch(/^Not encrypted: /);
  });

  it("nothing found: the failures in the request's language, joined by semicolons", () => {
    expect(combine(nothing, address, "de").notes[0]).toBe(
      "Für wording.test wurden keine Einstellungen gefunden: keine SRV-Einträge für die Einlieferung bei wording.test; an old English failure.",
    );
    expect(combine(nothing, address, "en").notes[0]).toBe(
      "No settings found for wording.test: no submission SRV records for wording.test; an old English failure.",
    );
  });
});

describe("the shared store keeps phrases as data", () => {
  it("an answer stored by one instance is read back by another and worded in either language", async () => {
    const store = new MemoryStore();
    const options = { store, ttlMs: 60_000, negativeTtlMs: 30_000, shortTtlMs: 10_000, maxEntries: 100 };
    const first = await new DiscoveryCache(options).getOrRun("wording.test", async () => found, 1000);
    expect(first.outcome).toBe("ran");
    const second = await new DiscoveryCache(options).getOrRun(
      "wording.test",
      async () => {
        throw new Error("must not run again");
      },
      1000,
    );
    expect(second.outcome).toBe("hit");
    expect(second.discovery).toEqual(found);
    const address = parseEmailAddress("bo@wording.test");
    expect(combine(second.discovery, address, "de").notes[0]).toMatch(/^Aus dem MX abgeleitet/);
  });
});
