// Repeated pieces of advice, kept in one place so every entry says them the same way.

export const OUTLOOK_SERVER_SETTINGS =
  "In Outlook open the account's server settings (File > Account Settings > Server Settings, or Change > More Settings > Advanced)";
export const PORT_AND_ENCRYPTION = `${OUTLOOK_SERVER_SETTINGS} and pair port and encryption: 587 with STARTTLS (called TLS in older Outlook) or 465 with SSL/TLS (called SSL); Microsoft 365 and Outlook.com take only 587 STARTTLS.`;
export const REQUIRE_AUTH =
  'Tick "My outgoing server (SMTP) requires authentication" (More Settings > Outgoing Server) and choose "Use same settings as my incoming mail server".';
export const VERIFY_SERVER =
  "Run `outbox-doctor verify <host> --port 587` to see what the server offers from your network.";
export const ANTIVIRUS_SCAN =
  "Turn off the outgoing-mail scanning of antivirus or firewall software, which sits between Outlook and the server.";
export const ENABLE_SMTP_AUTH =
  "Microsoft 365 admin: enable SMTP AUTH for this mailbox: `Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false` (admin center: Users > Mail > Manage email apps > Authenticated SMTP).";
export const SEND_AS_FIX = [
  "Send from the address of the mailbox you signed in with (pick it in the From field), or sign in as the mailbox whose address you use.",
  "Exchange admin: grant Send As on that mailbox: `Add-RecipientPermission -Identity <mailbox> -Trustee <user> -AccessRights SendAs`; allow up to an hour to take effect.",
  "Apps and devices: set the From address to the mailbox they sign in with.",
];
export const OAUTH_FIRST =
  "Sign in with OAuth2 (modern authentication) instead of a stored password: remove and re-add the account in a current Outlook.";
export const CHECK_ADDRESS = "Check the address for typos and ask the recipient for a current one.";
export const OTHER_WAY =
  "Reach the recipient another way (phone, another address) and tell them what the bounce says.";
export const CHECK_DOMAIN =
  "Check your domain's mail records with `outbox-doctor domain <your domain>` (SPF, DMARC, MX).";
export const NOTHING_IN_OUTLOOK =
  "Nothing in Outlook's account settings causes this: leave them as they are.";
export const WAIT_RETRY =
  "Nothing to do yet: the sending server keeps retrying and reports if it finally gives up.";
export const M365_UNBLOCK =
  "Microsoft 365 admin: check the Microsoft Defender portal > Email & collaboration > Review > Restricted entities, secure the account (reset its password, check inbox rules and forwarding), then release it.";
