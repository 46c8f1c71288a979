// The task pane. It owns the state (host session, address, settings, server
// answers) and the requests; the sections below only render it and raise
// events. Settings come from the core resolver at once (no network), so they
// show as soon as Outlook has told us the address; everything the server adds
// (discovery, domain report, verify) arrives later and is optional.

import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStaticStyles,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { isLanguageLoaded, loadLanguage, pickLang, type Lang } from "../../core/language.js";
import type { DomainReport, MailboxContext, Server, Settings } from "../../core/types.js";
import { accountGuidance, microsoft365MxEndpoint } from "../accountGuidance.js";
import { chooseAddress, contextForAddress, type AddressInUse } from "../addressInUse.js";
import { createServerApi, verifyReportUrl, type ApiResult, type ServerApi } from "../api/serverApi.js";
import { paneStringsFor } from "../i18n/paneStrings.js";
import type { HostSession } from "../office/officeHost.js";
import { loadSettingsLookup, type SettingsLookup } from "../settingsLookupChunk.js";
import { needsVerifyFirst } from "../settingsView.js";
import { isDarkBackground } from "../themeChoice.js";
import type { VerifyState } from "../verifyProgress.js";
import { AccountGuidance } from "./AccountGuidance.js";
import { AnnouncerProvider } from "./Announcer.js";
import { BrowserWindowOpenerProvider } from "./ExternalLink.js";
import { PaneHeader } from "./PaneHeader.js";
import { ServerSettings } from "./ServerSettings.js";

// Everything but the settings card loads after the first paint, to keep the initial bundle small.
const AddressForm = lazy(() => import(/* webpackChunkName: "address" */ "./AddressForm.js"));
const SetupSection = lazy(() => import(/* webpackChunkName: "setup" */ "./SetupSection.js"));
const VerifySection = lazy(() => import(/* webpackChunkName: "verify" */ "./VerifySection.js"));
const ChecklistSection = lazy(() => import(/* webpackChunkName: "checklist" */ "./ChecklistSection.js"));
const ExplainerSection = lazy(() => import(/* webpackChunkName: "explainer" */ "./ExplainerSection.js"));
const DiagnosticsSection = lazy(
  () => import(/* webpackChunkName: "diagnostics" */ "./DiagnosticsSection.js"),
);

const usePageStyles = makeStaticStyles({
  body: { margin: 0 },
});

const useStyles = makeStyles({
  root: { minHeight: "100vh" },
  main: {
    boxSizing: "border-box",
    maxWidth: "640px",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    overflowWrap: "anywhere",
  },
});

/** What the browser says, for standalone mode (Outlook's own values win inside Outlook). */
export interface BrowserEnvironment {
  language?: string;
  prefersDark?: boolean;
}

export interface TaskPaneProps {
  session: Promise<HostSession>;
  api?: ServerApi;
  browser?: BrowserEnvironment;
}

type Lookup<T> = { key: string; result: ApiResult<T> | "loading" };

const DEFAULT_API = createServerApi();

function typedChoice(address: string): AddressInUse {
  return { address, mailbox: address, reason: "mailbox" };
}

/**
 * Whether the core's texts (setup steps, checklist) are there in `lang`.
 * English is built in; another language is its own chunk, fetched once the
 * language is known. The sections that show core texts wait for it rather
 * than flash English first; if it cannot load, they show English.
 */
function useCoreTexts(lang: Lang): boolean {
  const [settled, setSettled] = useState<Lang | null>(null);
  useEffect(() => {
    if (isLanguageLoaded(lang)) return undefined;
    let live = true;
    const settle = () => {
      if (live) setSettled(lang);
    };
    void loadLanguage(lang).then(settle, settle);
    return () => {
      live = false;
    };
  }, [lang]);
  return settled === lang || isLanguageLoaded(lang);
}

export function TaskPane({ session: sessionPromise, api = DEFAULT_API, browser = {} }: TaskPaneProps) {
  usePageStyles();
  const styles = useStyles();
  const [session, setSession] = useState<HostSession | null>(null);
  const [lookup, setLookup] = useState<SettingsLookup | null>(null);
  const [context, setContext] = useState<MailboxContext | null>(null);
  const [typedAddress, setTypedAddress] = useState<string | null>(null);
  const [discovery, setDiscovery] = useState<Lookup<Settings> | null>(null);
  const [domainLookup, setDomainLookup] = useState<Lookup<DomainReport> | null>(null);
  const [verify, setVerify] = useState<{ key: string; state: VerifyState; receivedAt?: Date }>({
    key: "",
    state: { status: "idle" },
  });
  const verifyRun = useRef(0);

  useEffect(() => {
    let live = true;
    void sessionPromise.then((connected) => {
      if (!live) return;
      setSession(connected);
      if (connected.kind === "office") setContext(connected.context);
    });
    return () => {
      live = false;
    };
  }, [sessionPromise]);

  useEffect(() => {
    let live = true;
    void loadSettingsLookup().then((loaded) => {
      if (live) setLookup(loaded);
    });
    return () => {
      live = false;
    };
  }, []);

  // When the pane is pinned, a new selection or a new compose window may change the From address.
  useEffect(() => {
    if (session?.kind !== "office") return undefined;
    let live = true;
    const unsubscribe = session.onItemChanged(() => {
      void session.readContext().then((next) => {
        if (live) setContext(next);
      });
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [session]);

  const lang = pickLang(context?.language ?? browser.language);
  const t = paneStringsFor(lang);
  const coreTextsReady = useCoreTexts(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const choice: AddressInUse | null = useMemo(() => {
    if (typedAddress) return typedChoice(typedAddress);
    if (context && context.emailAddress.trim() !== "") return chooseAddress(context);
    return null;
  }, [typedAddress, context]);

  const lookupContext: Partial<MailboxContext> = useMemo(
    () => (context && choice && !typedAddress ? contextForAddress(context, choice) : {}),
    [context, choice, typedAddress],
  );

  const resolution = useMemo(
    () => (choice && lookup ? lookup.resolveForPane(choice.address, lookupContext) : null),
    [choice, lookupContext, lookup],
  );
  const offlineSettings = resolution?.ok ? resolution.settings : null;
  const addressKey = offlineSettings?.email ?? "";

  // Unknown to the embedded database: ask the server's discovery.
  useEffect(() => {
    if (!offlineSettings || offlineSettings.source !== "none") return undefined;
    let live = true;
    const key = offlineSettings.email;
    setDiscovery({ key, result: "loading" });
    void api.settings(key, lookupContext.accountType).then((result) => {
      if (live) setDiscovery({ key, result });
    });
    return () => {
      live = false;
    };
  }, [api, offlineSettings, lookupContext.accountType]);

  const currentDiscovery = discovery && discovery.key === addressKey ? discovery.result : null;
  const settings =
    currentDiscovery && currentDiscovery !== "loading" && currentDiscovery.ok
      ? currentDiscovery.value
      : offlineSettings;

  // The domain's mail DNS report feeds the checklist (custom domains only).
  const domain = settings && lookup ? lookup.domainToCheck(settings) : null;
  useEffect(() => {
    if (!domain) return undefined;
    let live = true;
    setDomainLookup({ key: domain, result: "loading" });
    void api.domain(domain).then((result) => {
      if (live) setDomainLookup({ key: domain, result });
    });
    return () => {
      live = false;
    };
  }, [api, domain]);
  const domainResult = domainLookup && domainLookup.key === domain ? domainLookup.result : null;
  const domainReport =
    domainResult && domainResult !== "loading" && domainResult.ok ? domainResult.value : null;

  const verifyState: VerifyState = verify.key === addressKey ? verify.state : { status: "idle" };
  const onVerify = useCallback(
    (server: Server) => {
      const run = ++verifyRun.current;
      const key = addressKey;
      setVerify({ key, state: { status: "running", server, startedAt: Date.now() } });
      void api.verify(server).then((result) => {
        if (run !== verifyRun.current) return;
        if (result.ok) {
          setVerify({ key, state: { status: "done", server, report: result.value }, receivedAt: new Date() });
        } else if (result.kind === "unreachable") {
          setVerify({ key, state: { status: "unreachable", server } });
        } else {
          setVerify({ key, state: { status: "rejected", server, message: result.message } });
        }
      });
    },
    [api, addressKey],
  );
  const reportUrl = useCallback((server: Server) => verifyReportUrl("", server), []);

  const onAddress = useCallback(
    (address: string): string | null => {
      if (!lookup) return null;
      const checked = lookup.resolveForPane(address, {});
      if (!checked.ok) return t.addressInvalid(checked.message);
      setTypedAddress(checked.settings.email);
      return null;
    },
    [t, lookup],
  );

  const dark =
    session?.kind === "office" ? isDarkBackground(session.themeBackground) : browser.prefersDark === true;
  const opener =
    session?.kind === "office" && session.canOpenBrowserWindow ? session.openBrowserWindow : null;
  const standalone = session?.kind === "standalone";
  // Outlook gave no address, or one the parser rejects: let the user type it.
  const officeAddressUnusable =
    !typedAddress && (!context || context.emailAddress.trim() === "" || resolution?.ok === false);
  const askForAddress = session !== null && lookup !== null && (standalone || officeAddressUnusable);
  const guidance = settings ? accountGuidance(settings, lookupContext.accountType) : null;
  const verifyReport = verifyState.status === "done" ? verifyState.report : null;

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.root}>
      <BrowserWindowOpenerProvider value={opener}>
        <AnnouncerProvider>
          <main className={styles.main}>
            <PaneHeader t={t} address={choice?.address ?? null} settings={settings} />

            {session === null || lookup === null ? <Spinner size="small" label={t.connecting} /> : null}

            {askForAddress ? (
              <>
                <MessageBar intent="info" layout="multiline">
                  <MessageBarBody>
                    {standalone ? t.standaloneNotice : t.addressMissing}
                    {session?.kind === "standalone" && session.reason === "timeout"
                      ? ` ${t.standaloneOfficeTimeout}`
                      : ""}
                  </MessageBarBody>
                </MessageBar>
                <Suspense fallback={null}>
                  <AddressForm t={t} initial={typedAddress ?? ""} onSubmit={onAddress} />
                </Suspense>
              </>
            ) : null}

            {resolution && !resolution.ok ? (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>{t.addressInvalid(resolution.message)}</MessageBarBody>
              </MessageBar>
            ) : null}

            {choice?.reason === "from-address" ? (
              <MessageBar intent="info" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{t.fromDiffersTitle}</MessageBarTitle>
                  {t.fromDiffers(choice.address, choice.mailbox)} {t.fromDiffersWhy}
                </MessageBarBody>
              </MessageBar>
            ) : null}

            {currentDiscovery === "loading" ? <Spinner size="tiny" label={t.lookupRunning} /> : null}
            {currentDiscovery && currentDiscovery !== "loading" && !currentDiscovery.ok ? (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  {currentDiscovery.kind === "unreachable"
                    ? t.lookupUnreachable
                    : t.lookupRejected(currentDiscovery.message)}
                </MessageBarBody>
              </MessageBar>
            ) : null}

            {settings && settings.servers.length === 0 && currentDiscovery !== "loading" ? (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{t.nothingFound(settings.domain)}</MessageBarBody>
              </MessageBar>
            ) : null}
            {settings && needsVerifyFirst(settings) ? (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{t.unverifiedSource}</MessageBarBody>
              </MessageBar>
            ) : null}

            {settings && guidance ? (
              <AccountGuidance t={t} kind={guidance} mxEndpoint={microsoft365MxEndpoint(domainReport)} />
            ) : null}

            {settings ? <ServerSettings settings={settings} t={t} /> : null}

            {settings && coreTextsReady ? (
              <Suspense fallback={null}>
                <SetupSection t={t} lang={lang} settings={settings} detectedClient={context?.client} />
                {settings.servers.length > 0 ? (
                  <VerifySection
                    key={addressKey}
                    t={t}
                    servers={settings.servers}
                    state={verifyState}
                    onVerify={onVerify}
                    reportUrl={reportUrl}
                  />
                ) : null}
                <ChecklistSection
                  t={t}
                  lang={lang}
                  settings={settings}
                  context={lookupContext}
                  verify={verifyReport}
                  verifyReceivedAt={verify.receivedAt ?? null}
                  domain={domainReport}
                />
              </Suspense>
            ) : null}

            {session !== null ? (
              <Suspense fallback={null}>
                <ExplainerSection t={t} />
                <DiagnosticsSection
                  t={t}
                  diagnostics={session.kind === "office" ? session.diagnostics : null}
                  mode={context?.mode ?? "standalone"}
                />
              </Suspense>
            ) : null}
          </main>
        </AnnouncerProvider>
      </BrowserWindowOpenerProvider>
    </FluentProvider>
  );
}
