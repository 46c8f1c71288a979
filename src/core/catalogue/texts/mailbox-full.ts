// English texts of the catalogue entries whose reason is mailbox-full, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";

export const texts: EntryTextGroup = {
  "5.2.2": {
    title: "Recipient mailbox is full",
    cause: "The recipient's mailbox is over its quota.",
    fix: ["Send again later.", "Reach the recipient another way so they can free space."],
  },
  "5.2.x": {
    title: "Recipient mailbox problem",
    cause: "The recipient's mailbox is full, disabled, or cannot take a message this large.",
    fix: ["Try later or reach the recipient another way.", "Send large files as a link."],
  },
};
