// English texts of the catalogue entries whose reason is recipient-domain-no-mail, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";

export const texts: EntryTextGroup = {
  "null-mx": {
    title: "Recipient domain does not receive mail",
    cause:
      "The recipient's domain exists but says it takes no mail: a null MX record (RFC 7505), no MX and no address, or a server that refuses network mail. The address is wrong or the domain is only for a website.",
    fix: [
      "Check the part after @: the person may use another domain for mail.",
      "Ask the recipient for an address that receives mail.",
    ],
  },
};
