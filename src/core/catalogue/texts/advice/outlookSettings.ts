// Advice about Outlook's own server settings and what sits between Outlook and the server. Repeated pieces of advice, kept in one place so every entry says them the same way;
// one small module per theme, so a text group's chunk carries only the advice it uses.

export const OUTLOOK_SERVER_SETTINGS =
  "In Outlook open the account's server settings (File > Account Settings > Server Settings, or Change > More Settings > Advanced)";

export const PORT_AND_ENCRYPTION = `${OUTLOOK_SERVER_SETTINGS} and pair port and encryption: 587 with STARTTLS (called TLS in older Outlook) or 465 with SSL/TLS (called SSL); Microsoft 365 and Outlook.com take only 587 STARTTLS.`;

export const VERIFY_SERVER =
  "Run `outbox-doctor verify <host> --port 587` to see what the server offers from your network.";

export const ANTIVIRUS_SCAN =
  "Turn off the outgoing-mail scanning of antivirus or firewall software, which sits between Outlook and the server.";
