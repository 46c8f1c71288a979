// English texts of the catalogue entries whose reason is unknown-recipient, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";
import { CHECK_ADDRESS } from "./advice/recipient.js";
import { REQUIRE_AUTH } from "./advice/signIn.js";

export const texts: EntryTextGroup = {
  "5.1.1": {
    title: "Recipient address does not exist",
    cause:
      "The receiving server has no mailbox with that address: a typo, a left employee, or a stale autocomplete entry.",
    fix: [
      "Check the address spelling.",
      "Delete the stale suggestion from Outlook's autocomplete list and type the address anew.",
      "Ask the recipient for a current address.",
    ],
  },
  "551": {
    title: "User not local",
    cause: "The server does not handle that recipient and will not forward to it.",
    fix: [REQUIRE_AUTH, "Check the recipient address."],
  },
  "5.1.x": {
    title: "Address problem",
    cause: "A sender or recipient address is wrong, unknown or not accepted.",
    fix: ["Check the recipient and From addresses.", "Send from the account's own address."],
  },
  "5.1.10": {
    title: "Recipient not found (Microsoft 365)",
    cause:
      "Microsoft 365 found no mailbox, contact or group with that address in the recipient's organisation: a typo, a removed mailbox, or a stale entry in Outlook's address suggestions.",
    fix: [
      CHECK_ADDRESS,
      "Remove the stale suggestion from Outlook's autocomplete list and type the address anew.",
      "Recipient's Microsoft 365 admin: if the address should exist, add it as a proxy address of the mailbox or group.",
    ],
  },
  "5.4.1": {
    title: "Recipient address rejected by the receiving organisation",
    cause:
      "The receiving Microsoft 365 organisation checks recipients against its directory at the edge and does not know this address (directory-based edge blocking), or it does not accept mail for that domain.",
    fix: [
      CHECK_ADDRESS,
      "Recipient's admin: add the address, or set the accepted domain to internal relay if mailboxes live elsewhere.",
    ],
  },
};
