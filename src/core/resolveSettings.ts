// The resolver over the whole embedded database: what the server, the CLI and
// the pane (once its lookup chunk has loaded) use. The logic is in resolveCore.ts.
import { PROVIDER_INDEX } from "./providerMatch.js";
import { resolveSettingsWith, type ResolveOptions, type ResolvedSettings } from "./resolveCore.js";
import type { MailboxContext } from "./types.js";

export {
  incomingServersFor,
  RESOLVER_NOTES,
  settingsFromProvider,
  type ResolvedSettings,
  type ResolveOptions,
} from "./resolveCore.js";

/**
 * Resolves an address against the embedded database (no network). Throws
 * InputError when the input is not an address. The Outlook account type, when
 * given, decides the provider for custom domains (office365 -> Microsoft 365,
 * gmail -> Google Workspace, outlookCom -> Outlook.com, enterprise -> on-premises
 * Exchange, which has no built-in settings); a known mailbox domain wins over it.
 */
export function resolveSettings(
  email: string,
  context?: Partial<MailboxContext>,
  options: ResolveOptions = {},
): ResolvedSettings {
  return resolveSettingsWith(PROVIDER_INDEX, email, context, options);
}
