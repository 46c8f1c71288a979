// English texts of the catalogue entries whose reason is restricted-recipient, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";

export const texts: EntryTextGroup = {
  "restricted-recipient": {
    title: "You may not send to this group or mailbox (Microsoft 365)",
    cause:
      "The recipient is a group, distribution list, mailbox or public folder that accepts mail only from certain senders: only from inside its organisation (authenticated senders), or only from an allowed list that does not include you. Codes 5.7.1 (NotAuthorized), 5.7.12 and 5.7.124 to 5.7.136.",
    fix: [
      "Ask the group's owner to add you to its allowed senders, or send from an address inside that organisation.",
      "Recipient's Microsoft 365 admin: in the Exchange admin center open the group > Settings > Delivery management, and allow external senders or add this sender (or `Set-DistributionGroup -RequireSenderAuthenticationEnabled $false`).",
    ],
  },
};
