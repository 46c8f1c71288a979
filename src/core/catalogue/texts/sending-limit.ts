// English texts of the catalogue entries whose reason is sending-limit, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";

export const texts: EntryTextGroup = {
  "sending-limit": {
    title: "You reached your own sending limit",
    cause:
      "Your mail provider stopped your sending because the account sent too many messages or to too many recipients in a period: Microsoft 365's submission and recipient rate limits (10,000 recipients a day, 30 messages a minute), Gmail's daily sending limits. It is a limit on your account, not on the recipient.",
    fix: [
      "Wait: the limit resets, usually within 24 hours; then send again.",
      "Send to fewer recipients at once; use a mailing list service for bulk mail.",
      "Microsoft 365 admin: check the mailbox's recipient rate limit and whether the account sent spam (compromised accounts hit limits first).",
    ],
  },
};
