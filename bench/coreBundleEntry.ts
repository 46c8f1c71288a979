// Everything the pane takes from the core, bundled as one piece by the core
// benchmark to watch the core's size. The pane itself loads these in on-demand
// chunks; its start-up JavaScript is measured (and budgeted) by the pane bench.
export { resolveSettings } from "../src/core/resolveSettings.js";
export { parseEmailAddress } from "../src/core/emailAddress.js";
export { buildChecklist } from "../src/core/checklist.js";
export { explainBounce } from "../src/core/explainBounce.js";
export { setupGuide, OUTLOOK_CLIENTS } from "../src/core/setupSteps.js";
export { clientFromHost } from "../src/core/outlookClient.js";
export { pickLang, loadLanguage, localize } from "../src/core/language.js";
export { findProviderById } from "../src/core/providerMatch.js";
