// English texts of the catalogue entries whose reason is dmarc-failed, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";
import { CHECK_DOMAIN } from "./advice/domain.js";

export const texts: EntryTextGroup = {
  "5.7.509": {
    title: "DMARC check failed",
    cause:
      "Your domain publishes a DMARC policy of reject (or quarantine), and this message passed neither SPF nor DKIM aligned with the From domain, so the recipient's server refused it. Microsoft 365 says 5.7.509, Gmail 5.7.26, Yahoo 5.7.9.",
    fix: [
      "Admin: turn on DKIM signing for the domain at every service that sends as it, and list those services in SPF.",
      "Check that the From domain matches the domain that SPF or DKIM authenticates (alignment).",
      CHECK_DOMAIN,
    ],
  },
};
