// English texts of the catalogue entries whose reason is sender-account-blocked, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";

// A long step, named so the entry reads well.
const M365_UNBLOCK =
  "Microsoft 365 admin: check the Microsoft Defender portal > Email & collaboration > Review > Restricted entities, secure the account (reset its password, check inbox rules and forwarding), then release it.";

export const texts: EntryTextGroup = {
  "5.1.8": {
    title: "Your account is blocked from sending (Microsoft 365)",
    cause:
      "Microsoft 365 stopped this account from sending mail because it sent what looked like spam, which usually means the account was compromised. Other Microsoft codes for the same: 5.7.501 to 5.7.503 ('spam abuse detected'), 5.7.705 and 5.7.708 (the whole tenant).",
    fix: [
      "Change the account's password now and check its inbox rules and forwarding for anything you did not set up.",
      M365_UNBLOCK,
    ],
  },
};
