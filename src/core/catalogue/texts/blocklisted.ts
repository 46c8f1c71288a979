// English texts of the catalogue entries whose reason is blocklisted, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";

export const texts: EntryTextGroup = {
  blocklisted: {
    title: "Your sending server's IP address or domain is on a block list",
    cause:
      "The recipient's server looked up the IP address of the server that sent your message (or your domain) in a block list such as Spamhaus, Barracuda, SpamCop or SORBS and found it. That is about the sending server, not about you personally or Outlook; shared IP addresses get listed for others' spam.",
    fix: [
      "Admin: look the sending IP address (in brackets in the bounce) up on the block list the bounce names (Spamhaus: check.spamhaus.org; Barracuda: barracudacentral.org/lookups; SpamCop: spamcop.net/bl.shtml) and follow its removal steps.",
      "Microsoft 365 and Outlook.com block lists (5.7.606 to 5.7.649, 'banned sending IP', S3150, AS codes): request delisting at sender.office.com.",
      "Find and stop the cause first (a compromised account, a malware-infected computer, a web form sending spam), or the listing comes back.",
      "A mail provider's shared IP address: ask the provider to fix the listing or move your domain to a clean one.",
    ],
  },
};
