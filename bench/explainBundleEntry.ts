// The pane's view of the explainer: the texts machinery, errors and dated facts are in its initial bundle
// already (the checklist uses them); explainBounce with its catalogue is loaded on demand when a bounce is explained.
// Bundled on its own by the explainer benchmark, which measures that on-demand chunk (target: under 25 KB gzip).
export { localize, loadLanguage } from "../src/core/language.js";
export { InputError } from "../src/core/errors.js";
export { DATED_FACT_VALUES } from "../src/core/datedFacts.js";
export const loadExplainer = () => import(/* webpackChunkName: "explainer" */ "../src/core/explainBounce.js");
