import { describe, expect, it } from "@jest/globals";
import { parseBounce } from "../../src/core/bounceParser.js";
import { htmlToText, mimeToText } from "../../src/core/mimeText.js";

// Shapes of real reports (addresses and hosts replaced by documentation ones).
const EXCHANGE_ONLINE = [
  "Your message to ann@contoso.example couldn't be delivered.",
  "ann wasn't found at contoso.example.",
  "",
  "Diagnostic information for administrators:",
  "Generating server: AM0PR01MB1234.eurprd01.prod.outlook.com",
  "ann@contoso.example",
  "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
  "",
  "Original message headers:",
  "Received: from AM0PR01MB1234.eurprd01.prod.outlook.com (2603:10a6:208::1)",
  "To: <ann@contoso.example>",
].join("\n");

const GMAIL = [
  "** Address not found **",
  "",
  "Your message wasn't delivered to bob@fabrikam.example because the address couldn't be found, or is unable to receive mail.",
  "",
  "The response from the remote server was:",
  "550 5.1.1 <bob@fabrikam.example>: Recipient address rejected: User unknown in virtual mailbox table",
].join("\n");

const POSTFIX = [
  "This is the mail system at host mail.example.net.",
  "",
  "<carol@example.org>: host mx.example.org[192.0.2.25] said: 552 5.2.2 <carol@example.org>:",
  "    Recipient address rejected: Mailbox full (in reply to RCPT TO command)",
].join("\n");

const EXIM = [
  "This message was created automatically by mail delivery software.",
  "",
  "A message that you sent could not be delivered to one or more of its",
  "recipients. This is a permanent error. The following address(es) failed:",
  "",
  "  dave@example.org",
  "    host mx.example.org [192.0.2.7]",
  "    SMTP error from remote mail server after end of data:",
  "    550 5.7.1 Message rejected as spam",
].join("\n");

const EXIM_HOST_LINE =
  "host mx.example.org [192.0.2.1]: 550 5.7.1 Client host rejected: blocked using zen.spamhaus.org";

const QMAIL = [
  "Hi. This is the qmail-send program at mail.example.net.",
  "I'm afraid I wasn't able to deliver your message to the following addresses.",
  "This is a permanent error; I've given up. Sorry it didn't work out.",
  "",
  "<erin@example.org>:",
  "192.0.2.9 does not like recipient.",
  "Remote host said: 550 5.1.1 <erin@example.org>... No such user",
  "Giving up on 192.0.2.9.",
].join("\n");

const SENDMAIL = [
  "   ----- The following addresses had permanent fatal errors -----",
  "<frank@example.org>",
  "    (reason: 550 5.1.1 <frank@example.org>... User unknown)",
  "",
  "   ----- Transcript of session follows -----",
  "... while talking to mx.example.org.:",
  ">>> RCPT To:<frank@example.org>",
  "<<< 550 5.1.1 <frank@example.org>... User unknown",
].join("\n");

const DOMINO = [
  "Your message",
  "",
  "  Subject: Quarterly report",
  "",
  "was not delivered to:",
  "",
  "  gina@example.org",
  "",
  "because:",
  "",
  "  User gina (gina@example.org) not listed in Domino Directory",
].join("\n");

const RFC3464 = [
  "Reporting-MTA: dns; mail.example.net",
  "",
  "Final-Recipient: rfc822; hank@example.org",
  "Action: failed",
  "Status: 5.2.2",
  "Remote-MTA: dns; mx.example.org",
  "Diagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded",
].join("\n");

describe("parseBounce: formats and fields", () => {
  it("reads an Exchange Online NDR", () => {
    expect(parseBounce(EXCHANGE_ONLINE)).toMatchObject({
      format: "exchange-ndr",
      replyCode: "550",
      enhancedCode: "5.1.10",
      answeredBy: "recipient-server",
      recipients: ["ann@contoso.example"],
      diagnostic: "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    });
  });

  it("reads Gmail's 'The response from the remote server was'", () => {
    const parsed = parseBounce(GMAIL);
    expect(parsed).toMatchObject({ format: "gmail", replyCode: "550", enhancedCode: "5.1.1" });
    expect(parsed.recipients).toEqual(["bob@fabrikam.example"]);
    expect(parsed.diagnostic).toMatch(/^550 5\.1\.1 <bob@fabrikam\.example>: Recipient address rejected/);
  });

  it("reads Postfix's folded 'said:' with its stage and remote host", () => {
    expect(parseBounce(POSTFIX)).toMatchObject({
      format: "postfix",
      replyCode: "552",
      enhancedCode: "5.2.2",
      stage: "rcpt",
      answeredBy: "recipient-server",
      remoteMta: "mx.example.org",
      recipients: ["carol@example.org"],
      diagnostic: "552 5.2.2 <carol@example.org>: Recipient address rejected: Mailbox full",
    });
  });

  it("reads Exim's 'SMTP error from remote mail server after end of data' and its one-line host form", () => {
    expect(parseBounce(EXIM)).toMatchObject({
      format: "exim",
      replyCode: "550",
      enhancedCode: "5.7.1",
      stage: "after-data",
      remoteMta: "mx.example.org",
      recipients: ["dave@example.org"],
    });
    expect(parseBounce(EXIM_HOST_LINE)).toMatchObject({
      format: "exim",
      replyCode: "550",
      remoteMta: "mx.example.org",
      answeredBy: "recipient-server",
    });
  });

  it("reads qmail, sendmail and Domino reports", () => {
    expect(parseBounce(QMAIL)).toMatchObject({
      format: "qmail",
      replyCode: "550",
      enhancedCode: "5.1.1",
      recipients: ["erin@example.org"],
      answeredBy: "recipient-server",
    });
    expect(parseBounce(SENDMAIL)).toMatchObject({
      format: "sendmail",
      enhancedCode: "5.1.1",
      stage: "rcpt",
      remoteMta: "mx.example.org",
      recipients: ["frank@example.org"],
    });
    expect(parseBounce(DOMINO)).toMatchObject({ format: "domino", recipients: ["gina@example.org"] });
  });

  it("reads RFC 3464 delivery-status fields", () => {
    expect(parseBounce(RFC3464)).toMatchObject({
      format: "rfc3464",
      replyCode: "552",
      enhancedCode: "5.2.2",
      remoteMta: "mx.example.org",
      recipients: ["hank@example.org"],
      answeredBy: "recipient-server",
      diagnostic: "552 5.2.2 Mailbox quota exceeded",
    });
  });

  it.each([
    [
      "en",
      "Task 'ann@example.com - Sending' reported error (0x800CCC69) : 'The server responded: 550 5.7.60 SMTP; Client does not have permissions to send as this sender'",
    ],
    [
      "de",
      "Die Aufgabe 'ann@example.com - Senden' meldet Fehler (0x800CCC69): 'Der Server hat geantwortet: 550 5.7.60 SMTP; Client does not have permissions to send as this sender'",
    ],
    [
      "fr",
      "La tâche « ann@example.com - Envoi » a signalé une erreur (0x800CCC69) : « Le serveur a répondu : 550 5.7.60 SMTP; Client does not have permissions to send as this sender »",
    ],
    [
      "es",
      "La tarea 'ann@example.com - Enviando' informó del error (0x800CCC69): 'El servidor respondió: 550 5.7.60 SMTP; Client does not have permissions to send as this sender'",
    ],
  ])("reads Outlook's dialog in %s with the server's reply", (_lang, text) => {
    const parsed = parseBounce(text);
    expect(parsed.format).toBe("outlook-dialog");
    expect(parsed.answeredBy).toBe("submission-server");
    expect(parsed.replyCode).toBe("550");
    expect(parsed.enhancedCode).toBe("5.7.60");
    expect(parsed.diagnostic).toMatch(/^550 5\.7\.60 SMTP; Client does not have permissions/);
  });

  it("reads a bare reply and says little about what it does not know", () => {
    expect(parseBounce("535 5.7.139 Authentication unsuccessful")).toMatchObject({
      format: "smtp-reply",
      replyCode: "535",
      enhancedCode: "5.7.139",
      answeredBy: "submission-server",
      recipients: [],
      remoteMta: null,
    });
    expect(parseBounce("the weather is nice")).toMatchObject({
      format: "unknown",
      replyCode: null,
      enhancedCode: null,
      stage: null,
      answeredBy: "unknown",
      diagnostic: null,
    });
  });

  it("does not take the attached original message's addresses for failed recipients", () => {
    const parsed = parseBounce(
      `${POSTFIX}\n\nReturn-Path: <me@example.net>\nTo: <someone.else@example.org>\n`,
    );
    expect(parsed.recipients).toEqual(["carol@example.org"]);
  });
});

describe("parseBounce: whose reply, in which words", () => {
  it("keeps qmail's own closing words out of the server's reply", () => {
    const parsed = parseBounce(
      "<ann@example.net>:\n192.0.2.3 does not like recipient.\nRemote host said: 550 5.1.1 No such user I'm not going to try again; this message has been in the queue too long.",
    );
    expect(parsed.diagnostic).toBe("550 5.1.1 No such user");
  });

  it("reads the quoted reply of an Outlook account summary without its quotes or the fields after it", () => {
    const parsed = parseBounce(
      "Server: 'smtp.example.com', Protocol: SMTP, Server Response: '550 5.7.1 Unable to relay for ann@example.net', Port: 25, Secure(SSL): No, Server Error: 550, Error Number: 0x800CCC79",
    );
    expect(parsed).toMatchObject({ format: "outlook-dialog", answeredBy: "submission-server" });
    expect(parsed.diagnostic).toBe("550 5.7.1 Unable to relay for ann@example.net");
  });

  it("names the sender's own sending service as the answering server when a relay quotes it", () => {
    const relayed = parseBounce(
      "<ann@example.net>: host smtp.sendgrid.net[192.0.2.7] said: 550 The from address does not match a verified Sender Identity (in reply to end of DATA command)",
    );
    expect(relayed.remoteMta).toBe("smtp.sendgrid.net");
    expect(relayed.answeredBy).toBe("submission-server");
    const remote = parseBounce(
      "<ann@example.net>: host mx.example.net[192.0.2.8] said: 550 5.1.1 User unknown (in reply to RCPT TO command)",
    );
    expect(remote.answeredBy).toBe("recipient-server");
  });
});

describe("mimeToText: what people paste", () => {
  it("decodes a quoted-printable part in its charset", () => {
    const eml = [
      "Content-Type: text/plain; charset=iso-8859-1",
      "Content-Transfer-Encoding: quoted-printable",
      "",
      "Die Nachricht an M=FCller konnte nicht zugestellt werden: 550 5.1.1 User unk=",
      "nown",
    ].join("\n");
    const text = mimeToText(eml);
    expect(text).toContain("Müller");
    expect(text).toContain("550 5.1.1 User unknown");
  });

  it("decodes a base64 part and leaves the rest of a multipart report readable", () => {
    const body = Buffer.from(
      "Remote Server returned '550 5.7.606 Access denied, banned sending IP [192.0.2.7]'",
    ).toString("base64");
    const eml = [
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: base64",
      "",
      body,
      "--b1",
      "Content-Type: message/delivery-status",
      "",
      "Status: 5.7.606",
      "--b1--",
    ].join("\n");
    const text = mimeToText(eml);
    expect(text).toContain("banned sending IP [192.0.2.7]");
    expect(text).toContain("Status: 5.7.606");
  });

  it("reduces HTML to its text, without scripts, styles or comments", () => {
    const text = htmlToText(
      "<html><head><style>p{}</style><script>alert('x')</script></head><body><p>550 5.1.1&nbsp;User&#32;unknown</p><!-- hidden --></body></html>",
    );
    expect(text).toContain("550 5.1.1 User unknown");
    expect(text).not.toMatch(/alert|hidden|<|p\{\}/);
  });

  it("blanks control bytes of garbled pastes", () => {
    expect(mimeToText("550\u0000\u0001 5.1.1 User unknown")).toBe("550  5.1.1 User unknown");
  });
});
