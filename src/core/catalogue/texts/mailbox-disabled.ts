// English texts of the catalogue entries whose reason is mailbox-disabled, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";
import { CHECK_ADDRESS, OTHER_WAY } from "./advice/recipient.js";

export const texts: EntryTextGroup = {
  "mailbox-disabled": {
    title: "Recipient mailbox is disabled",
    cause:
      "The address exists but its mailbox is switched off: the account was disabled, suspended, expired or closed, often after someone left an organisation or stopped using a free account.",
    fix: [OTHER_WAY, "Ask the recipient for an address they still use.", CHECK_ADDRESS],
  },
};
