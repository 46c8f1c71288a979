// English texts of the catalogue entries whose reason is send-as-denied, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";

// Said by more than one entry of this group.
const SEND_AS_FIX = [
  "Send from the address of the mailbox you signed in with (pick it in the From field), or sign in as the mailbox whose address you use.",
  "Exchange admin: grant Send As on that mailbox: `Add-RecipientPermission -Identity <mailbox> -Trustee <user> -AccessRights SendAs`; allow up to an hour to take effect.",
  "Apps and devices: set the From address to the mailbox they sign in with.",
];

export const texts: EntryTextGroup = {
  SendAsDeniedException: {
    title: "Not allowed to send as this address (Microsoft 365)",
    cause:
      "The From address is not the signed-in mailbox, and that account has no Send As permission on it (a shared mailbox, another user, or a group).",
    fix: SEND_AS_FIX,
  },
  "5.7.60": {
    title: "Client does not have permission to send as this sender",
    cause:
      "The From address differs from the mailbox the app or Outlook signed in with, and the account lacks Send As permission on it.",
    fix: SEND_AS_FIX,
  },
  "sender-not-verified": {
    title: "The sending service does not allow this From address",
    cause:
      "The service you send through (a sending API or relay such as Amazon SES, SendGrid or Mailgun, or a workspace) only sends from addresses or domains verified in your account there, and this From address or domain is not one of them.",
    fix: [
      "Send from an address or domain verified in that service, or verify this one in its settings.",
      "Check the API key or account is allowed to send for that domain.",
      "Amazon SES accounts still in the sandbox may send only to verified recipients too: verify the recipient or request production access.",
    ],
  },
};
