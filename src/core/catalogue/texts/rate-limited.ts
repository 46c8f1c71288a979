// English texts of the catalogue entries whose reason is rate-limited, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";
import { WAIT_RETRY } from "./advice/waiting.js";

export const texts: EntryTextGroup = {
  "rate-limited": {
    title: "The recipient's server is slowing down your sending server",
    cause:
      "The recipient's server accepts only so many connections or messages at a time from one sender (or the recipient receives mail too fast) and asked the sending server to come back later. It retries on its own.",
    fix: [WAIT_RETRY, "If it repeats for days, the sending admin should spread out bulk sending."],
  },
};
