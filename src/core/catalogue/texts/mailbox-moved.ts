// English texts of the catalogue entries whose reason is mailbox-moved, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";
import { OTHER_WAY } from "./advice/recipient.js";

export const texts: EntryTextGroup = {
  "5.1.6": {
    title: "Recipient mailbox has moved",
    cause:
      "The recipient's server says the mailbox moved to another address and does not forward mail to it. The bounce often names the new address.",
    fix: ["Send to the new address if the bounce names one.", OTHER_WAY],
  },
};
