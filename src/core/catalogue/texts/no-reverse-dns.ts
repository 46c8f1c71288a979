// English texts of the catalogue entries whose reason is no-reverse-dns, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";

export const texts: EntryTextGroup = {
  "no-reverse-dns": {
    title: "The sending server's IP address has no matching reverse DNS (PTR)",
    cause:
      "The recipient's server looked up the host name of the IP address that sent your message (its PTR record) and found none, or one that does not point back to the same address; or the name the server introduced itself with (HELO) is not a real host name. Servers on home or office lines usually have no proper PTR record.",
    fix: [
      "Admin: have whoever owns the IP address (the hosting or internet provider) set a PTR record naming the server, with a matching A record.",
      "Or relay through your mail provider's outgoing server, signed in, instead of sending directly from your own server.",
    ],
  },
};
