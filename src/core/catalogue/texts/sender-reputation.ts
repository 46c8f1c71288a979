// English texts of the catalogue entries whose reason is sender-reputation, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";
import { CHECK_DOMAIN } from "./advice/domain.js";

export const texts: EntryTextGroup = {
  "sender-reputation": {
    title: "The recipient's provider distrusts mail from your sending server or domain",
    cause:
      "The recipient's provider (Gmail, Yahoo, Outlook.com and others) defers or refuses mail because the sending IP address or domain has a poor reputation: complaints, a sudden volume, or spam from other users of the same server. Yahoo's TS and TSS codes and Gmail's 'unusual rate of unsolicited mail' say this.",
    fix: [
      "Admin: check the domain and IP reputation (Google Postmaster Tools, Microsoft SNDS, Yahoo Sender Hub) and stop any unwanted bulk or compromised sending.",
      "Make sure SPF, DKIM and DMARC pass for the domain; " + CHECK_DOMAIN,
      "Send less at once; the deferrals ease as the reputation recovers.",
    ],
  },
};
