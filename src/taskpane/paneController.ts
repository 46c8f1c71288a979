// The pane's state and requests in one pure controller: `reducePane(state,
// action)` returns the next state and the effects to run (requests, timers,
// storage), as data. It is tested without React or a browser
// (test/taskpane/paneController.test.ts); usePaneController.ts runs the
// effects and TaskPane.tsx only lays the state out.
//
// Rules it keeps:
// - Never give up on Outlook: after a short wait the address form appears,
//   and when Office.onReady resolves later the pane switches to the Office session.
// - Lookups are keyed by what they depend on, so an ItemChanged that changes
//   neither the address nor the account type requests nothing again.
// - Slow is not down: a request is "loading", then "slow" (still working),
//   then answered, unreachable, rejected or without answer; the last good
//   answer for the address stays on screen, with its time, while a new one loads.

import { pickLang, type Lang } from "../core/language.js";
import type {
  DomainReport,
  MailboxContext,
  OutlookAccountType,
  Server,
  Settings,
  VerifyReport,
} from "../core/types.js";
import type { ApiResult, StoredReport } from "./api/serverApi.js";
import { looksLikeBounce } from "./bounceDetection.js";
import { withAnswer, withRecent, type RememberedAnswer } from "./deviceMemory.js";
import type {
  HostDiagnostics,
  OfficeSession,
  SelectedItem,
  SharedMailbox,
  StandaloneReason,
} from "./office/officeHost.js";
import type { Resolution, SettingsLookup } from "./settingsLookupChunk.js";

/** How long the pane waits for Outlook before it also offers the address form (it keeps waiting). */
export const OFFICE_PATIENCE_MS = 1500;
/** After this long without an answer a request shows "still working". */
export const SLOW_AFTER_MS = 3000;

export type RequestName = "settings" | "domain" | "verify";

export type RequestState<T> =
  | { status: "loading"; since: number; slow: boolean }
  | { status: "ok"; value: T; at: number }
  | { status: "unreachable"; at: number }
  | { status: "no-answer"; at: number; waitedMs: number }
  | { status: "rejected"; at: number; code: string; message: string };

export interface OfficeInfo {
  /** emailAddress is the signed-in mailbox; fromAddress the compose From. */
  context: MailboxContext;
  diagnostics: HostDiagnostics;
  canOpenBrowserWindow: boolean;
}

export type HostState =
  | { kind: "waiting"; patienceOver: boolean }
  | { kind: "office"; office: OfficeInfo }
  | { kind: "standalone"; reason: StandaloneReason };

/** Where an account choice comes from. */
export type AccountSource = "from" | "mailbox" | "shared" | "recent" | "typed";

export interface AccountOption {
  address: string;
  source: AccountSource;
}

export type BounceState =
  { status: "none" } | { status: "reading" } | { status: "ready"; text: string } | { status: "unreadable" };

export type VerifyRun =
  | { status: "idle" }
  | { status: "running"; server: Server; startedAt: number; slow: boolean }
  | { status: "done"; server: Server; report: VerifyReport & StoredReport; at: number }
  | { status: "unreachable"; server: Server; at: number }
  | { status: "no-answer"; server: Server; at: number; waitedMs: number }
  | { status: "rejected"; server: Server; at: number; code: string; message: string };

export interface BrowserFacts {
  language?: string;
  prefersDark?: boolean;
  userAgent?: string;
}

export interface PaneState {
  host: HostState;
  browser: BrowserFacts;
  lookup: SettingsLookup | null;
  themeBackground: string | null;
  shared: SharedMailbox | null;
  item: SelectedItem | null;
  bounce: BounceState;
  /** The user's explicit choice; null means the default for the host (compose From, else the mailbox). */
  chosen: AccountOption | null;
  typedError: string | null;
  recent: string[];
  /** Last answers kept on this device (newest first), with their time. */
  remembered: RememberedAnswer[];
  /** Server discovery per address key. */
  discovery: Record<string, RequestState<Settings>>;
  domain: Record<string, RequestState<DomainReport & StoredReport>>;
  verify: { key: string; run: number; state: VerifyRun };
  health: RequestState<{ status: string }> | null;
}

export type PaneAction =
  | { type: "office-patience-over" }
  | { type: "host-standalone"; reason: StandaloneReason }
  | {
      type: "host-office";
      office: OfficeInfo;
      themeBackground: string | null;
      item: SelectedItem | null;
    }
  | { type: "context-changed"; context: MailboxContext; item: SelectedItem | null }
  | { type: "theme-changed"; background: string | null }
  | { type: "lookup-loaded"; lookup: SettingsLookup }
  | { type: "shared-mailbox"; shared: SharedMailbox | null }
  | { type: "bounce-body"; text: string | null }
  | { type: "account-chosen"; option: AccountOption }
  | { type: "address-typed"; address: string }
  | { type: "forget-device-data" }
  | { type: "request-slow"; request: RequestName; key: string }
  | { type: "settings-answered"; key: string; result: ApiResult<Settings>; at: number }
  | { type: "domain-answered"; key: string; result: ApiResult<DomainReport & StoredReport>; at: number }
  | { type: "retry"; now: number }
  | { type: "verify-requested"; server: Server; now: number }
  | { type: "verify-answered"; run: number; result: ApiResult<VerifyReport & StoredReport>; at: number }
  | { type: "diagnostics-opened"; now: number }
  | { type: "health-answered"; result: ApiResult<{ status: string }>; at: number };

export type PaneEffect =
  | { type: "wait-for-office"; ms: number }
  | {
      type: "fetch-settings";
      key: string;
      email: string;
      accountType: OutlookAccountType | undefined;
      lang: Lang;
    }
  | { type: "fetch-domain"; key: string; domain: string; lang: Lang }
  | { type: "verify"; run: number; server: Server; lang: Lang }
  | { type: "mark-slow"; request: RequestName; key: string; ms: number }
  | { type: "fetch-health" }
  | { type: "read-shared-mailbox" }
  | { type: "read-bounce-body" }
  | { type: "save-recent"; addresses: string[] }
  | { type: "save-answers"; answers: RememberedAnswer[] }
  | { type: "forget-device-data" };

export interface PaneInit {
  browser: BrowserFacts;
  recent: string[];
  remembered: RememberedAnswer[];
  /** When the host already answered (e.g. office.js absent), the pane starts there. */
  lookup?: SettingsLookup | null;
}

export function initialPaneState(init: PaneInit): PaneState {
  return {
    host: { kind: "waiting", patienceOver: false },
    browser: init.browser,
    lookup: init.lookup ?? null,
    themeBackground: null,
    shared: null,
    item: null,
    bounce: { status: "none" },
    chosen: null,
    typedError: null,
    recent: init.recent,
    remembered: init.remembered,
    discovery: {},
    domain: {},
    verify: { key: "", run: 0, state: { status: "idle" } },
    health: null,
  };
}

/**
 * The first effects: the short wait for Outlook, less what the page already
 * waited before the controller started (boot.ts waits a moment for a first paint).
 */
export function startEffects(alreadyWaitedMs = 0): PaneEffect[] {
  return [{ type: "wait-for-office", ms: Math.max(0, OFFICE_PATIENCE_MS - alreadyWaitedMs) }];
}

/** The action that switches the pane to an Office session that has answered. */
export function hostOfficeAction(session: OfficeSession): PaneAction {
  return {
    type: "host-office",
    office: {
      context: session.context,
      diagnostics: session.diagnostics,
      canOpenBrowserWindow: session.canOpenBrowserWindow,
    },
    themeBackground: session.themeBackground,
    item: session.readSelectedItem(),
  };
}

/**
 * A controller that starts with Outlook already answered and the resolver
 * loaded: boot.ts builds it to paint the first screen before React loads,
 * and the React pane starts from the same state (its first render already
 * shows the settings) and runs the effects collected here.
 */
export interface PaneStart {
  state: PaneState;
  effects: PaneEffect[];
  office: OfficeSession;
}

export function startWithOffice(
  init: PaneInit,
  lookup: SettingsLookup,
  office: OfficeSession,
  now: number,
): PaneStart {
  let state = initialPaneState(init);
  const effects: PaneEffect[] = [];
  for (const action of [{ type: "lookup-loaded", lookup } as const, hostOfficeAction(office)]) {
    const [next, more] = reducePane(state, action, now);
    state = next;
    effects.push(...more);
  }
  return { state, effects, office };
}

// ---- Selectors (pure, used by the reducer and the view) --------------------

function same(a: string | undefined | null, b: string | undefined | null): boolean {
  return (a ?? "").trim().toLowerCase() === (b ?? "").trim().toLowerCase();
}

export function officeContext(state: PaneState): MailboxContext | null {
  return state.host.kind === "office" ? state.host.office.context : null;
}

export function paneLang(state: PaneState): Lang {
  return pickLang(officeContext(state)?.language ?? state.browser.language);
}

/** The compose From when it differs from the signed-in mailbox. */
function differentFrom(context: MailboxContext | null): string | null {
  const from = context?.fromAddress?.trim();
  if (!context || context.mode !== "compose" || !from || same(from, context.emailAddress)) return null;
  return from;
}

/**
 * "Which account won't send?": the compose From, the signed-in mailbox, the
 * shared mailbox the item is in, and addresses checked recently on this
 * device, each once, in that order.
 */
export function accountOptions(state: PaneState): AccountOption[] {
  const context = officeContext(state);
  const options: AccountOption[] = [];
  const add = (address: string | null | undefined, source: AccountSource) => {
    const trimmed = address?.trim();
    if (!trimmed || options.some((option) => same(option.address, trimmed))) return;
    options.push({ address: trimmed, source });
  };
  add(differentFrom(context), "from");
  add(context?.emailAddress, "mailbox");
  add(state.shared?.owner, "shared");
  for (const address of state.recent) add(address, "recent");
  return options;
}

/** The account the pane shows settings for, or null when there is none yet. */
export function currentAccount(state: PaneState): AccountOption | null {
  if (state.chosen) return state.chosen;
  const context = officeContext(state);
  if (!context) return null;
  const from = differentFrom(context);
  if (from) return { address: from, source: "from" };
  const mailbox = context.emailAddress.trim();
  return mailbox === "" ? null : { address: mailbox, source: "mailbox" };
}

/**
 * What the resolver may use: Outlook's accountType describes the signed-in
 * mailbox only, so it applies only when the account in use is that mailbox.
 */
export function resolverContext(state: PaneState, account: AccountOption | null): Partial<MailboxContext> {
  const context = officeContext(state);
  if (!context || !account || !same(account.address, context.emailAddress)) return {};
  return context.accountType ? { accountType: context.accountType } : {};
}

/**
 * What the checklist compares: the signed-in mailbox and the address the
 * message goes out as (the compose From, or the shared mailbox chosen to send
 * as). "From differs from the signed-in mailbox" must be able to warn, so the
 * From is never passed as if it were the mailbox.
 */
export function checklistContext(state: PaneState, account: AccountOption | null): Partial<MailboxContext> {
  const context = officeContext(state);
  if (!context) return {};
  const checklist: Partial<MailboxContext> = {
    emailAddress: context.emailAddress,
    mode: context.mode ?? "read",
  };
  if (context.accountType && account && same(account.address, context.emailAddress)) {
    checklist.accountType = context.accountType;
  }
  const sendsAs =
    account?.source === "from" || account?.source === "shared" ? account.address : context.fromAddress;
  if (sendsAs) checklist.fromAddress = sendsAs;
  return checklist;
}

function accountKey(account: AccountOption | null, resolver: Partial<MailboxContext>): string {
  return account ? `${account.address.toLowerCase()}|${resolver.accountType ?? ""}` : "";
}

/** The offline answer (embedded database) for the account in use. */
export function offlineResolution(state: PaneState): Resolution | null {
  const account = currentAccount(state);
  if (!account || !state.lookup) return null;
  return state.lookup.resolveForPane(account.address, resolverContext(state, account), paneLang(state));
}

export interface ShownSettings {
  settings: Settings;
  /** Where the shown answer comes from: fresh, the last good answer while a new one loads, or a previous visit. */
  origin: "offline" | "server" | "last-good" | "previous-visit";
  /** When a remembered answer was received (epoch ms). */
  at?: number;
}

function rememberedFor(state: PaneState, address: string): RememberedAnswer | undefined {
  return state.remembered.find((answer) => same(answer.address, address));
}

/** The settings the card shows now, and whether they are fresh. */
export function shownSettings(state: PaneState): ShownSettings | null {
  const account = currentAccount(state);
  if (!account) {
    // A returning user: the last answer shown on this device, until Outlook says which mailbox this is.
    const last = state.remembered[0];
    if (state.host.kind === "waiting" && last)
      return { settings: last.settings, origin: "previous-visit", at: last.at };
    return null;
  }
  const resolution = offlineResolution(state);
  if (!resolution?.ok) return null;
  const offline = resolution.settings;
  if (offline.source !== "none") return { settings: offline, origin: "offline" };
  const key = accountKey(account, resolverContext(state, account));
  const request = state.discovery[key];
  if (request?.status === "ok") return { settings: request.value, origin: "server" };
  const remembered = rememberedFor(state, account.address);
  if (remembered && remembered.settings.source !== "none") {
    return { settings: remembered.settings, origin: "last-good", at: remembered.at };
  }
  return { settings: offline, origin: "offline" };
}

export function discoveryState(state: PaneState): RequestState<Settings> | null {
  const account = currentAccount(state);
  if (!account) return null;
  return state.discovery[accountKey(account, resolverContext(state, account))] ?? null;
}

export function domainToCheck(state: PaneState): string | null {
  const shown = shownSettings(state);
  if (!shown || shown.origin === "previous-visit" || !state.lookup) return null;
  return state.lookup.domainToCheck(shown.settings);
}

export function domainState(state: PaneState): RequestState<DomainReport & StoredReport> | null {
  const domain = domainToCheck(state);
  return domain ? (state.domain[domain] ?? null) : null;
}

export function currentVerify(state: PaneState): VerifyRun {
  const shown = shownSettings(state);
  return shown && state.verify.key === shown.settings.email.toLowerCase()
    ? state.verify.state
    : { status: "idle" };
}

/** The address form shows outside Outlook, after the short wait, and when Outlook gives no usable address. */
export function showAddressForm(state: PaneState): boolean {
  if (state.host.kind === "standalone") return true;
  if (state.host.kind === "waiting") return state.host.patienceOver;
  return currentAccount(state) === null || offlineResolution(state)?.ok === false;
}

// ---- Reducer ----------------------------------------------------------------

type Step = [PaneState, PaneEffect[]];

function answerToRequest<T>(result: ApiResult<T>, at: number): RequestState<T> {
  if (result.ok) return { status: "ok", value: result.value, at };
  if (result.kind === "unreachable") return { status: "unreachable", at };
  if (result.kind === "no-answer") return { status: "no-answer", at, waitedMs: result.waitedMs };
  return { status: "rejected", at, code: result.code, message: result.message };
}

/** Requests what the current account needs and has not been asked yet, and remembers what was shown. */
function reconcile(state: PaneState, now: number): Step {
  const effects: PaneEffect[] = [];
  let next = state;
  const account = currentAccount(state);
  const resolution = offlineResolution(state);
  const lang = paneLang(state);
  if (account && resolution?.ok) {
    const resolver = resolverContext(state, account);
    const key = accountKey(account, resolver);
    if (resolution.settings.source === "none" && !state.discovery[key]) {
      next = {
        ...next,
        discovery: { ...next.discovery, [key]: { status: "loading", since: now, slow: false } },
      };
      effects.push(
        {
          type: "fetch-settings",
          key,
          email: resolution.settings.email,
          accountType: resolver.accountType,
          lang,
        },
        { type: "mark-slow", request: "settings", key, ms: SLOW_AFTER_MS },
      );
    }
    if (!state.recent.some((address) => same(address, resolution.settings.email))) {
      const recent = withRecent(state.recent, resolution.settings.email);
      next = { ...next, recent };
      effects.push({ type: "save-recent", addresses: recent });
    }
  }
  const domain = domainToCheck(next);
  if (domain && !next.domain[domain]) {
    next = { ...next, domain: { ...next.domain, [domain]: { status: "loading", since: now, slow: false } } };
    effects.push(
      { type: "fetch-domain", key: domain, domain, lang },
      { type: "mark-slow", request: "domain", key: domain, ms: SLOW_AFTER_MS },
    );
  }
  // Remember the answer shown for this address (fresh ones only), with its time.
  const shown = shownSettings(next);
  if (
    account &&
    shown &&
    (shown.origin === "offline" || shown.origin === "server") &&
    shown.settings.servers.length > 0
  ) {
    const previous = rememberedFor(next, shown.settings.email);
    if (
      !previous ||
      JSON.stringify(previous.settings) !== JSON.stringify(shown.settings) ||
      next.remembered[0] !== previous
    ) {
      const remembered = withAnswer(next.remembered, {
        address: shown.settings.email,
        settings: shown.settings,
        at: now,
      });
      next = { ...next, remembered };
      effects.push({ type: "save-answers", answers: remembered });
    }
  }
  return [next, effects];
}

function itemEffects(item: SelectedItem | null): PaneEffect[] {
  return looksLikeBounce(item) ? [{ type: "read-bounce-body" }] : [];
}

function bounceFor(item: SelectedItem | null): BounceState {
  return looksLikeBounce(item) ? { status: "reading" } : { status: "none" };
}

function markSlow(request: RequestState<unknown> | undefined): RequestState<unknown> | undefined {
  return request?.status === "loading" && !request.slow ? { ...request, slow: true } : request;
}

function retryable(request: RequestState<unknown> | null | undefined): boolean {
  return request !== null && request !== undefined && request.status !== "ok" && request.status !== "loading";
}

/** The controller: the next state and the effects to run. Pure; `now` comes in with the actions that need it. */
export function reducePane(state: PaneState, action: PaneAction, now = 0): Step {
  switch (action.type) {
    case "office-patience-over":
      if (state.host.kind !== "waiting") return [state, []];
      return [{ ...state, host: { kind: "waiting", patienceOver: true } }, []];

    case "host-standalone":
      return reconcile({ ...state, host: { kind: "standalone", reason: action.reason } }, now);

    case "host-office": {
      const next: PaneState = {
        ...state,
        host: { kind: "office", office: action.office },
        themeBackground: action.themeBackground,
        item: action.item,
        bounce: bounceFor(action.item),
        // A choice typed while Outlook was late stays; Outlook's choices are offered beside it.
      };
      const [reconciled, effects] = reconcile(next, now);
      return [reconciled, [{ type: "read-shared-mailbox" }, ...itemEffects(action.item), ...effects]];
    }

    case "context-changed": {
      if (state.host.kind !== "office") return [state, []];
      const previous = state.host.office.context;
      const office = { ...state.host.office, context: action.context };
      const itemChanged =
        action.item?.itemClass !== state.item?.itemClass ||
        action.item?.subject !== state.item?.subject ||
        action.item?.sender !== state.item?.sender;
      // A new From or a new mailbox makes an earlier explicit choice of the old default meaningless.
      const defaultsChanged =
        !same(previous.fromAddress, action.context.fromAddress) ||
        !same(previous.emailAddress, action.context.emailAddress);
      const next: PaneState = {
        ...state,
        host: { kind: "office", office },
        item: action.item,
        bounce: itemChanged ? bounceFor(action.item) : state.bounce,
        chosen: defaultsChanged && state.chosen && state.chosen.source !== "typed" ? null : state.chosen,
      };
      const [reconciled, effects] = reconcile(next, now);
      const extra: PaneEffect[] = itemChanged
        ? [{ type: "read-shared-mailbox" }, ...itemEffects(action.item)]
        : [];
      return [reconciled, [...extra, ...effects]];
    }

    case "theme-changed":
      return [{ ...state, themeBackground: action.background }, []];

    case "lookup-loaded":
      return reconcile({ ...state, lookup: action.lookup }, now);

    case "shared-mailbox":
      return [{ ...state, shared: action.shared }, []];

    case "bounce-body":
      return [
        {
          ...state,
          bounce:
            action.text !== null && action.text.trim() !== ""
              ? { status: "ready", text: action.text }
              : { status: "unreadable" },
        },
        [],
      ];

    case "account-chosen":
      return reconcile({ ...state, chosen: action.option, typedError: null }, now);

    case "address-typed": {
      if (!state.lookup) return [state, []];
      const checked = state.lookup.resolveForPane(action.address, {}, paneLang(state));
      if (!checked.ok) return [{ ...state, typedError: checked.message }, []];
      return reconcile(
        { ...state, chosen: { address: checked.settings.email, source: "typed" }, typedError: null },
        now,
      );
    }

    case "forget-device-data":
      return [{ ...state, recent: [], remembered: [] }, [{ type: "forget-device-data" }]];

    case "request-slow": {
      // Only a request still loading turns slow; for any other the state stays the same object (no render).
      if (action.request === "settings") {
        const current = state.discovery[action.key];
        const request = markSlow(current) as RequestState<Settings> | undefined;
        return request && request !== current
          ? [{ ...state, discovery: { ...state.discovery, [action.key]: request } }, []]
          : [state, []];
      }
      if (action.request === "domain") {
        const current = state.domain[action.key];
        const request = markSlow(current) as RequestState<DomainReport> | undefined;
        return request && request !== current
          ? [{ ...state, domain: { ...state.domain, [action.key]: request } }, []]
          : [state, []];
      }
      const run = state.verify.state;
      if (run.status !== "running" || String(state.verify.run) !== action.key) return [state, []];
      return [{ ...state, verify: { ...state.verify, state: { ...run, slow: true } } }, []];
    }

    case "settings-answered":
      if (!state.discovery[action.key]) return [state, []];
      return reconcile(
        {
          ...state,
          discovery: { ...state.discovery, [action.key]: answerToRequest(action.result, action.at) },
        },
        action.at,
      );

    case "domain-answered":
      if (!state.domain[action.key]) return [state, []];
      return [
        { ...state, domain: { ...state.domain, [action.key]: answerToRequest(action.result, action.at) } },
        [],
      ];

    case "retry": {
      // Forget the failed answers for what is on screen; reconcile asks again (the last good answer stays shown).
      const discovery = { ...state.discovery };
      const domains = { ...state.domain };
      const account = currentAccount(state);
      if (account) {
        const key = accountKey(account, resolverContext(state, account));
        if (retryable(discovery[key])) delete discovery[key];
      }
      const domain = domainToCheck(state);
      if (domain && retryable(domains[domain])) delete domains[domain];
      return reconcile({ ...state, discovery, domain: domains }, action.now);
    }

    case "verify-requested": {
      const shown = shownSettings(state);
      if (!shown) return [state, []];
      const run = state.verify.run + 1;
      return [
        {
          ...state,
          verify: {
            key: shown.settings.email.toLowerCase(),
            run,
            state: { status: "running", server: action.server, startedAt: action.now, slow: false },
          },
        },
        [
          { type: "verify", run, server: action.server, lang: paneLang(state) },
          { type: "mark-slow", request: "verify", key: String(run), ms: SLOW_AFTER_MS },
        ],
      ];
    }

    case "verify-answered": {
      const current = state.verify.state;
      if (action.run !== state.verify.run || current.status !== "running") return [state, []];
      const server = current.server;
      const result = action.result;
      const verifyState: VerifyRun = result.ok
        ? { status: "done", server, report: result.value, at: action.at }
        : result.kind === "unreachable"
          ? { status: "unreachable", server, at: action.at }
          : result.kind === "no-answer"
            ? { status: "no-answer", server, at: action.at, waitedMs: result.waitedMs }
            : { status: "rejected", server, at: action.at, code: result.code, message: result.message };
      return [{ ...state, verify: { ...state.verify, state: verifyState } }, []];
    }

    case "diagnostics-opened":
      if (state.health && state.health.status !== "unreachable") return [state, []];
      return [
        { ...state, health: { status: "loading", since: action.now, slow: false } },
        [{ type: "fetch-health" }],
      ];

    case "health-answered":
      return [{ ...state, health: answerToRequest(action.result, action.at) }, []];
  }
}
