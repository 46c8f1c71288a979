// The start-up file's lookup: the global providers' records, the regional
// ones by domain only (src/core/globalProviderIndex.ts). For an address of a
// regional provider it throws ProviderElsewhereError instead of answering;
// boot then resolves with the whole database (the "lookup" chunk), which the
// React pane always uses.
import { GLOBAL_PROVIDER_INDEX } from "../core/globalProviderIndex.js";
import { resolveSettingsWith } from "../core/resolveCore.js";
import { createSettingsLookup } from "./paneLookup.js";

export const startupLookup = createSettingsLookup((email, context, options) =>
  resolveSettingsWith(GLOBAL_PROVIDER_INDEX, email, context, options),
);
