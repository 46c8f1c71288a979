// The pane page's inline scripts (today two, both ES3/ES5: the localStorage
// warm-up after office.js, src/taskpane/taskpane.html, and the old-webview
// guard, which must run where the bundle cannot parse; webpack.config.js). The pane's CSP
// allows exactly those scripts by their SHA-256, read from the taskpane.html
// the server serves, so no other inline script can run there.
import { createHash } from "node:crypto";

// The content of a <script> element without src. The build escapes "</script"
// inside scripts, so the first "</script" ends the element, as in the browser.
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SRC_ATTRIBUTE = /(?:^|\s)src\s*=/i;

/** The inline scripts of an HTML page, as the browser hashes them (the text between the tags, unchanged). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)]
    .filter((match) => !SRC_ATTRIBUTE.test(match[1] ?? ""))
    .map((match) => match[2] ?? "");
}

/** CSP hash sources ('sha256-…') for every inline script of the page, each once, in page order. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = inlineScripts(html).map(
    (script) => `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`,
  );
  return [...new Set(hashes)];
}
