// Entry point of the task pane: the start-up script taskpane.html loads
// (with the webpack runtime, shipped together as one file by the build). No
// React, no Fluent, and of the provider database only the global providers
// (startupLookup.ts).
//
// The script is async and comes before office.js in the page, so it runs as
// soon as it arrives, before or after office.js, and does not wait for the
// page to finish parsing. It asks Office for the mailbox as soon as office.js
// has run (officeStart.ts, evaluated before the other modules), and finds the
// root element when the parser has made it (rootElement).
//
// Evaluating React alone takes longer on a modest machine than Outlook takes
// to answer (docs/taskpane.md, "Bundle budget and speed"), so the settings are
// painted before React loads: when Outlook answers within FIRST_PAINT_WAIT_MS
// of office.js with a mailbox the embedded database knows, this script paints
// the first screen with DOM APIs (firstPaint.ts) from the controller's own
// state. Then it loads the React pane ("app" chunk) and the whole provider
// database ("lookup" chunk); React starts from that same state, with the
// whole database, and replaces the first paint in its first commit. When Outlook
// is slower, or there is none, React loads at once and its controller
// handles everything (late host, never giving up, the address form).

// First: it starts the Office handshake before the other modules evaluate.
import { officeLoaded, session, startedAt as bootStartedAt } from "./officeStart.js";
import { loadLanguage, pickLang } from "../core/language.js";
import { createDeviceMemory } from "./deviceMemory.js";
import { firstScreen, type FirstScreen } from "./firstScreen.js";
import { paintFirstScreen } from "./firstPaint.js";
import { en } from "./i18n/en.js";
import { loadPaneStrings, type PaneStrings } from "./i18n/paneStrings.js";
import { startWithOffice, type BrowserFacts, type PaneInit, type PaneStart } from "./paneController.js";
import { withFirstPaintLookup, withWholeDatabase } from "./firstPaintLookup.js";
import { loadSettingsLookup } from "./settingsLookupChunk.js";
import { startupLookup } from "./startupLookup.js";

/**
 * How long to wait for Outlook, after office.js has run, before loading React without a first paint.
 * About what fetching and evaluating React takes here: a host answering
 * later would meet React ready anyway, and a longer wait would only delay the
 * "Connecting…" line and the address form for a slow host.
 */
export const FIRST_PAINT_WAIT_MS = 200;

function browserFacts(): BrowserFacts {
  const prefersDark =
    typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
  return { language: navigator.language, prefersDark, userAgent: navigator.userAgent };
}

function delay(ms: number): Promise<null> {
  return new Promise((resolve) => setTimeout(() => resolve(null), ms));
}

/** Resolves once the browser has had a chance to show what was painted (rAF may never fire in a hidden pane). */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(done, 0));
    setTimeout(done, 100);
  });
}

/** The pane's strings in `lang`, and the core's texts; a German Outlook never sees English first. */
async function textsFor(lang: ReturnType<typeof pickLang>): Promise<PaneStrings> {
  if (lang === "en") return en;
  const [strings] = await Promise.all([loadPaneStrings(lang), loadLanguage(lang)]);
  return strings;
}

interface Prepared {
  start: PaneStart;
  screen: FirstScreen | null;
}

/** Outlook's answer within the wait, turned into the controller's state and the first screen; null otherwise. */
async function prepare(browser: BrowserFacts): Promise<Prepared | null> {
  // Read while Office is still on its way.
  const memory = createDeviceMemory();
  const recent = memory.recentAddresses();
  const remembered = memory.answers();
  const answered = await Promise.race([session, officeLoaded.then(() => delay(FIRST_PAINT_WAIT_MS))]);
  if (answered?.kind !== "office") return null;
  const t = await textsFor(pickLang(answered.context.language));
  const init: PaneInit = { browser, recent, remembered };
  return withFirstPaintLookup(startupLookup, loadSettingsLookup, (lookup) => {
    const start = startWithOffice(init, lookup, answered, Date.now());
    return { start, screen: firstScreen(start.state, t) };
  });
}

/**
 * The pane's root element. The start-up script is async in <head>, so it can
 * run before the parser has reached <body>: then the element comes with the
 * rest of the page.
 */
function rootElement(): Promise<HTMLElement | null> {
  const root = document.getElementById("root");
  if (root || document.readyState !== "loading") return Promise.resolve(root);
  return new Promise((resolve) => {
    document.addEventListener("DOMContentLoaded", () => resolve(document.getElementById("root")), {
      once: true,
    });
  });
}

async function boot(): Promise<void> {
  const browser = browserFacts();
  // Anything failing here (a chunk that cannot load) leaves the first paint out; React handles it.
  const prepared = await prepare(browser).catch(() => null);
  const container = await rootElement();
  if (!container) return;
  if (prepared?.screen) {
    const office = prepared.start.office;
    try {
      paintFirstScreen(
        container,
        prepared.screen,
        office.canOpenBrowserWindow ? office.openBrowserWindow : null,
      );
      await afterNextFrame();
    } catch {
      // A first paint that fails must not keep React away: its first commit replaces whatever is there.
    }
  }
  const appLoading = import(/* webpackChunkName: "app" */ "./paneApp.js");
  // Awaited below; this keeps a failed chunk from being reported as unhandled meanwhile.
  appLoading.catch(() => undefined);
  // Without the whole database React starts over (and loads it itself): never with the start-up lookup.
  const start = prepared ? await withWholeDatabase(prepared.start, loadSettingsLookup) : null;
  const app = await appLoading;
  app.mountPane(container, {
    session,
    browser,
    start,
    waitedForOfficeMs: performance.now() - bootStartedAt,
  });
}

void boot();
