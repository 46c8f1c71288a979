// The precedence arbiter without any I/O: decisions from hand-made outcomes,
// and a domain's answers combined into one address's Settings.
import { describe, expect, it } from "@jest/globals";
import { parseEmailAddress } from "../../src/core/emailAddress.js";
import { combine, decide, type DomainDiscovery } from "../../src/net/discovery/arbiter.js";
import type { SourceAnswer, SourceKey, SourceOutcome } from "../../src/net/discovery/source.js";

const answer = (key: SourceKey, host: string | null, extra: Partial<SourceAnswer> = {}): SourceAnswer => ({
  key,
  provider: null,
  outgoing:
    host === null
      ? []
      : [
          {
            host,
            port: 465,
            security: "tls",
            auth: ["password"],
            usernameTemplate: "%EMAILADDRESS%",
            notes: [],
          },
        ],
  incoming: [],
  notes: [`from ${key}`],
  unauthenticated: false,
  ...extra,
});
const got = (a: SourceAnswer): SourceOutcome => ({ answer: a, failure: null });
const empty: SourceOutcome = { answer: null, failure: "nothing" };
const discovery = (answers: SourceAnswer[]): DomainDiscovery => ({
  answers,
  failures: [],
  timedOut: false,
  deadlineMs: 8000,
});
const ann = parseEmailAddress("Ann@example.test");

describe("decide", () => {
  it("waits for every more reliable source before a lower one wins", () => {
    expect(decide({ srv: got(answer("srv", "smtp.example.test")) })).toEqual({
      state: "wait",
      on: "autoconfig",
    });
    expect(
      decide({
        autoconfig: empty,
        wellKnown: empty,
        ispdb: empty,
        srv: got(answer("srv", "smtp.example.test")),
      }),
    ).toEqual({ state: "winner", key: "srv" });
  });

  it("the most reliable answer wins at once, whatever is still pending", () => {
    expect(decide({ autoconfig: got(answer("autoconfig", "smtp.example.test")) })).toEqual({
      state: "winner",
      key: "autoconfig",
    });
  });

  it("an incoming-only answer does not win; all settled without outgoing servers is none", () => {
    const incomingOnly = answer("autoconfig", null, {
      incoming: [
        {
          protocol: "imap",
          host: "imap.example.test",
          port: 993,
          security: "tls",
          auth: ["password"],
          usernameTemplate: "%EMAILADDRESS%",
          notes: [],
        },
      ],
    });
    expect(decide({ autoconfig: got(incomingOnly) })).toEqual({ state: "wait", on: "wellKnown" });
    const all = Object.fromEntries(
      (["autoconfig", "wellKnown", "ispdb", "srv", "mx", "ispdbMx", "guess"] as const).map((k) => [k, empty]),
    );
    expect(decide(all)).toEqual({ state: "none" });
  });
});

describe("combine", () => {
  it("fills placeholders per address and flags unauthenticated hosts outside the domain", () => {
    const settings = combine(
      discovery([
        answer("srv", null, {
          outgoing: [
            {
              host: "%EMAILLOCALPART%.pod.example.test",
              port: 465,
              security: "tls",
              auth: ["password"],
              usernameTemplate: "%EMAILLOCALPART%",
              notes: [],
              perUserHost: true,
            },
            {
              host: "smtp.elsewhere.test",
              port: 587,
              security: "starttls",
              auth: ["password"],
              usernameTemplate: "%EMAILADDRESS%",
              notes: [],
            },
          ],
          unauthenticated: true,
        }),
      ]),
      ann,
    );
    expect(settings.servers.map((s) => `${s.host} ${s.username}`)).toEqual([
      "ann.pod.example.test Ann",
      "smtp.elsewhere.test Ann@example.test",
    ]);
    expect(settings.notes).toContain(
      "smtp.elsewhere.test is outside example.test: confirm with your provider before sending credentials.",
    );
    expect(settings.notes.join(" ")).not.toContain("ann.pod.example.test is outside");
  });

  it("alternatives come from autoconfig, ISPDB and SRV only, deduplicated after stale hosts are corrected", () => {
    const settings = combine(
      discovery([
        answer("ispdb", "smtp.live.com"),
        answer("srv", "smtp-mail.outlook.com", {
          outgoing: [
            {
              host: "smtp-mail.outlook.com",
              port: 587,
              security: "starttls",
              auth: ["password"],
              usernameTemplate: "%EMAILADDRESS%",
              notes: [],
            },
          ],
        }),
        answer("guess", "smtp.guess.test"),
      ]),
      ann,
    );
    expect(settings.source).toBe("ispdb");
    expect(settings.servers.map((s) => `${s.host}:${s.port}`)).toEqual(["smtp-mail.outlook.com:587"]);
    expect(settings.notes.filter((n) => n.startsWith("Corrected:"))).toHaveLength(1);
  });

  it("nothing found: source none, with the failures", () => {
    const settings = combine({ answers: [], failures: ["a", "b"], timedOut: false, deadlineMs: 1 }, ann);
    expect(settings).toMatchObject({ source: "none", servers: [], incoming: [], provider: null });
    expect(settings.notes[0]).toBe("No settings found for example.test: a; b.");
  });
});
