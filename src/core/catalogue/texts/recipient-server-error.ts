// English texts of the catalogue entries whose reason is recipient-server-error, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";
import { REQUIRE_AUTH } from "./advice/signIn.js";
import { NOTHING_IN_OUTLOOK } from "./advice/waiting.js";

export const texts: EntryTextGroup = {
  "550": {
    title: "Requested action not taken (rejected)",
    cause:
      "A permanent refusal: the recipient does not exist, relaying was denied because you did not sign in, the From address is not allowed, or the message was judged spam. A 550 that mentions authentication means you were not signed in or not allowed, not a wrong password (that is 535).",
    fix: [
      REQUIRE_AUTH,
      "Check the recipient addresses.",
      "Paste the full reply with its enhanced code (e.g. 5.7.1) for the specific reason.",
    ],
  },
  "5xx": {
    title: "Permanent failure",
    cause: "The server will not accept this message as it is; sending it again unchanged will fail again.",
    fix: [
      "Read the server's text for the reason, fix that, then send again.",
      "Paste the full reply here, including any code such as 5.7.1.",
    ],
  },
  "5.4.6": {
    title: "Mail loop: too many hops",
    cause:
      "The message went round between mail servers until it hit the hop limit: the recipient's domain forwards or routes mail in a circle (often a forwarding rule or a wrong MX or connector).",
    fix: [
      "Tell the recipient's admin: their routing or forwarding loops.",
      "If the loop is in your own organisation (a connector or forwarding rule), your admin fixes it.",
    ],
  },
  "destination-tls": {
    title: "The recipient's server failed a required TLS or DANE check",
    cause:
      "Mail to this domain must go over verified TLS (a connector, MTA-STS or DANE requires it), and the recipient's server did not offer TLS, showed an expired or wrong certificate, or its DANE or DNSSEC records are broken (Microsoft 365 codes 5.7.321 to 5.7.324).",
    fix: [
      "Tell the recipient's admin: their mail server's TLS certificate, TLSA records or DNSSEC need fixing.",
      "Your Microsoft 365 admin: check any outbound connector that forces TLS to this domain.",
    ],
  },
  "relay-denied-remote": {
    title: "The recipient's server does not take mail for its own domain",
    cause:
      "Microsoft 365 reports 5.4.1 Relay Access Denied when the recipient's domain points its mail (MX) at a server that does not accept mail for that domain, or a connector or accepted domain is set up wrongly on the recipient's side.",
    fix: [
      "Tell the recipient (another way): their admin must fix the domain's MX records or the accepted domain and connector settings.",
      NOTHING_IN_OUTLOOK,
    ],
  },
  "recipient-demands-sign-in": {
    title: "The recipient's server refused mail from other organisations",
    cause:
      "A server on the recipient's side answered as if your organisation's mail server had to sign in to it (530 5.7.1 'Client was not authenticated'), or the recipient only accepts mail from certain senders. Mail servers do not sign in to each other, so their connector, moderation or restriction settings refuse it.",
    fix: [
      "Tell the recipient (another way): their admin must let their mail server accept messages from the internet, or add you to the allowed senders.",
      NOTHING_IN_OUTLOOK,
    ],
  },
  "recipient-server-error": {
    title: "The recipient's mail server has a problem",
    cause:
      "The recipient's server failed on its own side: a configuration error, a full disk, an internal error or a broken mailbox store. Nothing you send differently fixes it.",
    fix: [
      "Send again later; if it keeps failing, tell the recipient (another way) so their admin can fix the server.",
      NOTHING_IN_OUTLOOK,
    ],
  },
};
