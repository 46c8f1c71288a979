// English texts of the catalogue entries whose reason is content-rejected, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";
import { REQUIRE_AUTH } from "./advice/signIn.js";

export const texts: EntryTextGroup = {
  "0x800CCC6F": {
    title: "The server replied 554: transaction failed",
    cause:
      "The server refused the message or session: typically it was judged spam, the sending IP address is on a blocklist, or you may not send through this server.",
    fix: [
      REQUIRE_AUTH,
      "Use your provider's submission server on port 587 rather than your internet provider's server or port 25.",
      "Paste the server's full reply here for the specific reason.",
    ],
  },
  "554": {
    title: "Transaction failed",
    cause:
      "A permanent refusal of the message or the whole session: judged spam, a blocklisted sending IP address, or sending through this server is not allowed.",
    fix: [
      REQUIRE_AUTH,
      "Use your provider's submission server on port 587.",
      "Paste the full reply for the specific reason.",
    ],
  },
  "5.7.x": {
    title: "Refused for security or policy reasons",
    cause:
      "The server refused for a security or policy reason: not signed in, not allowed to send as that address, failed SPF/DKIM/DMARC, blocked as spam, or encryption required.",
    fix: [
      REQUIRE_AUTH,
      "Send from the address of the account you sign in with.",
      "Check your domain with `outbox-doctor domain <domain>`.",
    ],
  },
  "content-rejected": {
    title: "The message was refused for its content or form",
    cause:
      "The recipient's server refused something in the message: a blocked attachment type, a suspicious link, a header that breaks the mail standard (RFC 5322), or its policy. Yahoo's 554 5.7.9 'Message not accepted for policy reasons' belongs here.",
    fix: [
      "Send without attachments, or zip or link the files; executable and macro files are widely blocked.",
      "Check the From address is a single valid address of your account.",
      "If a plain short message fails too, forward the bounce to your admin.",
    ],
  },
};
