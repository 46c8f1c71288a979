// English texts of the catalogue entries whose reason is smtputf8-unsupported, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";

export const texts: EntryTextGroup = {
  smtputf8: {
    title: "Non-ASCII address or 8-bit content not accepted",
    cause:
      "The message uses an address with non-ASCII characters (ü, é, Chinese script) or raw 8-bit content, and a server on the way does not support SMTPUTF8 (RFC 6531) or 8BITMIME.",
    fix: [
      "Use an all-ASCII address for this recipient if they have one.",
      "Apps: encode 8-bit content (quoted-printable or base64) when the server does not offer 8BITMIME.",
    ],
  },
};
