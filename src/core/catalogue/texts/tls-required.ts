// English texts of the catalogue entries whose reason is tls-required, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";
import { PORT_AND_ENCRYPTION, VERIFY_SERVER, ANTIVIRUS_SCAN } from "./advice/outlookSettings.js";
import { ENABLE_SMTP_AUTH } from "./advice/signIn.js";

export const texts: EntryTextGroup = {
  "0x800CCC7C": {
    title: "The server requires STARTTLS",
    cause:
      "The server answered 530: it only accepts mail after the connection is encrypted, and Outlook is set to no encryption.",
    fix: [PORT_AND_ENCRYPTION],
  },
  "0x800CCC7D": {
    title: "The server does not offer STARTTLS",
    cause:
      "Outlook asked for STARTTLS but the server did not offer it: a wrong host or port, or something on the network (antivirus, firewall, hotel or ISP proxy) strips it. Treat the latter as an attack on your password.",
    fix: [
      "Check host and port: use the provider's submission server on 587.",
      ANTIVIRUS_SCAN,
      "Try from another network; if it works there, the first network strips STARTTLS. Use port 465 with SSL/TLS where the provider offers it.",
      "Never switch encryption to None to get around this.",
    ],
  },
  "0x800CCC7F": {
    title: "STARTTLS failed on the server",
    cause:
      "The server agreed to encrypt but then failed (reply 454): a temporary fault or a broken certificate or TLS setup on the server.",
    fix: [
      "Send again later.",
      "If it keeps failing, use port 465 with SSL/TLS where offered and tell the provider.",
      VERIFY_SERVER,
    ],
  },
  "5.7.4": {
    title: "Unrecognized authentication type",
    cause:
      "The client tried to sign in with a method the server does not offer at that point: usually before STARTTLS, or with SPA/NTLM, or SMTP AUTH is disabled.",
    fix: [
      PORT_AND_ENCRYPTION,
      `Untick "Require logon using Secure Password Authentication (SPA)".`,
      ENABLE_SMTP_AUTH,
    ],
  },
  "Must issue a STARTTLS command first": {
    title: "Encryption required before sending",
    cause:
      "The server accepts sign-in and mail only over an encrypted connection, and the client did not start STARTTLS.",
    fix: [
      PORT_AND_ENCRYPTION,
      "If encryption is set to Auto, choose STARTTLS explicitly.",
      "Apps: on port 587 require STARTTLS (e.g. nodemailer `secure: false, requireTLS: true`); on port 465 use implicit TLS (`secure: true`).",
    ],
  },
  "538": {
    title: "Encryption required for this sign-in method",
    cause: "The client tried to send a password over an unencrypted connection.",
    fix: [PORT_AND_ENCRYPTION],
  },
};
