// English texts of the catalogue entries whose reason is greylisted, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";
import { WAIT_RETRY } from "./advice/waiting.js";

export const texts: EntryTextGroup = {
  greylisted: {
    title: "Greylisted: the recipient's server asked to try again",
    cause:
      "The recipient's server refuses the first attempt from an unknown sender on purpose (greylisting); real mail servers try again after a few minutes and then get through.",
    fix: [WAIT_RETRY],
  },
};
