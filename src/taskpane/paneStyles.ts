// The first screen's styles as one plain style sheet, injected once at start
// (the server's CSP allows inline styles: Fluent needs them too). The
// sections that load later use Fluent UI inside their own FluentProvider;
// the first screen does not, so that its JavaScript stays within the
// start-up budget (docs/taskpane.md, "Bundle budget and speed"). Colours are
// Fluent's web light and dark theme values, so both halves look alike.

const CSS = `
body { margin: 0; }
.od-root {
  --od-fg: #242424; --od-fg2: #424242; --od-fg3: #616161; --od-bg: #ffffff; --od-bg3: #f5f5f5;
  --od-stroke: #d1d1d1; --od-stroke2: #e0e0e0; --od-brand: #0f6cbd; --od-brand-hover: #115ea3; --od-link: #115ea3;
  --od-warn: #bc4b09; --od-error: #b10e1c; --od-success: #0e700e; --od-focus: #000000;
  min-height: 100vh; background: var(--od-bg); color: var(--od-fg);
  font-family: "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif;
  font-size: 14px; line-height: 20px; -webkit-font-smoothing: antialiased;
}
.od-root[data-theme="dark"] {
  --od-fg: #ffffff; --od-fg2: #d6d6d6; --od-fg3: #adadad; --od-bg: #292929; --od-bg3: #141414;
  --od-stroke: #666666; --od-stroke2: #525252; --od-brand: #479ef5; --od-brand-hover: #62abf5; --od-link: #479ef5;
  --od-warn: #faa06b; --od-error: #ee6a76; --od-success: #54b054; --od-focus: #ffffff;
}
.od-main { box-sizing: border-box; max-width: 640px; padding: 12px; display: flex; flex-direction: column; gap: 16px; overflow-wrap: anywhere; }
.od-stack { display: flex; flex-direction: column; gap: 8px; }
.od-h1 { margin: 0; font-size: 16px; line-height: 22px; font-weight: 600; }
.od-h2 { margin: 0; font-size: 14px; line-height: 20px; font-weight: 600; }
.od-h3 { margin: 0 0 4px; font-size: 14px; font-weight: 600; }
.od-caption { font-size: 12px; line-height: 16px; color: var(--od-fg3); }
.od-p { margin: 4px 0 0; }
.od-facts { display: grid; grid-template-columns: auto minmax(0, 1fr); column-gap: 8px; margin: 0; }
.od-facts dd { margin: 0; overflow-wrap: anywhere; }
.od-strong { font-weight: 600; }
.od-values { display: grid; grid-template-columns: minmax(0, 1fr) auto; column-gap: 4px; row-gap: 2px; margin: 0; }
.od-values > div { display: contents; }
.od-values dt { grid-column: 1 / 3; font-size: 12px; line-height: 16px; color: var(--od-fg3); }
.od-values dd { margin: 0; align-self: center; }
.od-value { font-family: Consolas, "Courier New", Courier, monospace; overflow-wrap: anywhere; }
.od-hint { display: block; font-family: inherit; font-size: 12px; line-height: 16px; color: var(--od-fg3); }
.od-pill { align-self: flex-start; font-size: 12px; color: var(--od-success); border: 1px solid var(--od-success); border-radius: 9999px; padding: 0 8px; }
.od-alternative { border-top: 1px solid var(--od-stroke2); padding-top: 8px; }
.od-list { margin: 4px 0; padding-left: 16px; }
.od-notice { display: flex; gap: 8px; align-items: flex-start; padding: 8px 12px; border: 1px solid var(--od-stroke); border-left-width: 4px; border-radius: 4px; background: var(--od-bg3); overflow-wrap: anywhere; }
.od-notice[data-intent="info"] { border-left-color: var(--od-brand); }
.od-notice[data-intent="warning"] { border-left-color: var(--od-warn); }
.od-notice[data-intent="error"] { border-left-color: var(--od-error); }
.od-notice > svg { flex-shrink: 0; font-size: 20px; margin-top: 1px; }
.od-notice-body { display: flex; flex-direction: column; gap: 2px; min-width: 0; }
.od-busy { display: flex; align-items: center; gap: 8px; }
.od-ring { width: 16px; height: 16px; flex-shrink: 0; box-sizing: border-box; border-radius: 50%; border: 2px solid var(--od-stroke2); border-top-color: var(--od-brand); animation: od-spin 1s linear infinite; }
@media (prefers-reduced-motion: reduce) { .od-ring { animation-duration: 3s; } }
@keyframes od-spin { to { transform: rotate(360deg); } }
.od-button { display: inline-flex; align-items: center; gap: 4px; min-height: 24px; padding: 2px 8px; font: inherit; font-size: 12px; color: var(--od-fg); background: transparent; border: 1px solid transparent; border-radius: 4px; cursor: pointer; }
.od-button:hover { background: var(--od-bg3); }
.od-button[data-appearance="secondary"] { border-color: var(--od-stroke); background: var(--od-bg); font-size: 14px; padding: 4px 12px; }
.od-button svg { font-size: 16px; }
.od-button[data-appearance="primary"] { border-color: var(--od-brand); background: var(--od-brand); color: #ffffff; font-size: 14px; font-weight: 600; padding: 4px 12px; }
.od-root[data-theme="dark"] .od-button[data-appearance="primary"] { color: #000000; }
.od-button[data-appearance="primary"]:hover { background: var(--od-brand-hover); }
.od-stack > .od-button, .od-stack > form > .od-button { align-self: flex-start; }
.od-copy-placeholder { visibility: hidden; box-sizing: border-box; }
.od-p0 { margin: 0; }
.od-block { display: block; }
.od-choices { display: flex; flex-direction: column; gap: 4px; }
.od-choice { display: flex; align-items: flex-start; gap: 8px; cursor: pointer; }
.od-choice input { margin: 2px 0 0; width: 16px; height: 16px; flex-shrink: 0; accent-color: var(--od-brand); }
.od-choice-label { overflow-wrap: anywhere; min-width: 0; }
.od-label { font-weight: 600; }
.od-input { box-sizing: border-box; width: 100%; min-height: 32px; padding: 4px 10px; font: inherit; color: var(--od-fg); background: var(--od-bg); border: 1px solid var(--od-stroke); border-bottom-color: var(--od-fg3); border-radius: 4px; }
.od-input::placeholder { color: var(--od-fg3); }
.od-input[aria-invalid="true"] { border-color: var(--od-error); }
.od-field-error { color: var(--od-error); font-size: 12px; line-height: 16px; }
.od-input:focus-visible, .od-choice input:focus-visible { outline: 2px solid var(--od-focus); outline-offset: 1px; }
.od-button:focus-visible, .od-link:focus-visible { outline: 2px solid var(--od-focus); outline-offset: 1px; }
.od-link { color: var(--od-link); text-decoration: underline; }
.od-link:hover { color: var(--od-brand-hover); }
.od-link svg { vertical-align: middle; margin-left: 2px; }
.od-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;

let injected = false;

export function injectPaneStyles(doc: Document = document): void {
  if (injected || doc.getElementById("od-styles")) return;
  const style = doc.createElement("style");
  style.id = "od-styles";
  style.textContent = CSS;
  doc.head.appendChild(style);
  injected = true;
}
