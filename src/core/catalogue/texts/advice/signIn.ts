// Advice about signing in to the outgoing server. Repeated pieces of advice, kept in one place so every entry says them the same way;
// one small module per theme, so a text group's chunk carries only the advice it uses.

export const REQUIRE_AUTH =
  'Tick "My outgoing server (SMTP) requires authentication" (More Settings > Outgoing Server) and choose "Use same settings as my incoming mail server".';

export const ENABLE_SMTP_AUTH =
  "Microsoft 365 admin: enable SMTP AUTH for this mailbox: `Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false` (admin center: Users > Mail > Manage email apps > Authenticated SMTP).";

export const OAUTH_FIRST =
  "Sign in with OAuth2 (modern authentication) instead of a stored password: remove and re-add the account in a current Outlook.";
