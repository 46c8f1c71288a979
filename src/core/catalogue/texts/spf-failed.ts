// English texts of the catalogue entries whose reason is spf-failed, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";
import { CHECK_DOMAIN } from "./advice/domain.js";

export const texts: EntryTextGroup = {
  "5.7.23": {
    title: "SPF check failed",
    cause:
      "The recipient's server checked the SPF record of your domain and the server that sent the message is not listed in it, so it refused the message as possibly forged. Microsoft 365 says 5.7.23, Gmail 5.7.27.",
    fix: [
      "Admin: add every service that sends mail as your domain (your mail provider, newsletter and web-form services) to the domain's one SPF record.",
      "Send through your provider's own submission server, which the SPF record lists, rather than another relay.",
      CHECK_DOMAIN,
    ],
  },
};
