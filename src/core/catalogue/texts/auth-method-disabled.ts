// English texts of the catalogue entries whose reason is auth-method-disabled, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";
import { OUTLOOK_SERVER_SETTINGS, PORT_AND_ENCRYPTION } from "./advice/outlookSettings.js";
import { ENABLE_SMTP_AUTH, OAUTH_FIRST } from "./advice/signIn.js";

export const texts: EntryTextGroup = {
  "0x800CCC80": {
    title: "No common authentication method",
    cause:
      "None of the sign-in methods Outlook is set to use is offered by the server: for example the server accepts only OAuth2 (XOAUTH2), or offers password login only after encryption.",
    fix: [
      PORT_AND_ENCRYPTION,
      `${OUTLOOK_SERVER_SETTINGS} and untick "Require logon using Secure Password Authentication (SPA)".`,
      "Outlook.com and many Microsoft 365 tenants accept only OAuth2: remove and re-add the account in a current Outlook so it signs in through Microsoft's sign-in window.",
    ],
  },
  "5.7.139": {
    title: "SMTP AUTH is disabled (Microsoft 365)",
    cause:
      "Microsoft 365 blocks SMTP sign-in for this mailbox or the whole tenant: SMTP AUTH is off (the default for tenants created after January 2020), Security Defaults or Conditional Access block it, or basic authentication is disabled. Outlook.com accepts only OAuth2 since {outlookComBasicAuthEnded}.",
    fix: [
      ENABLE_SMTP_AUTH,
      "Tenant-wide switch: `Set-TransportConfig -SmtpClientAuthenticationDisabled $false`; prefer enabling only the mailboxes that need it (the mailbox setting overrides the tenant one).",
      "Security Defaults block SMTP AUTH with a password: move the app to OAuth2 (XOAUTH2) rather than weakening sign-in for everyone.",
      'If the text says "basic authentication is disabled", only OAuth2 works: re-add the account in a current Outlook, or switch the app to XOAUTH2.',
    ],
  },
  "5.7.30": {
    title: "Basic authentication is not supported (Microsoft 365)",
    cause:
      "Microsoft 365 no longer accepts a user name and password for SMTP AUTH here. Basic auth for SMTP AUTH is disabled by default from {m365BasicAuthOff} and will be removed.",
    fix: [
      "Switch the app or device to OAuth2 (XOAUTH2, scope https://outlook.office.com/SMTP.Send).",
      "Devices that cannot do OAuth2: send through a connector (SMTP relay) or direct send to <tenant>.mail.protection.outlook.com:25.",
      "As a stopgap, a tenant admin can re-enable basic auth for SMTP AUTH while Microsoft still allows it.",
    ],
  },
  "5.7.9": {
    title: "Application-specific password required (Gmail)",
    cause:
      "The Google account has 2-Step Verification, so its normal password is refused for SMTP. Other servers use 534 5.7.9 for a sign-in method that is too weak.",
    fix: [
      'Add the account with "Sign in with Google" (OAuth2) in a current mail client.',
      "Otherwise create an app password (Google Account > Security > 2-Step Verification > App passwords) and use it instead of the normal password.",
      "App passwords are unavailable with Advanced Protection or security-key-only 2-Step Verification: use OAuth2 there.",
    ],
  },
  "534": {
    title: "Authentication mechanism too weak",
    cause: "The server refuses this sign-in method; Gmail uses it to ask for an app password or OAuth2.",
    fix: [OAUTH_FIRST, "Gmail: use Sign in with Google or an app password."],
  },
};
