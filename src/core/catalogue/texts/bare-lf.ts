// English texts of the catalogue entries whose reason is bare-lf, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";

export const texts: EntryTextGroup = {
  "5.6.11": {
    title: "Bare line feeds in the message",
    cause:
      "The message had line breaks that were a bare LF instead of CR LF, which SMTP forbids (RFC 5321 §2.3.8); Exchange Online and other servers refuse such messages. A script, device or mail library produced them, not Outlook.",
    fix: [
      "Fix the sending app or device to end lines with CR LF (update its mail library).",
      "Exchange Online admins can ask the sending app's vendor for an update; there is no setting in Outlook for this.",
    ],
  },
};
