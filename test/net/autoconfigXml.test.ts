import { describe, expect, it } from "@jest/globals";
import {
  AutoconfigXmlError,
  MAX_CLIENT_CONFIG_BYTES,
  PLAINTEXT_WARNING,
  fillUsername,
  incomingFromTemplate,
  parseClientConfig,
  serverFromTemplate,
} from "../../src/net/autoconfigXml.js";
import { wordIn, type Worded } from "../../src/core/phrase.js";
import { clientConfigXml } from "../peers/httpsPeer.js";

/** Notes and skip reasons are phrases worded per request; these tests read the English. */
const inEnglish = (item: Worded | undefined): string => (item === undefined ? "" : wordIn(item, "en"));

const ADDRESS = { address: "Ann.Lee@example.org", localPart: "Ann.Lee", domain: "example.org" };

describe("parseClientConfig", () => {
  it("reads the outgoing servers, mapping socketType, authentication and user name", () => {
    const xml = clientConfigXml({
      id: "example.org",
      displayName: "Example &amp; Co Mail",
      outgoing: [
        {
          hostname: "smtp.example.org",
          port: 465,
          socketType: "SSL",
          authentication: ["OAuth2", "password-cleartext"],
        },
        {
          hostname: "smtp.%EMAILDOMAIN%",
          port: 587,
          socketType: "STARTTLS",
          username: "%EMAILLOCALPART%",
          authentication: ["password-encrypted"],
        },
      ],
    });
    const config = parseClientConfig(xml, "example.org");
    expect(config.providerId).toBe("example.org");
    expect(config.displayName).toBe("Example & Co Mail");
    expect(config.skipped.map(inEnglish)).toEqual([]);
    expect(config.outgoing).toEqual([
      {
        host: "smtp.example.org",
        port: 465,
        security: "tls",
        auth: ["oauth2", "password"],
        usernameTemplate: "%EMAILADDRESS%",
        notes: [],
      },
      {
        host: "smtp.example.org",
        port: 587,
        security: "starttls",
        auth: ["password"],
        usernameTemplate: "%EMAILLOCALPART%",
        notes: [],
      },
    ]);
    expect(config.outgoing.map((t) => serverFromTemplate(t, ADDRESS).username)).toEqual([
      "Ann.Lee@example.org",
      "Ann.Lee",
    ]);
  });

  it("puts plaintext servers last, with a warning", () => {
    const xml = clientConfigXml({
      id: "example.org",
      outgoing: [
        { hostname: "mail.example.org", port: 25, socketType: "plain" },
        { hostname: "mail.example.org", port: 587, socketType: "STARTTLS" },
      ],
    });
    const [first, second] = parseClientConfig(xml, "example.org").outgoing.map((t) =>
      serverFromTemplate(t, ADDRESS),
    );
    expect(first).toMatchObject({ port: 587, security: "starttls" });
    expect(first?.warning).toBeUndefined();
    expect(second).toMatchObject({ port: 25, security: "none", warning: PLAINTEXT_WARNING });
  });

  it("maps none and client-IP-address to auth none, the latter with a note", () => {
    const xml = clientConfigXml({
      id: "isp.example",
      outgoing: [
        {
          hostname: "relay.isp.example",
          port: 587,
          socketType: "STARTTLS",
          authentication: ["client-IP-address"],
        },
      ],
    });
    const [server] = parseClientConfig(xml, "isp.example").outgoing;
    expect(server?.auth).toEqual(["none"]);
    expect(inEnglish(server?.notes[0])).toMatch(/client-IP-address.*provider's network/);
  });

  it("skips servers it cannot validate and says why", () => {
    const xml = clientConfigXml({
      id: "example.org",
      outgoing: [
        { hostname: "smtp.example.org", port: "abc", socketType: "SSL" },
        { hostname: "smtp.example.org", port: 70000, socketType: "SSL" },
        { hostname: "smtp.example.org", port: 465, socketType: "TLS" },
        { hostname: "bad host.example.org", port: 465, socketType: "SSL" },
        { hostname: "-smtp.example.org", port: 465, socketType: "SSL" },
        { hostname: "smtp.example.org", port: 465, socketType: "SSL", authentication: ["NTLM", "GSSAPI"] },
        { hostname: "good.example.org", port: 465, socketType: "SSL" },
      ],
    });
    const config = parseClientConfig(xml, "example.org");
    expect(config.outgoing.map((t) => t.host)).toEqual(["good.example.org"]);
    expect(config.skipped.map(inEnglish)).toEqual([
      'outgoingServer 1 (smtp.example.org): port "abc" is not 1-65535',
      'outgoingServer 2 (smtp.example.org): port "70000" is not 1-65535',
      'outgoingServer 3 (smtp.example.org): socketType "TLS" is not SSL, STARTTLS or plain',
      expect.stringMatching(/^outgoingServer 4: host contains a space/),
      expect.stringMatching(/^outgoingServer 5: host name "-smtp.example.org" may only contain/),
      "outgoingServer 6 (smtp.example.org): no usable authentication method (NTLM, GSSAPI)",
    ]);
  });

  it("replaces a user name with unknown placeholders by the full address, with a note", () => {
    const xml = clientConfigXml({
      id: "example.org",
      outgoing: [{ hostname: "smtp.example.org", port: 465, socketType: "SSL", username: "%REALNAME%" }],
    });
    const [server] = parseClientConfig(xml, "example.org").outgoing;
    expect(server?.usernameTemplate).toBe("%EMAILADDRESS%");
    expect(inEnglish(server?.notes[0])).toMatch(/not usable/);
  });

  it("reads incoming IMAP and POP3 servers, IMAP first, and skips other protocols with a reason", () => {
    const xml = `<clientConfig version="1.1"><emailProvider id="x.example">
      <incomingServer type="pop3"><hostname>pop.x.example</hostname><port>995</port><socketType>SSL</socketType><authentication>password-cleartext</authentication></incomingServer>
      <incomingServer type="imap"><hostname>imap.x.example</hostname><port>143</port><socketType>plain</socketType><authentication>password-cleartext</authentication></incomingServer>
      <incomingServer type="imap"><hostname>imap.x.example</hostname><port>993</port><socketType>SSL</socketType><username>%EMAILLOCALPART%</username><authentication>OAuth2</authentication></incomingServer>
      <incomingServer type="jmap"><hostname>jmap.x.example</hostname><port>443</port><socketType>SSL</socketType></incomingServer>
      <outgoingServer type="exchange"><hostname>ews.x.example</hostname><port>443</port><socketType>SSL</socketType></outgoingServer>
    </emailProvider></clientConfig>`;
    const config = parseClientConfig(xml, "x.example");
    expect(config.outgoing).toEqual([]);
    expect(config.incoming.map((s) => `${s.protocol} ${s.host}:${s.port} ${s.security}`)).toEqual([
      "imap imap.x.example:993 tls",
      "imap imap.x.example:143 none",
      "pop3 pop.x.example:995 tls",
    ]);
    expect(config.skipped.map(inEnglish)).toEqual([
      'outgoingServer 1: type "exchange" is not smtp',
      'incomingServer 4: type "jmap" is not imap or pop3',
    ]);
    const [imap, plain] = config.incoming;
    expect(imap && incomingFromTemplate(imap, ADDRESS)).toEqual({
      protocol: "imap",
      host: "imap.x.example",
      port: 993,
      security: "tls",
      auth: ["oauth2"],
      username: "Ann.Lee",
    });
    expect(plain && incomingFromTemplate(plain, ADDRESS).warning).toBe(PLAINTEXT_WARNING);
  });

  it("an outgoing-only document has no incoming servers, and absurd ports are skipped", () => {
    const xml = `<clientConfig version="1.1"><emailProvider id="x.example">
      <incomingServer type="imap"><hostname>imap.x.example</hostname><port>99999</port><socketType>SSL</socketType><authentication>password-cleartext</authentication></incomingServer>
      <incomingServer type="imap"><hostname>imap.x.example</hostname><port>-1</port><socketType>SSL</socketType><authentication>password-cleartext</authentication></incomingServer>
      <outgoingServer type="smtp"><hostname>smtp.x.example</hostname><port>465</port><socketType>SSL</socketType><authentication>password-cleartext</authentication></outgoingServer>
    </emailProvider></clientConfig>`;
    const config = parseClientConfig(xml, "x.example");
    expect(config.outgoing.map((s) => s.host)).toEqual(["smtp.x.example"]);
    expect(config.incoming).toEqual([]);
    expect(config.skipped.map(inEnglish)).toEqual([
      'incomingServer 1 (imap.x.example): port "99999" is not 1-65535',
      'incomingServer 2 (imap.x.example): port "-1" is not 1-65535',
    ]);
  });

  it("reads at most 10 entries of each kind from a document listing 10,000", () => {
    const valid = (i: number) =>
      `<incomingServer type="imap"><hostname>imap${i}.x.example</hostname><port>993</port><socketType>SSL</socketType><authentication>password-cleartext</authentication></incomingServer>`;
    const entries = [
      ...Array.from({ length: 10 }, (_, i) => valid(i)),
      ..."x"
        .repeat(9_990)
        .split("")
        .map(() => "<incomingServer/>"),
    ];
    const xml = `<clientConfig version="1.1"><emailProvider id="x.example">${entries.join("")}</emailProvider></clientConfig>`;
    const started = Date.now();
    const config = parseClientConfig(xml, "x.example");
    expect(config.incoming.map((s) => s.host)).toEqual(
      Array.from({ length: 10 }, (_, i) => `imap${i}.x.example`),
    );
    expect(config.skipped.map(inEnglish)).toEqual([
      "only the first 10 of 10000 incomingServer entries were read",
    ]);
    expect(Date.now() - started).toBeLessThan(2000);
    // 10,000 full entries do not fit the size limit at all.
    const full = `<clientConfig version="1.1"><emailProvider id="x.example">${Array.from({ length: 10_000 }, (_, i) => valid(i)).join("")}</emailProvider></clientConfig>`;
    expect(() => parseClientConfig(full, "x.example")).toThrow(/larger than/);
  });

  it("never passes on a literal user name, and does not repeat it", () => {
    const xml = clientConfigXml({
      id: "example.org",
      outgoing: [{ hostname: "smtp.example.org", port: 465, socketType: "SSL", username: "alice.smith" }],
    });
    const [server] = parseClientConfig(xml, "example.org").outgoing;
    expect(server?.usernameTemplate).toBe("%EMAILADDRESS%");
    expect(server?.notes.map(inEnglish).join(" ")).toMatch(/one fixed user name/);
    expect(server?.notes.map(inEnglish).join(" ")).not.toContain("alice");
  });

  it("keeps a per-user host as a template and fills it per address", () => {
    const xml = clientConfigXml({
      id: "example.org",
      outgoing: [{ hostname: "%EMAILLOCALPART%.pod.%EMAILDOMAIN%", port: 465, socketType: "SSL" }],
    });
    const [server] = parseClientConfig(xml, "example.org").outgoing;
    expect(server).toMatchObject({ host: "%EMAILLOCALPART%.pod.example.org", perUserHost: true });
    expect(server && serverFromTemplate(server, ADDRESS).host).toBe("ann.lee.pod.example.org");
    expect(() => server && serverFromTemplate(server, { ...ADDRESS, localPart: "a+b" })).toThrow(
      /host contains "\+"/,
    );
  });
});

describe("parseClientConfig refuses hostile and malformed documents", () => {
  it("refuses a billion-laughs document before expanding anything", () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<clientConfig version="1.1"><emailProvider id="x"><displayName>&lol9;</displayName></emailProvider></clientConfig>`;
    const started = Date.now();
    expect(() => parseClientConfig(laughs, "x.example")).toThrow(/DOCTYPE or entities/);
    expect(Date.now() - started).toBeLessThan(100);
  });

  it("refuses an external entity (XXE)", () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE clientConfig [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<clientConfig version="1.1"><emailProvider id="x"><outgoingServer type="smtp"><hostname>&xxe;</hostname></outgoingServer></emailProvider></clientConfig>`;
    expect(() => parseClientConfig(xxe, "x.example")).toThrow(AutoconfigXmlError);
  });

  it("leaves unknown entity references unexpanded, so they fail host name validation", () => {
    const xml = clientConfigXml({
      id: "x.example",
      outgoing: [{ hostname: "&ext;", port: 465, socketType: "SSL" }],
    });
    const config = parseClientConfig(xml, "x.example");
    expect(config.outgoing).toEqual([]);
    expect(inEnglish(config.skipped[0])).toMatch(/^outgoingServer 1: host contains "&"/);
  });

  it("refuses documents over the size limit", () => {
    const big = `<clientConfig>${"<x>filler</x>".repeat(MAX_CLIENT_CONFIG_BYTES / 10)}</clientConfig>`;
    expect(() => parseClientConfig(big, "x.example")).toThrow(/larger than 262144 bytes/);
  });

  it("refuses HTML, other XML and broken XML with one-line reasons", () => {
    expect(() => parseClientConfig("<html><body>Welcome</body></html>", "x.example")).toThrow(
      "not a clientConfig document",
    );
    expect(() => parseClientConfig("<clientConfig><emailProvider>", "x.example")).toThrow(
      /not well-formed XML/,
    );
    expect(() => parseClientConfig("not xml at all", "x.example")).toThrow(AutoconfigXmlError);
    expect(() => parseClientConfig('<clientConfig version="1.1"/>', "x.example")).toThrow(
      /not a clientConfig|no emailProvider/,
    );
  });

  it("refuses element names that could pollute prototypes", () => {
    const xml = `<clientConfig version="1.1"><emailProvider id="x.example"><__proto__><polluted>yes</polluted></__proto__>
      <outgoingServer type="smtp"><hostname>smtp.x.example</hostname><port>465</port><socketType>SSL</socketType>
      <authentication>password-cleartext</authentication></outgoingServer></emailProvider></clientConfig>`;
    expect(() => parseClientConfig(xml, "x.example")).toThrow(/could not be parsed.*__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("fillUsername", () => {
  it("fills every placeholder", () => {
    expect(fillUsername("%EMAILLOCALPART%+smtp@%EMAILDOMAIN% (%EMAILADDRESS%)", ADDRESS)).toBe(
      "Ann.Lee+smtp@example.org (Ann.Lee@example.org)",
    );
  });
});
