// English texts of the catalogue entries whose reason is recipient-server-unreachable, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";
import { NOTHING_IN_OUTLOOK } from "./advice/waiting.js";

export const texts: EntryTextGroup = {
  "5.4.x": {
    title: "Network or routing problem",
    cause:
      "The mail could not be routed to the recipient's domain: its mail servers are unreachable, its DNS is wrong, or mail loops.",
    fix: [
      "Check the recipient's domain for typos.",
      "Check the domain with `outbox-doctor domain <domain>`.",
    ],
  },
  "recipient-unreachable": {
    title: "The recipient's mail server could not be reached",
    cause:
      "The sending server could not connect to the recipient's mail server: it timed out, refused the connection or had no route. That is the recipient's server or network, not Outlook; the sending server retries for a while.",
    fix: [
      "Wait: the sending server retries; if it finally gives up, send again later.",
      "Tell the recipient (another way) that their mail server is not reachable; their admin should check it and their MX records.",
      NOTHING_IN_OUTLOOK,
    ],
  },
};
