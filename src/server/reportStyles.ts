// The report page's stylesheet, served as /report.css so the page's CSP can
// forbid inline style. Mobile first: it fits a 320 px task-pane frame without
// horizontal scrolling (long host names, fingerprints and SMTP replies wrap).
// Status is always written as text too; colour only repeats it.

export const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --fg: #1b1b1b;
  --bg: #ffffff;
  --muted: #595959;
  --line: #d1d1d1;
  --panel: #f5f5f5;
  --link: #0f5cc0;
  --pass: #0e700e;
  --info: #115ea3;
  --warn: #8a4b00;
  --fail: #b10e1c;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #f0f0f0;
    --bg: #1f1f1f;
    --muted: #b8b8b8;
    --line: #4a4a4a;
    --panel: #2a2a2a;
    --link: #8cbdff;
    --pass: #7ad67a;
    --info: #8cc7ff;
    --warn: #ffc46b;
    --fail: #ff8f8f;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  padding: 1rem;
  font-family: "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif;
  font-size: 1rem;
  line-height: 1.5;
  color: var(--fg);
  background: var(--bg);
  overflow-wrap: anywhere;
}
main, header, footer { max-width: 52rem; margin: 0 auto; }
a { color: var(--link); }
a:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
h1 { font-size: 1.5rem; line-height: 1.25; margin: 0.25rem 0 1rem; }
h2 { font-size: 1.2rem; margin: 1.75rem 0 0.5rem; border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; }
h3 { font-size: 1rem; margin: 0 0 0.25rem; }
.brand { margin: 0; color: var(--muted); font-size: 0.875rem; letter-spacing: 0.02em; }
.token, code, pre { font-family: Consolas, "SFMono-Regular", Menlo, monospace; font-size: 0.9em; }
pre {
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  word-break: break-word;
  background: var(--panel);
  border: 1px solid var(--line);
  border-radius: 4px;
  padding: 0.5rem 0.75rem;
  margin: 0.25rem 0;
}
dl.facts { display: grid; grid-template-columns: minmax(6rem, max-content) 1fr; gap: 0.25rem 1rem; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; min-width: 0; }
@media (max-width: 30rem) {
  dl.facts { grid-template-columns: 1fr; gap: 0; }
  dl.facts dd { margin-bottom: 0.5rem; }
}
.verdict { font-weight: 600; font-size: 1.1rem; padding: 0.75rem 1rem; border-radius: 4px; border: 2px solid; margin: 0 0 1rem; }
.verdict-pass { border-color: var(--pass); }
.verdict-warn { border-color: var(--warn); }
.verdict-fail { border-color: var(--fail); }
.badge {
  display: inline-block;
  min-width: 4.5rem;
  text-align: center;
  font-size: 0.75rem;
  font-weight: 700;
  letter-spacing: 0.04em;
  padding: 0.1rem 0.4rem;
  border-radius: 3px;
  border: 1px solid currentColor;
  margin-right: 0.5rem;
  vertical-align: 0.1em;
}
.badge-pass { color: var(--pass); }
.badge-info { color: var(--info); }
.badge-warn { color: var(--warn); }
.badge-fail { color: var(--fail); }
ul.findings, ol.steps, ul.plain { list-style: none; padding: 0; margin: 0; }
ul.findings > li { border: 1px solid var(--line); border-left-width: 4px; border-radius: 4px; padding: 0.75rem; margin: 0 0 0.75rem; }
ul.findings > li.sev-pass { border-left-color: var(--pass); }
ul.findings > li.sev-info { border-left-color: var(--info); }
ul.findings > li.sev-warn { border-left-color: var(--warn); }
ul.findings > li.sev-fail { border-left-color: var(--fail); }
ul.findings p { margin: 0.35rem 0 0; }
.label { font-weight: 600; }
ol.steps > li { display: grid; grid-template-columns: 1fr auto; gap: 0 1rem; padding: 0.4rem 0; border-bottom: 1px solid var(--line); }
ol.steps .step-detail { grid-column: 1 / -1; color: var(--muted); font-size: 0.9rem; }
ol.steps .ms { font-variant-numeric: tabular-nums; color: var(--muted); }
ul.plain > li { padding: 0.1rem 0; }
table.survey { width: 100%; border-collapse: collapse; }
table.survey th, table.survey td { text-align: left; vertical-align: top; padding: 0.5rem; border-bottom: 1px solid var(--line); }
/* "anywhere" would let the table squeeze a port number onto two lines. */
table.survey td { overflow-wrap: break-word; }
table.survey caption { text-align: left; color: var(--muted); padding-bottom: 0.5rem; }
@media (max-width: 36rem) {
  table.survey thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  table.survey, table.survey caption, table.survey tbody, table.survey tr, table.survey td { display: block; width: 100%; }
  table.survey tr { border: 1px solid var(--line); border-radius: 4px; margin-bottom: 0.75rem; }
  table.survey td { border-bottom: 0; padding: 0.25rem 0.75rem; }
  table.survey td::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
}
.muted { color: var(--muted); }
/* The /verify page: the check runs only when this button is pressed. */
.check-form label { font-weight: 600; }
.check-form input, .check-form select {
  font: inherit;
  width: 100%;
  max-width: 28rem;
  padding: 0.4rem 0.5rem;
  color: var(--fg);
  background: var(--bg);
  border: 1px solid var(--muted);
  border-radius: 4px;
}
.check-form button {
  font: inherit;
  font-weight: 600;
  padding: 0.5rem 1.25rem;
  color: var(--bg);
  background: var(--link);
  border: 2px solid var(--link);
  border-radius: 4px;
  cursor: pointer;
}
.check-form input:focus-visible, .check-form select:focus-visible, .check-form button:focus-visible {
  outline: 2px solid var(--link);
  outline-offset: 2px;
}
footer { margin-top: 2rem; padding-top: 0.75rem; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.9rem; }
footer p { margin: 0.25rem 0; }
`;
