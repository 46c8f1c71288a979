// English texts of the catalogue entries whose reason is sender-rejected, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";
import { CHECK_DOMAIN } from "./advice/domain.js";
import { REQUIRE_AUTH } from "./advice/signIn.js";

export const texts: EntryTextGroup = {
  "0x800CCC78": {
    title: "The server rejected the sender address",
    cause:
      "The server refused the From address, usually because Outlook did not sign in, or the address is not one this account may send as.",
    fix: [
      REQUIRE_AUTH,
      "Check that the account's email address (File > Account Settings) is exactly the mailbox you sign in to.",
      "Send through the server that belongs to the From address's provider.",
    ],
  },
  "553": {
    title: "Mailbox name not allowed",
    cause:
      "An address was refused: the From address is not one this account may use, or an address is malformed.",
    fix: [
      "Send from the address of the account you sign in with.",
      REQUIRE_AUTH,
      "Check addresses for typos.",
    ],
  },
  "sender-rejected": {
    title: "Your sender address was refused",
    cause:
      "The recipient's server refused the envelope sender (your From address): its domain does not exist in DNS or has no mail records, the server could not verify it, or it does not take mail from that address.",
    fix: [
      "Check the From address in Outlook's account settings: a typo there bounces everything.",
      "Admin: make sure the sending domain has MX (or A) records and that bounces to it are accepted.",
      CHECK_DOMAIN,
    ],
  },
};
