// English texts of the catalogue entries whose reason is too-many-recipients, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";

export const texts: EntryTextGroup = {
  "too-many-recipients": {
    title: "Too many recipients in one message",
    cause: "The message has more recipients than the server takes in one message (often 100 to 500).",
    fix: ["Split the recipients over several messages, or use a distribution group or mailing list."],
  },
};
