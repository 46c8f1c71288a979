// Output escaping for the server-rendered pages. Every value that came from a
// probed server or from the query goes through here: the five characters that
// can end a text node or an attribute value in HTML5 are replaced.

const HTML_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch] ?? ch);
}
