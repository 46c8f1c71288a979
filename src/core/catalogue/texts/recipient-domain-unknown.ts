// English texts of the catalogue entries whose reason is recipient-domain-unknown, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";

export const texts: EntryTextGroup = {
  "5.1.2": {
    title: "Recipient domain does not exist",
    cause:
      "The part after @ is not a domain that exists in DNS: usually a typo (gmal.com, outlok.com) or a domain that has expired.",
    fix: [
      "Check the part after @ for typos.",
      "Ask the recipient for a current address; their domain may have lapsed.",
    ],
  },
};
