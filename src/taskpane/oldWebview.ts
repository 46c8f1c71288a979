// The old-webview guard: volume-licensed Outlook 2016/2019 shows add-ins in Internet Explorer's
// Trident or in EdgeHTML, which cannot parse the pane's bundle, so the pane would stay blank. This
// tiny script, in those webviews only, replaces the page with a plain message and the standalone
// address of the pane (which works in any current browser).
//
// Built on its own by scripts/oldWebviewScript.cjs and inlined at the end of taskpane.html's <body>
// (webpack.config.js, StartUpScriptPlugin): TypeScript down to ES5 with no module wrapper (let/const
// and arrows become var and functions), because Trident has to parse it. No newer library calls in
// here (no startsWith, includes, fetch...): ES5 syntax does not polyfill them. The server's CSP allows
// it by its hash (src/server/inlineScripts.ts).
(function guardOldWebview(win: Window): void {
  const userAgent = String(win.navigator.userAgent || "");
  // Trident/ = Internet Explorer's engine; Edge/12-18 = EdgeHTML (Chromium Edge says "Edg/").
  if (!/Trident\/|\bEdge\/1\d\./.test(userAgent)) return;

  const doc = win.document;
  const nav = win.navigator as Navigator & { userLanguage?: string; browserLanguage?: string };
  const language = String(nav.language || nav.userLanguage || nav.browserLanguage || "en").toLowerCase();
  const german = language.indexOf("de") === 0;
  const standaloneUrl = win.location.protocol + "//" + win.location.host + win.location.pathname;

  const heading = german
    ? "Diese Outlook-Version kann Outbox Doctor nicht anzeigen"
    : "This version of Outlook cannot show Outbox Doctor";
  const explanation = german
    ? "Ihr Outlook zeigt Add-ins mit einem veralteten Browser-Modul (Internet Explorer oder die alte Edge-Version) an. Öffnen Sie Outbox Doctor stattdessen in einem aktuellen Browser:"
    : "Your Outlook shows add-ins with an outdated browser engine (Internet Explorer or the old Edge). Open Outbox Doctor in a current browser instead:";
  const hint = german
    ? "Geben Sie dort Ihre E-Mail-Adresse ein, um die richtigen Einstellungen für den Postausgangsserver zu sehen."
    : "Type your email address there to see the right outgoing server settings.";

  function element(tag: string, text: string): HTMLElement {
    const node = doc.createElement(tag);
    node.textContent = text;
    return node;
  }

  const body = doc.body;
  if (!body) return;
  // Hide what is there rather than remove it: a bundle that does parse (a test browser posing as
  // an old webview) still finds its root element and renders nothing visible.
  for (let i = 0; i < body.children.length; i++) {
    const child = body.children[i] as HTMLElement;
    child.setAttribute("hidden", "hidden");
    child.style.display = "none";
  }
  const main = doc.createElement("main");
  main.setAttribute("data-testid", "old-webview");
  main.appendChild(element("h1", heading));
  main.appendChild(element("p", explanation));
  const link = element("a", standaloneUrl) as HTMLAnchorElement;
  link.href = standaloneUrl;
  link.target = "_blank";
  link.rel = "noopener noreferrer";
  const linkLine = doc.createElement("p");
  linkLine.appendChild(link);
  main.appendChild(linkLine);
  main.appendChild(element("p", hint));
  body.appendChild(main);
  doc.documentElement.setAttribute("lang", german ? "de" : "en");
  // Lets the main bundle (where a webview can parse it at all) know the message is showing.
  (win as Window & { __OUTBOX_DOCTOR_OLD_WEBVIEW__?: boolean }).__OUTBOX_DOCTOR_OLD_WEBVIEW__ = true;
})(window);
