// The pane's start-up index: the global providers' records (Microsoft,
// Google, Yahoo, Apple, Zoho, ...) and the regional and hosting providers
// known by mailbox domain only (providers/regionalDomains.ts, checked against
// their tables by test/core/globalProviderIndex.test.ts). Every answer it
// gives is the whole database's; for a regional domain it throws
// ProviderElsewhereError and the pane resolves with the whole database
// instead. It keeps about 50 KB of provider tables out of the start-up file
// (docs/taskpane.md, "Time to settings").
import { createProviderIndex } from "./providerIndex.js";
import { providerFromSpec } from "./providerRecord.js";
import { GLOBAL_PROVIDERS } from "./providers/global.js";
import { REGIONAL_PROVIDER_DOMAINS } from "./providers/regionalDomains.js";

export const GLOBAL_PROVIDER_INDEX = createProviderIndex(
  GLOBAL_PROVIDERS.map(providerFromSpec),
  REGIONAL_PROVIDER_DOMAINS,
);
