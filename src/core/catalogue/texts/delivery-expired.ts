// English texts of the catalogue entries whose reason is delivery-expired, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";
import { NOTHING_IN_OUTLOOK } from "./advice/waiting.js";

export const texts: EntryTextGroup = {
  "4.4.7": {
    title: "Delivery gave up after retrying",
    cause:
      "The sending server kept trying for hours or days and then gave up: the recipient's server was unreachable or kept refusing for now. The problem is on the recipient's side or on the way there, not in Outlook.",
    fix: [
      "Send again later; if it fails again, tell the recipient their mail server is not taking mail.",
      "Check the recipient's domain with `outbox-doctor domain <their domain>` (MX records).",
      NOTHING_IN_OUTLOOK,
    ],
  },
};
