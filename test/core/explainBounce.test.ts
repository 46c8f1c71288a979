import { describe, expect, it } from "@jest/globals";
import { actorOf, BOUNCE_REASON_IDS } from "../../src/core/bounceReasons.js";
import { InputError } from "../../src/core/errors.js";
import { entryTexts } from "../../src/core/catalogue/entryTexts.js";
import { ERROR_CATALOGUE } from "../../src/core/errorCatalogue.js";
import { actorLabel, explainBounce, explainBounceReport } from "../../src/core/explainBounce.js";
import { deExplainer } from "../../src/core/i18n/de/explainer.js";
import { loadLanguage } from "../../src/core/language.js";

const first = (text: string) => explainBounce(text).explanations[0];

describe("explainBounce: the issue's examples", () => {
  it("does not explain Yahoo's 554 5.7.9 policy refusal as Gmail's app password", () => {
    const explanation = first(
      "554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes",
    );
    expect(explanation?.reason).toBe("spam-content");
    expect(explanation?.title).not.toMatch(/password/i);
  });

  it("explains Microsoft 365's submission quota as the sender's own limit, not a full mailbox", () => {
    const explanation = first(
      "554 5.2.2 mailbox full; STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception",
    );
    expect(explanation).toMatchObject({ reason: "sending-limit", actor: "you" });
  });

  it("explains a timeout inside a recipient's bounce as their server, never Outlook's port", () => {
    const report = explainBounce(
      "This is the mail system at host mail.example.net.\n\n<ann@example.org>: connect to mx.example.org[192.0.2.10]:25: Connection timed out",
    );
    expect(report.parsed.answeredBy).toBe("recipient-server");
    expect(report.explanations[0]).toMatchObject({
      reason: "recipient-server-unreachable",
      actor: "recipient",
    });
    expect(report.explanations.map((e) => e.reason)).not.toContain("connection-settings");
  });

  it.each([
    ["User unknown", "unknown-recipient"],
    ["550 No such user here", "unknown-recipient"],
    ["552 5.2.2 Mailbox over quota", "mailbox-full"],
    ["550 5.2.1 This account has been disabled or discontinued", "mailbox-disabled"],
    [
      "host mx.example.org [192.0.2.1]: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown",
      "unknown-recipient",
    ],
    ["554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org", "blocklisted"],
    ["550 5.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.7]", "no-reverse-dns"],
    [
      "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
      "unknown-recipient",
    ],
    ["550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized", "restricted-recipient"],
    ["550 5.7.12 Sender was not authenticated by organization", "restricted-recipient"],
    ["550 5.7.124 Sender not in allowed-senders list", "restricted-recipient"],
    ["550 5.7.136 Sender not authenticated for mail user", "restricted-recipient"],
    ["550 5.7.23 The message was rejected because of Sender Policy Framework violation", "spf-failed"],
    [
      "550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification",
      "dmarc-failed",
    ],
    ["550 5.7.606 Access denied, banned sending IP [192.0.2.7]", "blocklisted"],
    ["550 5.7.649 Access denied, banned sending IP [192.0.2.7]", "blocklisted"],
    ["550 5.1.8 Access denied, bad outbound sender", "sender-account-blocked"],
    ["550 5.7.501 Access denied, spam abuse detected", "sender-account-blocked"],
    ["550-5.7.26 This mail is unauthenticated, which poses a security risk", "sender-authentication-missing"],
    ["550-5.7.27 The sender's domain does not pass SPF", "spf-failed"],
    [
      "550 5.7.515 Access denied, sending domain example.com doesn't meet the required authentication level",
      "sender-authentication-missing",
    ],
    ["550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal", "bare-lf"],
    ["553 5.6.7 SMTPUTF8 is required, but was not offered by the host", "smtputf8-unsupported"],
    ["554 5.7.0 Reject, id=12345 - VIRUS: Eicar-Test-Signature", "virus"],
    ["552 5.3.4 Message size exceeds fixed maximum message size", "message-too-large"],
    ["550 5.4.5 Daily user sending quota exceeded", "sending-limit"],
    [
      "421 4.7.0 [TSS04] Messages from 192.0.2.7 temporarily deferred due to user complaints",
      "sender-reputation",
    ],
    ["451 4.7.1 Greylisted, please try again in 180 seconds", "greylisted"],
    ["554 4.4.7 Message expired: unable to deliver in 840 minutes", "delivery-expired"],
    [
      "556 5.1.10 Recipient address rejected: Domain example.org does not accept mail (nullMX)",
      "recipient-domain-no-mail",
    ],
    [
      "Host or domain name not found. Name service error for name=example.invalid type=MX",
      "recipient-domain-unknown",
    ],
  ])("%s -> %s", (text, reason) => {
    const explanation = first(text);
    expect(explanation?.reason).toBe(reason);
    expect(explanation?.actor).toBe(actorOf(reason as never));
  });
});

describe("explainBounce: who must act", () => {
  it("names an actor of the vocabulary for every catalogue entry", () => {
    for (const entry of ERROR_CATALOGUE) expect(BOUNCE_REASON_IDS).toContain(entry.reason);
    for (const actor of ["you", "recipient", "domain-admin", "nobody-yet"] as const) {
      expect(actorLabel(actor).length).toBeGreaterThan(5);
    }
  });

  it.each([
    "This is the mail system at host mail.example.net.\n\n<ann@example.org>: host mx.example.org[192.0.2.25] said: 535 5.7.8 Error: authentication failed (in reply to RCPT TO command)",
    "<ann@example.org>: host mx.example.org[192.0.2.25] said: 530 5.7.0 Authentication required (in reply to MAIL FROM command)",
    "SMTP error from remote mail server after initial connection:\n    host mx.example.org [192.0.2.1]: Connection refused",
    "The recipient server did not accept our requests to connect. [mx.example.org 192.0.2.1: timed out]",
    "Diagnostic-Code: smtp; 454 4.7.0 TLS not available due to local problem\nRemote-MTA: dns; mx.example.org",
  ])(
    "never tells the user to change Outlook's port, encryption or password for a recipient's server: %s",
    (text) => {
      const report = explainBounce(text);
      expect(report.parsed.answeredBy).toBe("recipient-server");
      expect(report.recognised).toBe(true);
      for (const explanation of report.explanations) {
        expect(explanation.reason).not.toMatch(
          /^(connection-settings|auth-failed|auth-required|tls-required)$/,
        );
        for (const step of explanation.fix)
          expect(step).not.toMatch(/\bport\b|encryption|password|SSL|STARTTLS/i);
      }
    },
  );

  it("keeps Outlook's own settings advice for the user's own server", () => {
    const report = explainBounce(
      "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.",
    );
    expect(report.explanations[0]).toMatchObject({ reason: "auth-method-disabled", actor: "you" });
  });

  it("lets the server's quoted reply outweigh the dialog's generic code", () => {
    const report = explainBounce(
      "Task 'ann@example.net - Sending' reported error (0x800CCC7F): 'Establishing an encrypted connection to your outgoing (SMTP) server failed. The server responded: 454 Throttling failure: Daily message quota exceeded.'",
    );
    expect(report.explanations[0]?.reason).toBe("sending-limit");
  });
});

describe("explainBounce: Outlook's dialogs in other languages", () => {
  it.each([
    [
      "de",
      "Senden meldete Fehler (0x800CCC0E): 'Es kann keine Verbindung mit dem Server hergestellt werden.'",
      "0x800CCC0E",
    ],
    [
      "de",
      "Die Aufgabe 'ann@example.de - Senden' meldet Fehler (0x80042109): 'Outlook kann keine Verbindung zu dem Postausgangsserver (SMTP) herstellen.'",
      "0x80042109",
    ],
    [
      "fr",
      "La tâche « ann@example.fr - Envoi » a signalé une erreur (0x800CCC0F) : « La connexion au serveur a été interrompue. »",
      "0x800CCC0F",
    ],
    [
      "es",
      "La tarea 'ann@example.es - Enviando' informó del error (0x800CCC0D): 'No se puede encontrar el servidor.'",
      "0x800CCC0D",
    ],
  ])("%s: %s", (_lang, text, code) => {
    const report = explainBounce(text);
    expect(report.parsed.format).toBe("outlook-dialog");
    expect(report.explanations[0]?.code).toBe(code);
  });

  it("recognises the localised phrase without the hex code", () => {
    expect(first("Die Verbindung mit dem Server wurde unterbrochen.")?.code).toBe("0x800CCC0F");
    expect(first("Impossible de se connecter au serveur.")?.code).toBe("0x800CCC0E");
    expect(first("Se agotó el tiempo de espera de la operación")?.code).toBe("0x800CCC19");
  });

  it("reads the server's reply from the account summary of older dialogs, in each language", () => {
    const summaries = [
      "Die Nachricht konnte nicht gesendet werden, da einer der Empfänger vom Server nicht akzeptiert wurde. Server: 'mail.example.de', Protokoll: SMTP, Serverantwort: '554 5.7.1 <ann@example.net>: Relay access denied', Anschluss: 587",
      "Impossible d'envoyer le message car l'un des destinataires a été refusé par le serveur. Serveur : 'mail.example.fr', Protocole : SMTP, Réponse du serveur : '554 5.7.1 <ann@example.net>: Relay access denied', Port : 587",
      "El mensaje no se pudo enviar porque el servidor rechazó uno de los destinatarios. Servidor: 'mail.example.es', Protocolo: SMTP, Respuesta del servidor: '554 5.7.1 <ann@example.net>: Relay access denied', Puerto: 587",
    ];
    for (const text of summaries) {
      const report = explainBounce(text);
      expect(report.parsed).toMatchObject({ format: "outlook-dialog", answeredBy: "submission-server" });
      expect(report.parsed.diagnostic).toMatch(/^554 5\.7\.1 /);
      expect(report.explanations[0]?.reason).toBe("relay-denied");
      // Without the hex code, the dialog's own words still name Outlook's recipients-rejected error.
      expect(report.explanations.map((explanation) => explanation.code)).toContain("0x800CCC79");
    }
  });

  it("has German for every catalogue text, with the same placeholders", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const entry of ERROR_CATALOGUE) {
      const id = entry.id ?? entry.code;
      const english = entryTexts(entry);
      const texts: Array<[string, string]> = [
        [`explain.${id}.title`, english.title],
        [`explain.${id}.cause`, english.cause],
        ...english.fix.map((step, n): [string, string] => [`explain.${id}.fix.${n + 1}`, step]),
      ];
      for (const [key, english] of texts) {
        const german = deExplainer[key];
        expect(`${key}: ${german === undefined ? "missing" : "ok"}`).toBe(`${key}: ok`);
        expect(placeholders(german ?? "")).toEqual(placeholders(english));
      }
    }
  });

  it("explains in German once the German texts are loaded", async () => {
    await loadLanguage("de");
    const english = explainBounce("550 5.1.1 User unknown").explanations[0]!;
    const german = explainBounce("550 5.1.1 User unknown", { lang: "de" }).explanations[0]!;
    expect(german.reason).toBe(english.reason);
    expect(german.title).not.toBe(english.title);
    expect(german.cause).not.toBe(english.cause);
    expect(actorLabel("recipient", "de")).not.toBe(actorLabel("recipient", "en"));
  });
});

describe("explainBounce: bad input", () => {
  it.each(["", "   \n\t  "])("refuses empty text %j", (text) => {
    expect(() => explainBounce(text)).toThrow(InputError);
  });

  it("refuses binary bytes with a sentence", () => {
    expect(() => explainBounce("\u0000\u0001\u0002PK\u0003\u0004".repeat(100))).toThrow(/binary data/);
  });

  it("refuses a whole mailbox file and says how many messages it holds", () => {
    const mbox = [
      "From a@example.org Mon Jan  1 10:00:00 2024",
      "Subject: one",
      "",
      "hi",
      "From b@example.org Mon Jan  1 11:00:00 2024",
      "Subject: two",
      "",
      "hi",
      "From c@example.org Mon Jan  1 12:00:00 2024",
    ].join("\n");
    expect(() => explainBounce(mbox)).toThrow(/whole mailbox file \(3 messages\)/);
  });

  it("cuts long input, says so, and still finds the reason at the start", () => {
    const report = explainBounce("550 5.1.1 User unknown\n" + "x ".repeat(15_000));
    expect(report.truncated).toBe(true);
    expect(report.explanations[0]?.reason).toBe("unknown-recipient");
  });

  it("returns 'nothing recognised' for text without a known error", () => {
    expect(explainBounce("Lunch at noon?")).toMatchObject({ recognised: false, explanations: [] });
  });

  it("never carries markup of an HTML paste into its output", () => {
    const report = explainBounceReport(
      '<html><body><script>alert(1)</script><p onclick="x()">550 5.1.1 User unknown</p></body></html>',
    );
    expect(report.explanations[0]?.reason).toBe("unknown-recipient");
    expect(JSON.stringify({ parsed: report.parsed, explanations: report.explanations })).not.toMatch(
      /<script|onclick/,
    );
  });

  it("survives random garbage", () => {
    const alphabet =
      "0123456789.x-#:;'\"()[]<> \n\t550 5.7.1 0x800ccc =?utf-8?Q? Content-Transfer-Encoding: base64 said: é😀";
    let seed = 7;
    for (let round = 0; round < 200; round++) {
      let text = "";
      for (let i = 0; i < 300; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        text += alphabet[seed % alphabet.length];
      }
      if (text.trim() === "") continue;
      try {
        explainBounce(text);
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
      }
    }
  });
});

describe("explainBounce: words read in context, not alone", () => {
  it("reads the reason Postfix writes after 'Recipient address rejected:' instead of guessing an unknown user", () => {
    expect(
      first("554 5.7.1 <ann@example.org>: Recipient address rejected: Blocked by local policy")?.reason,
    ).toBe("recipient-filter");
    expect(
      first("550 5.7.1 <ann@example.org>: Recipient address rejected: Sender not allowed")?.reason,
    ).not.toBe("unknown-recipient");
    // The bare phrase, or one followed by the address, still points at the address.
    expect(first("550 5.1.0 Recipient rejected: <ann@example.org>")?.reason).toBe("unknown-recipient");
  });

  it("lets the cause outrank a 'no valid recipients' summary", () => {
    expect(first("554 5.5.1 Error: no valid recipients; ann@nowhere.example: unknown host")?.reason).toBe(
      "recipient-domain-unknown",
    );
  });

  it("tells spam (UBE) from other content refusals", () => {
    expect(first("550 5.7.1 Message content rejected, UBE, id=12345-01-2")?.reason).toBe("spam-content");
    expect(first("550 5.7.1 Message content rejected: attachment type not allowed")?.reason).toBe(
      "content-rejected",
    );
  });

  it("tells a per-message recipient limit from a sending rate", () => {
    expect(first("452 4.5.3 Too many recipients")?.reason).toBe("too-many-recipients");
    expect(first("550 5.7.1 192.0.2.7 has sent to too many recipients this hour")?.reason).toBe(
      "rate-limited",
    );
  });

  it("lets the server's words outrank a broad stock code, but not a detailed one", () => {
    // 5.1.1 alone would say unknown recipient; the words say a sending rate.
    expect(
      first("550 5.1.1 <ann@example.org> - 192.0.2.7 has sent to too many recipients this hour")?.reason,
    ).toBe("rate-limited");
    expect(first("550 5.1.1 <ann@example.org> User unknown")?.reason).toBe("unknown-recipient");
    // Microsoft's 5.2.252 names its cause itself.
    expect(first("550 5.2.252 Sender throttled due to continuous send as denied errors.")?.reason).toBe(
      "send-as-denied",
    );
  });

  it("does not call header limits a message that is too large", () => {
    expect(first("552 5.6.0 Headers too large (32 max)")?.reason).toBe("content-rejected");
    expect(first("552 5.3.4 Message too large")?.reason).toBe("message-too-large");
  });

  it("reads a host name that does not exist as a dead domain, an address that does not exist as a user", () => {
    expect(first("553 mail.nowhere.example does not exist")?.reason).toBe("recipient-domain-unknown");
    expect(first("550 ann@example.org does not exist")?.reason).toBe("unknown-recipient");
  });

  it("reads Orange and La Poste's trailing reason codes", () => {
    expect(first("550 5.7.1 Service refuse. Service refused, please try later. LPN007_510")?.reason).toBe(
      "blocklisted",
    );
    expect(first("550 5.2.0 Mail rejete. Mail rejected. OFR_506 [506]")?.reason).toBe("spam-content");
  });

  it("never reads a refused HELO name as the recipient's domain", () => {
    const text =
      "<ann@example.org>:\nConnected to 192.0.2.1 but my name was rejected.\nRemote host said: 501 5.0.0 Invalid domain name";
    expect(explainBounce(text).parsed.stage).toBe("ehlo");
    expect(first(text)?.reason).not.toMatch(/^recipient-domain|^unknown-recipient/);
  });

  it("reads the reply code Exim and Postfix put after the host, the step or 'refused to talk to me'", () => {
    const codes = (text: string) => explainBounce(text).explanations.map((explanation) => explanation.code);
    expect(codes("SMTP error from remote mail server after initial connection: 550 Go away")).toContain(
      "550",
    );
    expect(codes("host mx.example.org [192.0.2.1]: 552 Line limit exceeded")).toContain("552");
    expect(codes("after MAIL FROM:<ann@example.org> SIZE=1024: 450 try later")).toContain("450");
    expect(codes("connect to mx.example.org[192.0.2.1]: server refused to talk to me: 421 Busy")).toContain(
      "421",
    );
    // A number in running text is still not a reply.
    expect(explainBounce("We sent 550 messages today").recognised).toBe(false);
  });

  it("tells a listed link in the message (URIBL, SURBL) from a listed sending server", () => {
    expect(first("554 Rejected: blacklisted URL in message, see lookup.uribl.com")?.reason).toBe(
      "content-rejected",
    );
    expect(first("554 5.7.1 Client host [192.0.2.1] blocked using zen.spamhaus.org")?.reason).toBe(
      "blocklisted",
    );
    expect(first("550 Your IP 192.0.2.1 is blacklisted")?.reason).toBe("blocklisted");
  });

  it("skips Amazon SES's status label and reads the quoted reply", () => {
    const text =
      "5.1.0 - Unknown address error 550-'5.2.2 <ann@example.org>... Mailbox Full' (delivery attempts: 0)";
    expect(first(text)?.reason).toBe("mailbox-full");
  });
});

describe("explainBounce: who wrote it, at which step, and the provider's own codes", () => {
  it("reads a bare 'Connection timed out' or 'Connection refused' as the next server, not Outlook's settings", () => {
    for (const text of ["Connection timed out", "Connection refused"]) {
      const explanation = first(text);
      expect(explanation?.reason).toBe("recipient-server-unreachable");
      expect(explanation?.fix.join(" ")).not.toMatch(/\bport\b/i);
    }
  });

  it("does not take a Microsoft 365 host name in an NDR for a sign of the user's own client", () => {
    const report = explainBounce(
      "Delivery has failed to these recipients or groups:\n\nann@example.net\n\nDiagnostic information for administrators:\nGenerating server: AM0PR01MB1234.eurprd01.prod.outlook.com\nRemote Server returned 'Connection timed out'",
    );
    expect(report.explanations[0]?.reason).toBe("recipient-server-unreachable");
  });

  it("keeps Outlook's connection settings for a client's own network error", () => {
    expect(first("Error: connect ETIMEDOUT 192.0.2.1:587")?.reason).toBe("connection-settings");
    expect(first("connect ECONNREFUSED 192.0.2.1:465")?.reason).toBe("connection-settings");
    expect(
      first(
        "The message could not be sent because the connection to Outgoing server (SMTP) smtp.example.com timed out.",
      )?.reason,
    ).toBe("connection-settings");
  });

  it("treats a relay's quote of the sender's own sending service as the sender's side", () => {
    const ses = explainBounce(
      "host email-smtp.eu-west-1.amazonaws.com[192.0.2.5] said: 554 Message rejected: Email address is not verified. The following identities failed the check in region EU-WEST-1: ann@example.org (in reply to end of DATA command)",
    );
    expect(ses.parsed.answeredBy).toBe("submission-server");
    expect(ses.explanations[0]).toMatchObject({ reason: "send-as-denied", actor: "you" });
    const sendgrid = explainBounce(
      "host smtp.sendgrid.net[192.0.2.7] said: 550 Unauthenticated senders not allowed (in reply to MAIL FROM command)",
    );
    expect(sendgrid.parsed.answeredBy).toBe("submission-server");
    expect(sendgrid.explanations[0]?.reason).toBe("auth-required");
  });

  it("does not call a refusal at RCPT TO a content problem unless the server's code says so", () => {
    const words = first(
      "host mx.example.net[192.0.2.1] said: 554 5.7.1 <ann@example.net>: Recipient address rejected: Policy violation (in reply to RCPT TO command)",
    );
    // At most the generic 554 explanation: no specific content entry.
    expect(words?.code).not.toBe("content-rejected");
    expect(words?.generic).toBe(true);
    const coded = first(
      "host mx.example.net[192.0.2.1] said: 550 5.6.0 <ann@example.net>: Recipient address rejected: Media error (in reply to RCPT TO command)",
    );
    expect(coded?.reason).toBe("content-rejected");
  });

  it("reads a temporary cause followed by qmail's 'not going to try again' as expiry", () => {
    const explanation = first(
      "<ann@example.net>:\nSystem resources temporarily unavailable (#4.3.0)\nI'm not going to try again; this message has been in the queue too long.",
    );
    expect(explanation?.reason).toBe("delivery-expired");
  });

  it("reads a refused HELO name as the sending server's name, before qmail's closing words", () => {
    const explanation = first(
      "Hi. This is the qmail-send program at mail.example.org.\n<ann@example.net>:\nConnected to 192.0.2.3 but my name was rejected.\nRemote host said: 504 5.5.2 HELO name is invalid\nI'm not going to try again; this message has been in the queue too long.",
    );
    expect(explanation).toMatchObject({ reason: "no-reverse-dns", actor: "domain-admin" });
  });

  it("lets a provider's postmaster code name the cause over stock words", () => {
    expect(first("550 5.1.0 <ann@example.org> sender rejected. AUP#CXBL")?.reason).toBe("blocklisted");
    expect(first("550 5.1.0 <ann@example.org> sender rejected. AUP#In-1320")?.reason).toBe("rate-limited");
    expect(first("421 cmsmtp blocked. AUP#CXCNCT")?.reason).toBe("rate-limited");
  });

  it("says what a causeless refusal at an early step refused: the IP, the HELO name, the sender", () => {
    expect(
      first(
        "SMTP error from remote mail server after initial connection: host mx.example.net [192.0.2.9]: 554 Access denied",
      )?.reason,
    ).toBe("blocklisted");
    expect(
      first(
        "SMTP error from remote mail server after EHLO mail.example.org: host mx.example.net [192.0.2.9]: 550 Go away",
      )?.reason,
    ).toBe("no-reverse-dns");
    expect(
      first("host mx.example.net[192.0.2.9] said: 550 5.7.1 Not accepted (in reply to MAIL FROM command)")
        ?.reason,
    ).toBe("sender-rejected");
    // Without a security status at MAIL FROM nothing more is known: the generic explanation stays.
    const plain = first(
      "host mx.example.net[192.0.2.9] said: 554 Transaction failed (in reply to MAIL FROM command)",
    );
    expect(plain?.generic).toBe(true);
    // A temporary refusal at the connection is not a block.
    expect(
      first("host mx.example.net[192.0.2.9] refused to talk to me: 421 Service not available")?.reason,
    ).toBe("temporary-failure");
  });

  it("reads a policy denial at RCPT TO as the recipient side's rules", () => {
    expect(
      first("host mx.example.net[192.0.2.9] said: 550 Denied by policy (in reply to RCPT TO command)")
        ?.reason,
    ).toBe("recipient-filter");
  });

  it("knows recipient servers' own faults and end-user addresses told to use their ISP", () => {
    expect(first("451 4.3.0 Unable to contact LDAP server, try later")?.reason).toBe(
      "recipient-server-error",
    );
    expect(first("500 Remote server does not support TLS")?.reason).toBe("recipient-server-error");
    expect(first("Rejected: duplicate Message-ID, this list has already seen it")?.reason).toBe(
      "recipient-server-error",
    );
    expect(
      first("550 5.7.1 Mail from a dynamic address: please use the SMTP server of your ISP")?.reason,
    ).toBe("blocklisted");
    expect(first("550 5.7.1 you are sending from an address that is blacklisted here")?.reason).toBe(
      "sender-rejected",
    );
  });
});
