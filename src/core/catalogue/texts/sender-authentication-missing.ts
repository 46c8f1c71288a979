// English texts of the catalogue entries whose reason is sender-authentication-missing, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";
import { CHECK_DOMAIN } from "./advice/domain.js";

export const texts: EntryTextGroup = {
  "5.7.515": {
    title: "Sending domain lacks required authentication (Outlook.com)",
    cause:
      "Outlook.com, Hotmail and Live reject mail from high-volume senders (since {outlookComHighVolumeAuth}) whose From domain does not pass SPF, DKIM and DMARC.",
    fix: [
      "Publish one SPF record listing every service that sends as the domain.",
      "Turn on DKIM signing for the domain at each of those services.",
      "Publish DMARC (at least `v=DMARC1; p=none`) with SPF or DKIM aligned to the From domain.",
      "Check the domain with `outbox-doctor domain <domain>`.",
    ],
  },
  "5.7.26": {
    title: "Unauthenticated mail refused (Gmail)",
    cause:
      "Gmail and Google Workspace recipients refuse a message that passes neither SPF nor DKIM aligned with the From domain (enforced since February 2024), or that fails the domain's DMARC policy. The sending server, not Outlook's settings, is the usual cause.",
    fix: [
      "Send through the server your domain's SPF record lists (the provider's own SMTP server), not another relay.",
      "Add every service that sends as the domain to its SPF record and turn on DKIM signing at each of them.",
      "Publish DMARC once SPF or DKIM aligns, and check the domain with `outbox-doctor domain <domain>`.",
    ],
  },
  dkim: {
    title: "DKIM signature missing or invalid",
    cause:
      "The recipient's server wanted a valid DKIM signature from your domain and found none, or one that did not verify (the message was changed on the way, or the key in DNS does not match).",
    fix: [
      "Admin: turn on DKIM signing at your mail provider and publish the selector record it gives you.",
      "Avoid gateways or signatures that rewrite messages after signing.",
      CHECK_DOMAIN,
    ],
  },
};
