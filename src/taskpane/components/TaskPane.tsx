// The task pane's layout. State and requests live in the controller
// (paneController.ts, run by usePaneController.ts); this file only places the
// sections and wires their events to the controller. Settings come from the
// core resolver at once (no network), so they show as soon as Outlook has
// told us the address; everything the server adds arrives later and is optional.

import { Suspense, lazy, useEffect, useMemo, useState } from "react";
import { isLanguageLoaded, loadLanguage, type Lang } from "../../core/language.js";
import { accountGuidance, microsoft365MxEndpoint } from "../accountGuidance.js";
import { createServerApi, type ServerApi } from "../api/serverApi.js";
import { createDeviceMemory, type DeviceMemory } from "../deviceMemory.js";
import { en } from "../i18n/en.js";
import { loadPaneStrings, paneStringsFor, type PaneStrings } from "../i18n/paneStrings.js";
import type { HostSession } from "../office/officeHost.js";
import {
  type PaneAction,
  accountOptions,
  checklistContext,
  currentAccount,
  currentVerify,
  discoveryState,
  domainState,
  officeContext,
  paneLang,
  type PaneStart,
  showAddressForm,
  shownSettings,
  type PaneState,
} from "../paneController.js";
import { needsVerifyFirst } from "../settingsView.js";
import { isDarkBackground } from "../themeChoice.js";
import { usePaneController } from "../usePaneController.js";
import { accountChooserView } from "../accountChooserView.js";
import { AccountChooser, SharedMailboxNotice } from "./AccountChooser.js";
import { AccountGuidance } from "./AccountGuidance.js";
import { AnnouncerProvider } from "./Announcer.js";
import { BrowserWindowOpenerProvider } from "./ExternalLink.js";
import { injectPaneStyles } from "../paneStyles.js";
import { PaneHeader } from "./PaneHeader.js";
import { Busy, Notice } from "./Notice.js";
import { IncomingSettings, ServerSettings } from "./ServerSettings.js";

// Everything but the first screen loads after the first paint, inside one Fluent scope,
// to keep the start-up JavaScript small.
const loadFluentScope = () => import(/* webpackChunkName: "fluent" */ "./FluentScope.js");
const loadAddressForm = () => import(/* webpackChunkName: "address" */ "./AddressForm.js");
const loadExplainer = () => import(/* webpackChunkName: "explainer" */ "./ExplainerSection.js");
const loadDiagnostics = () => import(/* webpackChunkName: "diagnostics" */ "./DiagnosticsSection.js");
const FluentScope = lazy(loadFluentScope);
const AddressForm = lazy(loadAddressForm);
const BounceSection = lazy(() => import(/* webpackChunkName: "bounce" */ "./BounceSection.js"));
const SetupSection = lazy(() => import(/* webpackChunkName: "setup" */ "./SetupSection.js"));
const VerifySection = lazy(() => import(/* webpackChunkName: "verify" */ "./VerifySection.js"));
const ChecklistSection = lazy(() => import(/* webpackChunkName: "checklist" */ "./ChecklistSection.js"));
const ExplainerSection = lazy(loadExplainer);
const DiagnosticsSection = lazy(loadDiagnostics);

/**
 * Fetches, all at once, the chunks of the screen shown while Outlook keeps
 * us waiting (address form, explainer, diagnostics, and Fluent under them).
 * Left to React.lazy they would load one after another as each suspends,
 * and the last of them would still be rendering when a host answering after
 * about two seconds wants the settings shown (docs/taskpane.md).
 */
function preloadWaitingScreen(): void {
  for (const load of [loadFluentScope, loadAddressForm, loadExplainer, loadDiagnostics]) {
    load().catch(() => undefined); // a chunk that fails here fails again, visibly, where it renders
  }
}

/** What the browser says, for standalone mode (Outlook's own values win inside Outlook). */
export interface BrowserEnvironment {
  language?: string;
  prefersDark?: boolean;
  userAgent?: string;
}

export interface TaskPaneProps {
  session: Promise<HostSession>;
  api?: ServerApi;
  memory?: DeviceMemory;
  browser?: BrowserEnvironment;
  /** Outlook already answered and the first screen was painted from this state (boot.ts). */
  start?: PaneStart | null;
  /** How long the page waited for Outlook before React loaded (counts towards the controller's patience). */
  waitedForOfficeMs?: number;
}

/**
 * The pane's and the core's texts in `lang`. English is built in; German is
 * two chunks (pane strings, core texts) fetched once the language is known.
 * The pane waits for them rather than flash English; if they cannot load, it
 * shows English.
 */
function usePaneTexts(lang: Lang): { t: PaneStrings | null; coreReady: boolean } {
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (paneStringsFor(lang) && isLanguageLoaded(lang)) return undefined;
    let live = true;
    const settle = () => {
      if (live) setLoaded((count) => count + 1);
    };
    void loadPaneStrings(lang).then(settle, settle);
    void loadLanguage(lang).then(settle, settle);
    return () => {
      live = false;
    };
  }, [lang]);
  const t = paneStringsFor(lang);
  return { t, coreReady: isLanguageLoaded(lang) };
}

function formatTime(at: number, lang: Lang): string {
  return new Date(at).toLocaleString(lang === "de" ? "de-DE" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  });
}

function DiscoveryStatus({ state, t, onRetry }: { state: PaneState; t: PaneStrings; onRetry(): void }) {
  const request = discoveryState(state);
  if (!request || request.status === "ok") return null;
  if (request.status === "loading") {
    return (
      <Busy
        label={request.slow ? t.lookupSlow : t.lookupRunning}
        testId="lookup-status"
        status={request.slow ? "slow" : "loading"}
      />
    );
  }
  const message =
    request.status === "unreachable"
      ? t.lookupUnreachable
      : request.status === "no-answer"
        ? t.lookupNoAnswer(Math.round(request.waitedMs / 1000))
        : t.lookupRejected(request.message);
  return (
    <Notice intent="warning" testId="lookup-status" status={request.status}>
      {message}
      <div>
        <button type="button" className="od-button" data-appearance="secondary" onClick={onRetry}>
          {t.retry}
        </button>
      </div>
    </Notice>
  );
}

export function TaskPane({
  session,
  api,
  memory,
  browser = {},
  start = null,
  waitedForOfficeMs = 0,
}: TaskPaneProps) {
  injectPaneStyles();
  const deps = useMemo(
    () => ({
      session,
      api: api ?? createServerApi(),
      memory: memory ?? createDeviceMemory(),
      browser: { ...browser, prefersDark: browser.prefersDark === true },
      start,
      waitedForOfficeMs,
    }),
    // One controller per session: later prop changes do not restart it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [session],
  );
  const { state, dispatch, openBrowserWindow } = usePaneController(deps);
  const waitingAtMount = state.host.kind === "waiting";
  useEffect(() => {
    if (waitingAtMount) preloadWaitingScreen();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- once, at mount
  const lang = paneLang(state);
  const texts = usePaneTexts(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const context = officeContext(state);
  const dark =
    state.host.kind === "office" ? isDarkBackground(state.themeBackground) : browser.prefersDark === true;

  const account = currentAccount(state);
  const shown = shownSettings(state);
  const settings = shown?.settings ?? null;
  const domain = domainState(state);
  const domainReport = domain?.status === "ok" ? domain.value : null;

  // German waits for its strings (a small chunk); English never waits.
  const t = texts.t ?? (lang === "en" ? en : null);
  if (!t) {
    return <div className="od-root" data-theme={dark ? "dark" : "light"} aria-busy="true" />;
  }

  const guidance = settings
    ? accountGuidance(settings, context && account?.source === "mailbox" ? context.accountType : undefined)
    : null;
  const fromDiffers =
    account?.source === "from" && context ? { from: account.address, mailbox: context.emailAddress } : null;
  const waiting = state.host.kind === "waiting" ? state.host : null;

  return (
    <div className="od-root" data-theme={dark ? "dark" : "light"}>
      <BrowserWindowOpenerProvider value={openBrowserWindow}>
        <AnnouncerProvider>
          <main className="od-main">
            <PaneHeader t={t} address={account?.address ?? settings?.email ?? null} settings={settings} />

            {waiting && !waiting.patienceOver && !settings ? (
              <Busy label={t.connecting} testId="connecting" />
            ) : null}

            {shown?.origin === "previous-visit" && shown.at !== undefined ? (
              <Notice intent="info" testId="previous-visit">
                {t.previousVisit(formatTime(shown.at, lang))}
              </Notice>
            ) : null}

            {state.bounce.status !== "none" ? (
              <Suspense fallback={null}>
                <FluentScope dark={dark}>
                  <BounceSection t={t} lang={lang} bounce={state.bounce} />
                </FluentScope>
              </Suspense>
            ) : null}

            {showAddressForm(state) && state.host.kind !== "office" ? (
              <>
                <Notice intent="info" testId="host-notice">
                  {state.host.kind === "waiting"
                    ? t.waitingForOutlook
                    : state.host.reason === "no-host"
                      ? `${t.standaloneNotice} ${t.standaloneNoHost}`
                      : t.standaloneNotice}
                </Notice>
                <Suspense fallback={null}>
                  <FluentScope dark={dark}>
                    <AddressForm
                      t={t}
                      initial={state.chosen?.source === "typed" ? state.chosen.address : ""}
                      error={state.typedError}
                      onSubmit={(address) => dispatch({ type: "address-typed", address })}
                    />
                  </FluentScope>
                </Suspense>
              </>
            ) : null}

            {state.host.kind === "office" && !account ? (
              <Notice intent="info" testId="address-missing">
                {t.addressMissing}
              </Notice>
            ) : null}
            {/* Not lazy: it is in the first paint too, so nothing below it moves when it arrives. */}
            {state.host.kind === "office" ? (
              <AccountChooser
                t={t}
                view={accountChooserView(accountOptions(state), account, t)}
                typedError={state.typedError}
                onChoose={(option) => dispatch({ type: "account-chosen", option })}
                onType={(address) => dispatch({ type: "address-typed", address })}
                onForget={() => dispatch({ type: "forget-device-data" })}
              />
            ) : null}
            {state.host.kind === "office" && state.shared ? (
              <Notice intent="info">
                <SharedMailboxNotice t={t} shared={state.shared} />
              </Notice>
            ) : null}

            {fromDiffers ? (
              <Notice intent="info" testId="from-differs" title={t.fromDiffersTitle}>
                {t.fromDiffers(fromDiffers.from, fromDiffers.mailbox)} {t.fromDiffersWhy}
              </Notice>
            ) : null}

            <DiscoveryStatus
              state={state}
              t={t}
              onRetry={() => dispatch({ type: "retry", now: Date.now() })}
            />
            {shown?.origin === "last-good" && shown.at !== undefined ? (
              <Notice intent="info" testId="last-good">
                {t.lastGoodAnswer(formatTime(shown.at, lang))}
              </Notice>
            ) : null}

            {settings && settings.servers.length === 0 && discoveryState(state)?.status !== "loading" ? (
              <Notice intent="warning">{t.nothingFound(settings.domain)}</Notice>
            ) : null}
            {settings && needsVerifyFirst(settings) ? (
              <Notice intent="warning">{t.unverifiedSource}</Notice>
            ) : null}

            {settings && guidance && state.lookup ? (
              <AccountGuidance
                t={t}
                lang={lang}
                factDate={state.lookup.factDate}
                kind={guidance}
                mxEndpoint={microsoft365MxEndpoint(domainReport)}
              />
            ) : null}

            {settings ? <ServerSettings settings={settings} t={t} /> : null}
            {settings && settings.servers.length > 0 ? <IncomingSettings settings={settings} t={t} /> : null}

            <LaterSections
              state={state}
              t={t}
              lang={lang}
              dark={dark}
              coreReady={texts.coreReady}
              serverOrigin={deps.api.origin}
              dispatch={dispatch}
            />
          </main>
        </AnnouncerProvider>
      </BrowserWindowOpenerProvider>
    </div>
  );
}

/**
 * False until a task after `ready` first turned true, then true for good. The
 * set-up, verify and checklist sections start loading their chunks when they
 * first render; this keeps that (a script element per chunk, then Fluent's
 * first render) out of the render that first shows the settings, which must
 * come within 30 ms of a late Outlook's answer (docs/taskpane.md).
 */
function useNextTask(ready: boolean): boolean {
  const [passed, setPassed] = useState(false);
  useEffect(() => {
    if (!ready || passed) return undefined;
    const timer = setTimeout(() => setPassed(true), 0);
    return () => clearTimeout(timer);
  }, [ready, passed]);
  return ready && passed;
}

interface LaterSectionsProps {
  state: PaneState;
  t: PaneStrings;
  lang: Lang;
  dark: boolean;
  coreReady: boolean;
  serverOrigin: string;
  dispatch(action: PaneAction): void;
}

/**
 * Set-up steps, verify, checklist, explainer and diagnostics: everything below
 * the settings. Its own component so that the checklist input is derived here,
 * next to the sections that use it, and not in the layout.
 */
function LaterSections({ state, t, lang, dark, coreReady, serverOrigin, dispatch }: LaterSectionsProps) {
  const context = officeContext(state);
  const account = currentAccount(state);
  const shown = shownSettings(state);
  const settings = shown?.settings ?? null;
  const setupAfterSettings = useNextTask(settings !== null);
  const domain = domainState(state);
  const domainReport = domain?.status === "ok" ? domain.value : null;
  const verify = currentVerify(state);
  const checklistInput = useMemo(
    () =>
      settings
        ? {
            settings,
            context: checklistContext(state, account),
            verify: verify.status === "done" ? verify.report : null,
            domain: domainReport,
            ...(verify.status === "done" ? { now: new Date(verify.at) } : {}),
          }
        : null,
    // The checklist depends on these only; `state` changes on every action.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [settings, context, account?.address, account?.source, verify, domainReport],
  );
  return (
    <>
      {settings && checklistInput && coreReady && setupAfterSettings && shown?.origin !== "previous-visit" ? (
        <Suspense fallback={null}>
          <FluentScope dark={dark}>
            <SetupSection t={t} lang={lang} settings={settings} detectedClient={context?.client} />
            {settings.servers.length > 0 ? (
              <VerifySection
                key={settings.email}
                t={t}
                servers={settings.servers}
                state={verify}
                onVerify={(server) => dispatch({ type: "verify-requested", server, now: Date.now() })}
              />
            ) : null}
            <ChecklistSection t={t} lang={lang} input={checklistInput} />
          </FluentScope>
        </Suspense>
      ) : null}

      {state.host.kind !== "waiting" || state.host.patienceOver ? (
        <Suspense fallback={null}>
          <FluentScope dark={dark}>
            <ExplainerSection t={t} lang={lang} />
            <DiagnosticsSection
              t={t}
              lang={lang}
              checklistInput={checklistInput}
              onOpen={() => dispatch({ type: "diagnostics-opened", now: Date.now() })}
              facts={{
                host: state.host.kind === "office" ? state.host.office.diagnostics : null,
                mode: context?.mode ?? "standalone",
                accountType: context?.accountType ?? null,
                userAgent: state.browser.userAgent ?? null,
                serverOrigin,
                health: state.health,
                addressInUse: account?.address ?? null,
                settings,
                verify,
              }}
            />
          </FluentScope>
        </Suspense>
      ) : null}
    </>
  );
}
