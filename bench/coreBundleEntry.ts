// What the pane takes from the core: bundled on its own by the core benchmark
// to measure the core's share of the pane (target: under 40 KB gzip).
export { resolveSettings } from "../src/core/resolveSettings.js";
export { parseEmailAddress } from "../src/core/emailAddress.js";
export { buildChecklist } from "../src/core/checklist.js";
export { explainError } from "../src/core/explainError.js";
export { setupGuide, OUTLOOK_CLIENTS } from "../src/core/setupSteps.js";
export { clientFromHost } from "../src/core/outlookClient.js";
export { pickLang, loadLanguage, localize } from "../src/core/language.js";
export { findProviderById } from "../src/core/providerMatch.js";
