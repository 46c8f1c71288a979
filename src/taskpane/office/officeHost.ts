// The only code in the pane that touches Office.js. It turns whatever Outlook
// offers into plain data (MailboxContext, the shared mailbox, the selected
// item) and never throws: every Office call is guarded, because a host may
// lack an API, throw from it, or never call back.
//
// connectOffice never gives up on Outlook: it resolves with the Office
// session whenever Office.onReady resolves, however late (a cold classic
// start, a Mac, a VDI). The pane's controller decides how long to wait before
// it also offers the address form; this module has no such timer.

import type { MailboxContext, OutlookAccountType } from "../../core/types.js";
import { clientFromHost } from "../../core/outlookClient.js";

/** What support staff ask for; every field is null when Office did not say. */
export interface HostDiagnostics {
  hostName: string | null;
  hostVersion: string | null;
  platform: string | null;
  language: string | null;
  /** Highest "Mailbox" requirement set the host reports, e.g. "1.14". */
  mailboxRequirementSet: string | null;
}

/** The item in a shared folder or shared mailbox (item.getSharedPropertiesAsync, Mailbox 1.8). */
export interface SharedMailbox {
  /** The owner of the shared folder or mailbox: the address the message belongs to. */
  owner: string;
  /** Office's DelegatePermissions, as names (read, write, deleteOwn, deleteAll, editOwn, editAll). */
  permissions: DelegatePermission[];
}

export type DelegatePermission = "read" | "write" | "deleteOwn" | "deleteAll" | "editOwn" | "editAll";

// Office.MailboxEnums.DelegatePermissions bit values.
const DELEGATE_PERMISSION_BITS: ReadonlyArray<[DelegatePermission, number]> = [
  ["read", 1],
  ["write", 2],
  ["deleteOwn", 4],
  ["deleteAll", 8],
  ["editOwn", 16],
  ["editAll", 32],
];

/** The selected item, as far as the pane cares: is it a non-delivery report? */
export interface SelectedItem {
  /** Exchange item class, e.g. "IPM.Note" or "REPORT.IPM.Note.NDR"; null when the host does not say. */
  itemClass: string | null;
  /** Read mode: the sender's address. */
  sender: string | null;
  subject: string | null;
}

export interface OfficeSession {
  kind: "office";
  /** `emailAddress` is the signed-in mailbox; in compose mode `fromAddress` is the From Outlook will send with. */
  context: MailboxContext;
  diagnostics: HostDiagnostics;
  /** From officeTheme.bodyBackgroundColor (Mailbox 1.14); null when Outlook does not say. */
  themeBackground: string | null;
  /** True when links can open through Office.context.ui.openBrowserWindow. */
  canOpenBrowserWindow: boolean;
  openBrowserWindow(url: string): void;
  /** Reads the context again (after ItemChanged, when the pane is pinned). */
  readContext(): Promise<MailboxContext>;
  /** The shared mailbox the item is in (Mailbox 1.8), or null: not shared, unsupported, or no answer. */
  readSharedMailbox(): Promise<SharedMailbox | null>;
  /** The selected item in read mode; null in compose mode or without an item. */
  readSelectedItem(): SelectedItem | null;
  /** The selected message's body as plain text (ReadItem is enough); null when Outlook gives none. */
  readBodyText(): Promise<string | null>;
  /** Subscribes to ItemChanged where supported; returns the unsubscribe function. */
  onItemChanged(listener: () => void): () => void;
  /** Subscribes to OfficeThemeChanged (Mailbox 1.14) where supported; returns the unsubscribe function. */
  onThemeChanged(listener: (background: string | null) => void): () => void;
}

export type StandaloneReason = "no-office" | "no-host";

export interface StandaloneSession {
  kind: "standalone";
  reason: StandaloneReason;
}

export type HostSession = OfficeSession | StandaloneSession;

export interface ConnectOptions {
  /** How long to wait for each callback-style Office call (item.from, shared properties, body). */
  callTimeoutMs?: number;
}

const DEFAULT_CALL_TIMEOUT_MS = 1000;
// A long NDR body is still small; this bound keeps a pathological item from filling memory.
const MAX_BODY_CHARS = 200_000;

// Probed from the top down; asking about a set newer than the host knows just returns false.
const MAILBOX_SETS = Array.from({ length: 20 }, (_, i) => `1.${20 - i}`);

/** userProfile.accountType has exactly these values (Mailbox 1.6); anything else is treated as unknown. */
export const OFFICE_ACCOUNT_TYPES = ["enterprise", "gmail", "office365", "outlookCom"] as const;

type OfficeApi = typeof Office;

interface AsyncResultLike<T> {
  status: unknown;
  value?: T;
}

function officeGlobal(): OfficeApi | undefined {
  return (globalThis as { Office?: OfficeApi }).Office;
}

function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

/** Reads a property that a broken host may implement as a throwing getter. */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function supports(office: OfficeApi, set: string, version: string): boolean {
  return safely(() => office.context.requirements?.isSetSupported(set, version) === true) === true;
}

function highestMailboxSet(office: OfficeApi): string | null {
  return MAILBOX_SETS.find((version) => supports(office, "Mailbox", version)) ?? null;
}

function nonEmpty(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

function succeeded(office: OfficeApi, result: AsyncResultLike<unknown> | undefined): boolean {
  // Office.AsyncResultStatus.Succeeded is the string "succeeded".
  return result?.status === (safely(() => office.AsyncResultStatus?.Succeeded) ?? "succeeded");
}

/** Calls a callback-style Office API; resolves with the value, or `fallback` on failure, throw or timeout. */
function callAsync<T>(
  office: OfficeApi,
  timeoutMs: number,
  fallback: T,
  start: (callback: (result: AsyncResultLike<T>) => void) => void,
): Promise<T> {
  const pending = new Promise<T>((resolve) => {
    try {
      start((result) =>
        resolve(succeeded(office, result) && result.value !== undefined ? result.value : fallback),
      );
    } catch {
      resolve(fallback);
    }
  });
  return withTimeout(pending, timeoutMs, fallback);
}

function mailboxOf(office: OfficeApi): Office.Mailbox | undefined {
  return safely(() => office.context.mailbox);
}

function itemOf(office: OfficeApi): Record<string, unknown> | null {
  const item = safely(() => office.context.mailbox?.item) as unknown;
  return typeof item === "object" && item !== null ? (item as Record<string, unknown>) : null;
}

/** Maps userProfile.accountType to one of the four documented values; unknown values are undefined. */
export function officeAccountType(value: unknown): OutlookAccountType | undefined {
  return OFFICE_ACCOUNT_TYPES.find((type) => type === value);
}

function readAccountType(office: OfficeApi): OutlookAccountType | undefined {
  // accountType arrived with Mailbox 1.6; volume-licensed Outlook 2016 lacks it even so.
  if (!supports(office, "Mailbox", "1.6")) return undefined;
  const profile = safely(() => mailboxOf(office)?.userProfile) as { accountType?: unknown } | undefined;
  return officeAccountType(safely(() => profile?.accountType));
}

/** In compose mode item.from is an object with getAsync (Mailbox 1.7); in read mode it is plain data. */
function composeFrom(office: OfficeApi): Office.From | null {
  const from = safely(() => itemOf(office)?.from) as Partial<Office.From> | undefined;
  return from && typeof safely(() => from.getAsync) === "function" ? (from as Office.From) : null;
}

async function readFromAddress(office: OfficeApi, timeoutMs: number): Promise<string | undefined> {
  if (!supports(office, "Mailbox", "1.7")) return undefined;
  const from = composeFrom(office);
  if (!from) return undefined;
  const value = await callAsync<Office.EmailAddressDetails | null>(office, timeoutMs, null, (callback) =>
    from.getAsync(callback as (result: Office.AsyncResult<Office.EmailAddressDetails>) => void),
  );
  return nonEmpty(value?.emailAddress) ?? undefined;
}

async function readMailboxContext(office: OfficeApi, callTimeoutMs: number): Promise<MailboxContext> {
  const mailbox = mailboxOf(office);
  const profile = safely(() => mailbox?.userProfile);
  // Outlook reports its client in mailbox.diagnostics; the common
  // Office.context.diagnostics (host, version) is the fallback where that is missing.
  const common = safely(() => office.context.diagnostics) as Partial<Office.ContextInformation> | undefined;
  const own = safely(() => mailbox?.diagnostics);
  const hostName = nonEmpty(safely(() => own?.hostName)) ?? nonEmpty(safely(() => common?.host)) ?? undefined;
  const hostVersion =
    nonEmpty(safely(() => own?.hostVersion)) ?? nonEmpty(safely(() => common?.version)) ?? undefined;
  const platform = nonEmpty(safely(() => office.context.platform)) ?? undefined;
  const compose = composeFrom(office) !== null;
  const context: MailboxContext = {
    emailAddress: nonEmpty(safely(() => profile?.emailAddress)) ?? "",
    mode: compose ? "compose" : "read",
  };
  const displayName = nonEmpty(safely(() => profile?.displayName));
  if (displayName) context.displayName = displayName;
  const accountType = readAccountType(office);
  if (accountType) context.accountType = accountType;
  const client = clientFromHost(hostName, platform, hostVersion);
  if (client) context.client = client;
  if (hostName) context.hostName = hostName;
  if (hostVersion) context.hostVersion = hostVersion;
  const language = nonEmpty(safely(() => office.context.displayLanguage));
  if (language) context.language = language;
  if (compose) {
    const fromAddress = await readFromAddress(office, callTimeoutMs);
    if (fromAddress) context.fromAddress = fromAddress;
  }
  return context;
}

async function readSharedMailbox(office: OfficeApi, timeoutMs: number): Promise<SharedMailbox | null> {
  // Shared folders arrived with Mailbox 1.8 (shared mailboxes with 1.13); the call fails outside them.
  if (!supports(office, "Mailbox", "1.8")) return null;
  const item = itemOf(office);
  const getShared = safely(() => item?.getSharedPropertiesAsync);
  if (!item || typeof getShared !== "function") return null;
  const value = await callAsync<Partial<Office.SharedProperties> | null>(
    office,
    timeoutMs,
    null,
    (callback) => (getShared as (cb: typeof callback) => void).call(item, callback),
  );
  const owner = nonEmpty(safely(() => value?.owner));
  if (!owner) return null;
  const bits = Number(safely(() => value?.delegatePermissions) ?? 0);
  const permissions = DELEGATE_PERMISSION_BITS.filter(([, bit]) => (bits & bit) !== 0).map(([name]) => name);
  return { owner, permissions };
}

function readSelectedItem(office: OfficeApi): SelectedItem | null {
  const item = itemOf(office);
  if (!item || composeFrom(office) !== null) return null;
  const from = safely(() => item.from) as { emailAddress?: unknown } | undefined;
  return {
    itemClass: nonEmpty(safely(() => item.itemClass)),
    sender: nonEmpty(safely(() => from?.emailAddress)),
    subject: nonEmpty(safely(() => item.subject)),
  };
}

async function readBodyText(office: OfficeApi, timeoutMs: number): Promise<string | null> {
  const item = itemOf(office);
  const body = safely(() => item?.body) as Partial<Office.Body> | undefined;
  if (!body || typeof safely(() => body.getAsync) !== "function") return null;
  const coercion = safely(() => office.CoercionType?.Text) ?? "text";
  const value = await callAsync<string | null>(office, timeoutMs, null, (callback) =>
    (body.getAsync as (type: unknown, cb: typeof callback) => void).call(body, coercion, callback),
  );
  return typeof value === "string" ? value.slice(0, MAX_BODY_CHARS) : null;
}

function readThemeBackground(office: OfficeApi): string | null {
  // Outlook has officeTheme only from Mailbox 1.14 (it was undefined before, OfficeDev/office-js#43).
  if (!supports(office, "Mailbox", "1.14")) return null;
  return nonEmpty(safely(() => office.context.officeTheme?.bodyBackgroundColor));
}

function browserWindowSupported(office: OfficeApi): boolean {
  const ui = safely(() => office.context.ui) as { openBrowserWindow?: unknown } | undefined;
  if (typeof ui?.openBrowserWindow !== "function") return false;
  return supports(office, "OpenBrowserWindowApi", "1.1") || supports(office, "Mailbox", "1.5");
}

/** Registers a mailbox event handler (guarded); returns the unsubscribe function. */
function subscribeMailboxEvent(
  office: OfficeApi,
  eventType: unknown,
  requirement: string,
  handler: (args: unknown) => void,
): () => void {
  const mailbox = mailboxOf(office) as Partial<Office.Mailbox> | undefined;
  if (!mailbox || typeof safely(() => mailbox.addHandlerAsync) !== "function" || !eventType) return () => {};
  if (!supports(office, "Mailbox", requirement)) return () => {};
  let active = true;
  try {
    mailbox.addHandlerAsync?.(eventType as Office.EventType, (args: unknown) => {
      if (active) handler(args);
    });
  } catch {
    return () => {};
  }
  return () => {
    active = false;
    if (typeof safely(() => mailbox.removeHandlerAsync) === "function") {
      try {
        mailbox.removeHandlerAsync?.(eventType as Office.EventType);
      } catch {
        // The host is going away; the flag above already mutes the handler.
      }
    }
  };
}

function officeSession(office: OfficeApi, context: MailboxContext, callTimeoutMs: number): OfficeSession {
  const canOpenBrowserWindow = browserWindowSupported(office);
  return {
    kind: "office",
    context,
    diagnostics: {
      hostName: context.hostName ?? null,
      hostVersion: context.hostVersion ?? null,
      platform: nonEmpty(safely(() => office.context.platform)),
      language: context.language ?? null,
      mailboxRequirementSet: highestMailboxSet(office),
    },
    themeBackground: readThemeBackground(office),
    canOpenBrowserWindow,
    openBrowserWindow: (url) => {
      try {
        office.context.ui.openBrowserWindow(url);
      } catch {
        // A host that refuses leaves the user with the link itself, which stays visible.
      }
    },
    readContext: () => readMailboxContext(office, callTimeoutMs),
    readSharedMailbox: () => readSharedMailbox(office, callTimeoutMs),
    readSelectedItem: () => readSelectedItem(office),
    readBodyText: () => readBodyText(office, callTimeoutMs * 3),
    // ItemChanged (Mailbox 1.5) fires only while the pane is pinned.
    onItemChanged: (listener) =>
      subscribeMailboxEvent(
        office,
        safely(() => office.EventType?.ItemChanged),
        "1.5",
        () => listener(),
      ),
    onThemeChanged: (listener) =>
      subscribeMailboxEvent(
        office,
        safely(() => office.EventType?.OfficeThemeChanged),
        "1.14",
        (args) => {
          const theme = (args as { officeTheme?: { bodyBackgroundColor?: unknown } } | undefined)
            ?.officeTheme;
          listener(nonEmpty(theme?.bodyBackgroundColor) ?? readThemeBackground(office));
        },
      ),
  };
}

/**
 * Waits for Office.onReady, however long it takes, and reads the mailbox
 * context. Resolves standalone at once without office.js, and when onReady
 * resolves without a host (a plain browser); never rejects.
 */
// office.js from Microsoft's CDN, or a copy a test or an on-premises setup serves (the file name is what counts).
const OFFICE_SCRIPT = /\/office(?:\.debug)?\.js(?:[?#]|$)/i;

/** The part of Document that officeScriptSettled watches (a parameter, so tests can play the parser). */
export type LoadingDocument = Pick<Document, "readyState" | "addEventListener" | "removeEventListener">;

/**
 * Resolves once office.js has run, or failed to load. The pane's start-up
 * script is async and placed before office.js (webpack.config.js), so it runs
 * as soon as it arrives, often while the parser still waits for office.js;
 * connectOffice must wait for this first or it would see no Office at all.
 * office.js is a parser-blocking script in <head>: it has run (or failed)
 * once a script's load or error event shows Office, or at the latest when
 * the document stops loading.
 */
export function officeScriptSettled(doc: LoadingDocument = document): Promise<void> {
  if (officeGlobal() || doc.readyState !== "loading") return Promise.resolve();
  return new Promise((resolve) => {
    const onScriptEvent = (event: Event) => {
      const target = event.target as { tagName?: unknown; src?: unknown } | null;
      const isOfficeScript =
        target?.tagName === "SCRIPT" && typeof target.src === "string" && OFFICE_SCRIPT.test(target.src);
      if (isOfficeScript || officeGlobal()) settle();
    };
    const settle = () => {
      doc.removeEventListener("load", onScriptEvent, true);
      doc.removeEventListener("error", onScriptEvent, true);
      doc.removeEventListener("DOMContentLoaded", settle);
      resolve();
    };
    // Load and error events of scripts do not bubble: listen in the capture phase.
    doc.addEventListener("load", onScriptEvent, true);
    doc.addEventListener("error", onScriptEvent, true);
    doc.addEventListener("DOMContentLoaded", settle);
  });
}

export async function connectOffice(options: ConnectOptions = {}): Promise<HostSession> {
  const callTimeoutMs = options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
  const office = officeGlobal();
  if (!office || typeof office.onReady !== "function") return { kind: "standalone", reason: "no-office" };
  let info: { host: unknown } | undefined;
  try {
    info = (await Promise.resolve(office.onReady())) as { host: unknown } | undefined;
  } catch {
    return { kind: "standalone", reason: "no-host" };
  }
  if (!info?.host || !mailboxOf(office)) return { kind: "standalone", reason: "no-host" };
  try {
    const context = await readMailboxContext(office, callTimeoutMs);
    return officeSession(office, context, callTimeoutMs);
  } catch {
    return { kind: "standalone", reason: "no-host" };
  }
}

/**
 * Subscribes to ItemChanged at once and relays it to the listeners added
 * later; a change that happens before any listener is there is handed to
 * the first one. boot.ts uses it because the React pane, which listens,
 * loads after the first paint: a pinned pane must not miss a selection made
 * in that moment.
 */
export function relayItemChanged(session: OfficeSession): OfficeSession {
  const listeners = new Set<() => void>();
  let missed = false;
  session.onItemChanged(() => {
    if (listeners.size === 0) missed = true;
    for (const listener of [...listeners]) listener();
  });
  return {
    ...session,
    onItemChanged(listener) {
      listeners.add(listener);
      if (missed) {
        missed = false;
        listener();
      }
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
