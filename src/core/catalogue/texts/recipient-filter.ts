// English texts of the catalogue entries whose reason is recipient-filter, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";

export const texts: EntryTextGroup = {
  "recipient-filter": {
    title: "The recipient's filter or rules refused the message",
    cause:
      "The recipient (or their organisation) blocks this sender or this kind of message with a personal block list, a transport rule or a filter. Only the recipient's side can lift it.",
    fix: [
      "Ask the recipient (another way) to add your address to their safe senders, or their admin to allow it.",
      "If you think your domain's reputation is the cause, have your admin check it.",
    ],
  },
};
