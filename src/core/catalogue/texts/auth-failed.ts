// English texts of the catalogue entries whose reason is auth-failed, keyed by text id base (explain.<key>.title,
// .cause, .fix.<n>); loaded on demand by the pane (src/core/catalogue/entryTexts.ts).
import type { EntryTextGroup } from "../entryTexts.js";
import { OUTLOOK_SERVER_SETTINGS } from "./advice/outlookSettings.js";
import { ENABLE_SMTP_AUTH, OAUTH_FIRST } from "./advice/signIn.js";

export const texts: EntryTextGroup = {
  "0x800CCC18": {
    title: "Secure Password Authentication (SPA) logon failed",
    cause:
      "Outlook tried Secure Password Authentication (NTLM), which most mail servers do not support or do not allow for this account.",
    fix: [
      `${OUTLOOK_SERVER_SETTINGS} and untick "Require logon using Secure Password Authentication (SPA)".`,
      "Re-type the user name (usually the full address) and password.",
    ],
  },
  "5.7.3": {
    title: "Authentication unsuccessful (Microsoft 365)",
    cause:
      "Microsoft 365 refused the sign-in: wrong user name or password, a password used where the account needs multi-factor or OAuth2 sign-in, or SMTP AUTH is off for the mailbox.",
    fix: [
      "Use the full email address as user name and re-type the password.",
      OAUTH_FIRST,
      ENABLE_SMTP_AUTH,
      "Apps using OAuth2: request a token with the scope https://outlook.office.com/SMTP.Send.",
    ],
  },
  "5.7.8": {
    title: "Username and password not accepted",
    cause:
      "The server rejected the credentials. For Gmail and Google Workspace a normal password no longer works for SMTP (Gmail since {gmailPasswordOnlyEnded}, Workspace since {workspacePasswordOnlyEnded}); app passwords stop working when the account password changes.",
    fix: [
      "Use the full email address as user name and check the password.",
      "Gmail / Workspace: sign in with Google (OAuth2), or create an app password (needs 2-Step Verification).",
      "After a Google password change, create a new app password.",
    ],
  },
  "535": {
    title: "Authentication failed",
    cause:
      "The server rejected the sign-in: wrong user name or password, or the provider refuses passwords (OAuth2 or app password required), or SMTP sign-in is off for the account. 535 is the real authentication failure code.",
    fix: [
      "Use the full email address as user name and re-type the password.",
      "If the account has multi-factor sign-in, use OAuth2 or an app password.",
      "Run `outbox-doctor settings <your address>` to see which sign-in the provider expects.",
    ],
  },
};
