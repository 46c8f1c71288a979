// English texts of the catalogue entries whose reason is syntax-error, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";
import { PORT_AND_ENCRYPTION, VERIFY_SERVER, ANTIVIRUS_SCAN } from "./advice/outlookSettings.js";
import { REQUIRE_AUTH } from "./advice/signIn.js";

export const texts: EntryTextGroup = {
  "500": {
    title: "Command not recognized",
    cause:
      "The server did not understand a command: a firewall or antivirus altering the SMTP session, or a line too long.",
    fix: [ANTIVIRUS_SCAN, "Firewall admins: turn off SMTP/ESMTP inspection for this traffic."],
  },
  "501": {
    title: "Syntax error in parameters",
    cause:
      "An address or parameter is malformed: spaces or invalid characters in an address, or an invalid HELO name.",
    fix: [
      "Check the From and recipient addresses for typos and stray characters.",
      "Apps: pass bare addresses (name@example.com).",
    ],
  },
  "502": {
    title: "Command not implemented",
    cause:
      "The server does not support a command the client sent, e.g. AUTH on a port or connection where it offers no sign-in.",
    fix: [PORT_AND_ENCRYPTION, VERIFY_SERVER],
  },
  "503": {
    title: "Bad sequence of commands",
    cause:
      "Commands came in the wrong order, most often sending before signing in: some servers reply 503 when authentication is required.",
    fix: [REQUIRE_AUTH, "Apps: EHLO, then STARTTLS, then EHLO again, then AUTH, then MAIL FROM."],
  },
  "504": {
    title: "Command parameter not implemented",
    cause: "Usually the sign-in method is not supported, or not before STARTTLS.",
    fix: [PORT_AND_ENCRYPTION, 'Untick "Require logon using Secure Password Authentication (SPA)".'],
  },
  "5.5.x": {
    title: "Protocol problem",
    cause:
      "Client and server disagreed about SMTP commands: often a firewall or antivirus altering the session, or an outdated client.",
    fix: [ANTIVIRUS_SCAN, "Update the mail client or library."],
  },
  "address-syntax": {
    title: "An address is malformed",
    cause:
      "A recipient or sender address is not a valid address: a space, a missing or doubled @, a trailing dot, or a name pasted into the address field.",
    fix: ["Retype the address; remove spaces, quotes and anything after the address."],
  },
};
