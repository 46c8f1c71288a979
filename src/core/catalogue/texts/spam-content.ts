// English texts of the catalogue entries whose reason is spam-content, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";

export const texts: EntryTextGroup = {
  "spam-content": {
    title: "The message was refused as spam",
    cause:
      "The recipient's filter scored the message itself as spam or unsolicited bulk mail: its wording, links, attachments or the way it was sent.",
    fix: [
      "Send a short plain message without links or attachments to check that mail gets through, then add the content back.",
      "Remove shortened or tracking links and large images; send files as links from a known service.",
      "If ordinary mail is refused too, ask your admin to check the domain's reputation and authentication.",
    ],
  },
};
