// English texts of the catalogue entries whose reason is message-too-large, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";

export const texts: EntryTextGroup = {
  "552": {
    title: "Message too large or storage exceeded",
    cause: "The message exceeds the size limit, or the recipient's mailbox is full.",
    fix: [
      "Send large files as a link instead of an attachment.",
      "If the recipient's mailbox is full, try later.",
    ],
  },
  "message-too-large": {
    title: "The message is too large",
    cause:
      "The message with its attachments is bigger than a server on the way accepts (often 10 to 35 MB, and attachments grow by about a third when sent). This is not a full mailbox.",
    fix: [
      "Send large files as a link (OneDrive, SharePoint, Google Drive) instead of attachments.",
      "Or split them over several messages, each well under the limit.",
    ],
  },
};
