// English texts of the catalogue entries whose reason is virus, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";

export const texts: EntryTextGroup = {
  virus: {
    title: "A virus or malware was found in the message",
    cause:
      "A scanner on the way found (or suspected) malware in an attachment or link of the message. It may be a false alarm on a macro document or an archive.",
    fix: [
      "Scan your computer with up-to-date antivirus software.",
      "Send the file another way (a shared link) or without macros; ask the recipient what their filter blocks.",
    ],
  },
};
