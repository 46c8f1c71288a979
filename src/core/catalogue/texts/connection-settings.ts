// English texts of the catalogue entries whose reason is connection-settings, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";
import {
  OUTLOOK_SERVER_SETTINGS,
  PORT_AND_ENCRYPTION,
  VERIFY_SERVER,
  ANTIVIRUS_SCAN,
} from "./advice/outlookSettings.js";

export const texts: EntryTextGroup = {
  "0x800CCC0D": {
    title: "Outlook cannot find the outgoing server",
    cause:
      "The outgoing server name does not resolve: a typo, a server name that no longer exists, or no working DNS or internet connection.",
    fix: [
      `${OUTLOOK_SERVER_SETTINGS} and check the spelling of the outgoing (SMTP) server name.`,
      "Use the provider's current name (e.g. smtp.office365.com, smtp-mail.outlook.com, smtp.gmail.com); run `outbox-doctor settings <your address>`.",
      "Check the internet connection, VPN or proxy.",
    ],
  },
  "0x800CCC0E": {
    title: "Outlook cannot connect to the outgoing server",
    cause:
      "The server name resolved but no connection was made: wrong port, a firewall or antivirus blocks it, or the internet provider blocks port 25.",
    fix: [
      PORT_AND_ENCRYPTION,
      "Do not use port 25 for sending from a mail client: many internet providers block it.",
      ANTIVIRUS_SCAN,
      VERIFY_SERVER,
    ],
  },
  "0x800CCC0F": {
    title: "The connection to the server was interrupted",
    cause:
      "The server or something in between closed the connection, usually because the encryption choice does not match the port (SSL/TLS on 587, or STARTTLS on 465) or antivirus software intercepts mail.",
    fix: [
      PORT_AND_ENCRYPTION,
      ANTIVIRUS_SCAN,
      "If it fails only for large messages, send the attachment as a link.",
    ],
  },
  "0x800CCC19": {
    title: "The server did not answer in time",
    cause:
      "Outlook gave up waiting: a slow or blocked connection, a wrong port or encryption choice, or a large message.",
    fix: [PORT_AND_ENCRYPTION, "Raise Server Timeouts on the Advanced tab, then send again.", ANTIVIRUS_SCAN],
  },
  "0x800CCC1A": {
    title: "The secure connection failed",
    cause:
      "Outlook and the server could not set up encryption: the encryption type does not match the port, or they share no TLS version (servers now require TLS 1.2 or newer).",
    fix: [PORT_AND_ENCRYPTION, "Keep Windows and Office updated so TLS 1.2 is enabled.", VERIFY_SERVER],
  },
  "0x80042109": {
    title: "Outlook cannot connect to the outgoing (SMTP) server",
    cause:
      "The connection to the outgoing server failed: wrong server name or port, a firewall or antivirus blocks it, or the internet provider blocks port 25.",
    fix: [PORT_AND_ENCRYPTION, ANTIVIRUS_SCAN, VERIFY_SERVER],
  },
  "0x8004210B": {
    title: "Timed out waiting for the outgoing server",
    cause:
      "The outgoing server did not answer in time: a blocked or slow connection, a wrong port or encryption choice, or a large message.",
    fix: [PORT_AND_ENCRYPTION, "Raise Server Timeouts on the Advanced tab.", ANTIVIRUS_SCAN],
  },
  certificate: {
    title: "Certificate problem",
    cause:
      "The server's certificate was not accepted: it expired, names a different host (e.g. mail.yourdomain.com on a shared host), is self-signed, or your computer's clock is wrong.",
    fix: [
      "Connect to the host name the certificate was issued for, usually the provider's own (e.g. smtp.office365.com).",
      "Check the computer's date, time and time zone.",
      VERIFY_SERVER,
      "Do not accept an untrusted certificate permanently: it lets someone in between read your password.",
    ],
  },
  "wrong version number": {
    title: "TLS mode does not match the port",
    cause:
      "The client started TLS immediately on a port that expects STARTTLS (587, 25), or the other way round.",
    fix: [
      "Port 465: implicit TLS (SSL/TLS; nodemailer `secure: true`).",
      "Port 587: STARTTLS (nodemailer `secure: false`, `requireTLS: true`).",
    ],
  },
  "timed out": {
    title: "Connection timed out",
    cause:
      "Nothing answered: a firewall or the internet provider drops the port (often 25), the host name points to the wrong server, or the server is down.",
    fix: [
      "Use port 587 (or 465) instead of 25.",
      "Check firewall and antivirus rules for outgoing mail.",
      VERIFY_SERVER,
    ],
  },
  "Connection refused": {
    title: "Connection refused",
    cause:
      "The host answered but nothing listens on that port: wrong port or host name, or the service is down.",
    fix: ["Check the host name and use port 587 or 465.", VERIFY_SERVER],
  },
  ENOTFOUND: {
    title: "Server name does not resolve",
    cause: "DNS has no address for the server name: a typo, an outdated name, or no working DNS.",
    fix: [
      "Check the server name; run `outbox-doctor settings <your address>` for the current one.",
      "Check DNS and the internet connection.",
    ],
  },
};
