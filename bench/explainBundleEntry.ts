// The pane's view of the explainer: the texts machinery, errors and dated facts are in its initial bundle
// already (the checklist uses them); explainBounce with its matching data is loaded on demand when a bounce is
// explained, and then only the English text groups of the explanations shown (explainBounceLoadingTexts, one
// chunk per reason: explain-texts-<reason>.js). Bundled on its own by the explainer benchmark, with the pane's
// alias that leaves out the eager registration of every group (webpack.config.js), to measure what a pane user
// downloads to explain a bounce (target: under 25 KB gzip).
export { localize, loadLanguage } from "../src/core/language.js";
export { InputError } from "../src/core/errors.js";
export { DATED_FACT_VALUES } from "../src/core/datedFacts.js";
// The pane (src/taskpane/bounceExplainer.ts) imports only explainBounceLoadingTexts; webpack drops the rest
// (the CLI's and server's explainBounceReport and explainError, the synchronous explainBounce) there too.
export const loadExplainer = () =>
  import(
    /* webpackChunkName: "explainer", webpackExports: ["explainBounceLoadingTexts"] */ "../src/core/explainBounce.js"
  );
