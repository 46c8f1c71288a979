// English texts of the catalogue entries whose reason is temporary-failure, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";
import { PORT_AND_ENCRYPTION } from "./advice/outlookSettings.js";
import { WAIT_RETRY } from "./advice/waiting.js";

export const texts: EntryTextGroup = {
  "0x800CCC67": {
    title: "The server replied 421: service not available",
    cause:
      "The server refused the session for now: it is busy, limits connections or sending rate, or a local antivirus proxy answered because it could not reach the real server.",
    fix: [
      "Wait a few minutes and send again; Outlook keeps the message in the Outbox.",
      'If the text says "Cannot connect to SMTP server", antivirus software answered for the server: turn off its outgoing-mail scanning.',
      PORT_AND_ENCRYPTION,
    ],
  },
  "4.7.0": {
    title: "Temporarily refused for a security reason",
    cause:
      'A temporary refusal: Gmail says "Try again later" when a client connects or sends too much or a sign-in looks unusual; other servers use 4.7.0 for a temporary sign-in or STARTTLS failure.',
    fix: [
      "Wait and send again; Outlook retries mail left in the Outbox.",
      "Send fewer messages or connections at once and stay within the provider's sending limits.",
      "Gmail: sign in on the web once to clear any security check, then retry.",
    ],
  },
  "421": {
    title: "Service not available (temporary)",
    cause:
      "The server is closing the session for now: overloaded, limiting connections or rate, or shutting down.",
    fix: ["Wait and send again.", "Send fewer messages at once."],
  },
  "450": {
    title: "Mailbox unavailable (temporary)",
    cause: "The mailbox is busy or temporarily blocked, or the server greylists first-time senders.",
    fix: ["Send again later; servers retry on their own."],
  },
  "451": {
    title: "Local error in processing (temporary)",
    cause: "The server hit a temporary problem (a lookup failed, greylisting, overload).",
    fix: ["Send again later.", "If it persists for hours, send the full reply to the server's admin."],
  },
  "452": {
    title: "Insufficient storage or too many recipients (temporary)",
    cause: "The server is short of space, or the message has more recipients than it takes at once.",
    fix: ["Split the message into batches with fewer recipients.", "Send again later."],
  },
  "454": {
    title: "TLS or authentication temporarily unavailable",
    cause: "STARTTLS or sign-in failed for a temporary reason on the server.",
    fix: [
      "Send again later.",
      "If it persists, use port 465 with SSL/TLS where offered and tell the provider.",
    ],
  },
  "4xx": {
    title: "Temporary failure",
    cause: "A transient problem: the same message may go through later without changes.",
    fix: [
      "Wait and send again; Outlook and mail servers retry on their own.",
      "If it persists for hours, read the server's text or ask its admin.",
    ],
  },
  "delivery-delayed": {
    title: "Delivery is delayed; the server is still trying",
    cause:
      "This is a warning, not a failure: the sending server could not deliver yet and will keep trying for a while (often one to five days).",
    fix: [
      WAIT_RETRY,
      "If it is urgent, reach the recipient another way; a final failure will follow if it never gets through.",
    ],
  },
  "temporary-failure": {
    title: "A temporary failure on the way",
    cause:
      "A server on the way could not take the message just now (busy, restarting or briefly unavailable) and said so with a temporary code; the sending server tries again.",
    fix: [WAIT_RETRY, "If the same bounce comes back after a day, it has become permanent: read it again."],
  },
};
