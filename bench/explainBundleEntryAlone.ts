// The explainer with nothing assumed preloaded: dated facts, errors and the texts machinery travel in its chunk.
// Context for bench/benchExplain.ts: the pane build of 1 December 2026 no longer has dated facts and errors in its
// start-up bundle, so its shared explainer chunk carries its own copies of them (docs/errors.md).
export const loadExplainer = () =>
  import(
    /* webpackChunkName: "explainer", webpackExports: ["explainBounceLoadingTexts"] */ "../src/core/explainBounce.js"
  );
