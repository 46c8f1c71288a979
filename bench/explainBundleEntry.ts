// What the pane loads on demand to explain a bounce: bundled on its own by the explainer benchmark
// (target: under 25 KB gzip).
export { explainBounce } from "../src/core/explainBounce.js";
