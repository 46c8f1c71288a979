// The embedded provider database: checked submission settings for mailbox
// providers and hosts, so the pane and `settings --offline` work without any
// network. The entries live in src/core/providers/ by region; how they are
// structured, checked and extended is in docs/providers.md.
import { AMERICAS_PROVIDERS } from "./providers/americas.js";
import { ASIA_PACIFIC_PROVIDERS } from "./providers/asiaPacific.js";
import { EUROPE_PROVIDERS } from "./providers/europe.js";
import { GLOBAL_PROVIDERS } from "./providers/global.js";
import { HOSTING_PROVIDERS } from "./providers/hosting.js";
import { providerFromSpec, type DatabaseProvider } from "./providerRecord.js";

export * from "./providerRecord.js";

/** Every provider, global first. Ids and mailbox domains are unique (checked by validateProviderDatabase). */
export const PROVIDERS: readonly DatabaseProvider[] = [
  ...GLOBAL_PROVIDERS,
  ...EUROPE_PROVIDERS,
  ...AMERICAS_PROVIDERS,
  ...ASIA_PACIFIC_PROVIDERS,
  ...HOSTING_PROVIDERS,
].map(providerFromSpec);
