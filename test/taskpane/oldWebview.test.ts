// The old-webview guard as the build makes it from src/taskpane/oldWebview.ts (inlined into taskpane.html),
// run in jsdom with the user agents of the webviews Outlook uses.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "acorn";
import { afterEach, beforeEach, describe, expect, test } from "@jest/globals";
import { buildOldWebviewScript } from "../../scripts/oldWebviewScript.cjs";

const root = join(__dirname, "../..");
const script = buildOldWebviewScript(readFileSync(join(root, "src/taskpane/oldWebview.ts"), "utf8"));

// Outlook 2016 (volume licence) on Windows 10: IE11's Trident in the add-in webview.
const TRIDENT =
  "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16)";
// Outlook 2019 on Windows 10 1903+: EdgeHTML 18.
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";
// Microsoft 365 Outlook: WebView2 (Chromium Edge says "Edg/").
const WEBVIEW2 =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0";
const SAFARI_MAC =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15";

const originalUserAgent = navigator.userAgent;
const originalLanguage = navigator.language;

function setNavigator(userAgent: string, language = "en-US"): void {
  Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
  Object.defineProperty(window.navigator, "language", { value: language, configurable: true });
}

function runGuard(): void {
  // The shipped file is a plain script: run it as the page would, in the window's global scope.
  new Function(script)();
}

beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div><noscript>needs JavaScript</noscript>';
  delete (window as unknown as { __OUTBOX_DOCTOR_OLD_WEBVIEW__?: boolean }).__OUTBOX_DOCTOR_OLD_WEBVIEW__;
});
afterEach(() => setNavigator(originalUserAgent, originalLanguage));

describe("the shipped script parses in Trident", () => {
  test("ES5 only: acorn parses it as an ECMAScript 5 script", () => {
    expect(() => parse(script, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  });

  test("no module wrapper, no arrow functions, no let/const, no template strings", () => {
    expect(script).not.toMatch(/=>|\blet\b|\bconst\b|`|\bexports\b|\brequire\(|\bimport\b/);
  });
});

describe("old webviews get a plain message with the standalone address", () => {
  test.each([
    ["Trident (Outlook 2016)", TRIDENT],
    ["EdgeHTML (Outlook 2019)", EDGE_HTML],
  ])("%s", (_name, userAgent) => {
    setNavigator(userAgent);
    runGuard();
    const message = document.querySelector('[data-testid="old-webview"]');
    expect(message).not.toBeNull();
    expect(message?.querySelector("h1")?.textContent).toBe(
      "This version of Outlook cannot show Outbox Doctor",
    );
    const link = message?.querySelector("a");
    const standalone = `${location.protocol}//${location.host}${location.pathname}`;
    expect(link?.getAttribute("href")).toBe(standalone);
    expect(link?.textContent).toBe(standalone);
    expect(link?.getAttribute("rel")).toBe("noopener noreferrer");
    // The pane's root stays (a bundle that parses finds it) but is hidden.
    const rootElement = document.getElementById("root");
    expect(rootElement?.hasAttribute("hidden")).toBe(true);
    expect(
      (window as unknown as { __OUTBOX_DOCTOR_OLD_WEBVIEW__?: boolean }).__OUTBOX_DOCTOR_OLD_WEBVIEW__,
    ).toBe(true);
  });

  test("in German when the webview's language is German", () => {
    setNavigator(TRIDENT, "de-DE");
    runGuard();
    expect(document.querySelector("h1")?.textContent).toBe(
      "Diese Outlook-Version kann Outbox Doctor nicht anzeigen",
    );
    expect(document.documentElement.getAttribute("lang")).toBe("de");
    expect(document.body.textContent).not.toMatch(/\b(the|your|this|open)\b/i);
  });
});

describe("current browsers and webviews are left alone", () => {
  test.each([
    ["WebView2 (Chromium Edge, Edg/)", WEBVIEW2],
    ["Safari (Outlook for Mac)", SAFARI_MAC],
    ["jsdom", originalUserAgent],
  ])("%s", (_name, userAgent) => {
    setNavigator(userAgent);
    const before = document.body.innerHTML;
    runGuard();
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('[data-testid="old-webview"]')).toBeNull();
  });
});
