// English texts of the catalogue entries whose reason is relay-denied, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";
import { REQUIRE_AUTH } from "./advice/signIn.js";

export const texts: EntryTextGroup = {
  "0x800CCC69": {
    title: "The server replied 550: rejected",
    cause:
      "The server refused the message for good: often because Outlook did not sign in (relaying denied), the sender is not allowed, or a recipient does not exist. The server's text says which.",
    fix: [
      REQUIRE_AUTH,
      "Check the recipient addresses.",
      "Paste the server's full reply here for the specific reason.",
    ],
  },
  "0x800CCC79": {
    title: "The server rejected the recipients",
    cause:
      "The server refused to pass the message on, most often because Outlook did not sign in and the server does not relay for unknown senders; sometimes a recipient address is wrong.",
    fix: [
      REQUIRE_AUTH,
      "Check the recipient addresses for typos.",
      "Use your provider's submission server on port 587.",
    ],
  },
  "Unable to relay": {
    title: "The server will not relay your message",
    cause:
      "A server passes mail on to other domains only for senders it knows. You did not sign in (or used a server that is not yours), so it refused.",
    fix: [
      REQUIRE_AUTH,
      "Send through your own provider's submission server on port 587, not its incoming (MX) server or port 25.",
      "Microsoft 365 devices: use SMTP AUTH, or a connector for the device's static IP (SMTP relay).",
      "If a recipient's server said it (the bounce names their host), check the address: their domain's mail records point at a server that does not take their mail, and their admin must fix that.",
    ],
  },
};
