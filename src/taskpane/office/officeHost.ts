// The only code in the pane that touches Office.js. It turns whatever Outlook
// offers into a plain MailboxContext plus pane-only facts, and falls back to
// standalone mode when there is no Office host: office.js blocked or missing,
// Office.onReady never resolving (office.js outside Office waits for a file it
// may never get), or resolving without a host (opened in a plain browser).

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

export interface OfficeSession {
  kind: "office";
  /** In compose mode `fromAddress` is the From Outlook will send with. */
  context: MailboxContext;
  diagnostics: HostDiagnostics;
  /** From officeTheme.bodyBackgroundColor (Mailbox 1.14); null when Outlook does not say. */
  themeBackground: string | null;
  /** True when links can open through Office.context.ui.openBrowserWindow. */
  canOpenBrowserWindow: boolean;
  openBrowserWindow(url: string): void;
  /** Reads the context again (after ItemChanged, when the pane is pinned). */
  readContext(): Promise<MailboxContext>;
  /** Subscribes to ItemChanged where supported; returns the unsubscribe function. */
  onItemChanged(listener: () => void): () => void;
}

export type StandaloneReason = "no-office" | "timeout" | "no-host";

export interface StandaloneSession {
  kind: "standalone";
  reason: StandaloneReason;
}

export type HostSession = OfficeSession | StandaloneSession;

export interface ConnectOptions {
  /** How long to wait for Office.onReady before running standalone. */
  readyTimeoutMs?: number;
  /** How long to wait for item.from.getAsync in compose mode. */
  fromTimeoutMs?: number;
}

const DEFAULT_READY_TIMEOUT_MS = 1500;
const DEFAULT_FROM_TIMEOUT_MS = 1000;

// Probed from the top down; asking about a set newer than the host knows just returns false.
const MAILBOX_SETS = Array.from({ length: 20 }, (_, i) => `1.${20 - i}`);

const ACCOUNT_TYPES: readonly OutlookAccountType[] = [
  "office365",
  "outlookCom",
  "gmail",
  "enterprise",
  "other",
];

type OfficeApi = typeof Office;

function officeGlobal(): OfficeApi | undefined {
  return (globalThis as { Office?: OfficeApi }).Office;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | "timeout"> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve("timeout"), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

function supports(office: OfficeApi, set: string, version: string): boolean {
  try {
    return office.context.requirements?.isSetSupported(set, version) === true;
  } catch {
    return false;
  }
}

function highestMailboxSet(office: OfficeApi): string | null {
  return MAILBOX_SETS.find((version) => supports(office, "Mailbox", version)) ?? null;
}

function nonEmpty(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

function readAccountType(office: OfficeApi): OutlookAccountType | undefined {
  // accountType arrived with Mailbox 1.6; volume-licensed Outlook 2016 lacks it even so.
  if (!supports(office, "Mailbox", "1.6")) return undefined;
  const profile = office.context.mailbox?.userProfile as { accountType?: unknown } | undefined;
  const value = profile?.accountType;
  return ACCOUNT_TYPES.find((type) => type === value);
}

/** In compose mode item.from is an object with getAsync (Mailbox 1.7); in read mode it is plain data. */
function composeFrom(office: OfficeApi): Office.From | null {
  const item = office.context.mailbox?.item as { from?: unknown } | null | undefined;
  const from = item?.from as Partial<Office.From> | undefined;
  return from && typeof from.getAsync === "function" ? (from as Office.From) : null;
}

async function readFromAddress(office: OfficeApi, timeoutMs: number): Promise<string | undefined> {
  if (!supports(office, "Mailbox", "1.7")) return undefined;
  const from = composeFrom(office);
  if (!from) return undefined;
  const pending = new Promise<string | undefined>((resolve) => {
    try {
      from.getAsync((result) => {
        // Office.AsyncResultStatus.Succeeded is the string "succeeded".
        const ok = result.status === (office.AsyncResultStatus?.Succeeded ?? "succeeded");
        resolve(ok ? (nonEmpty(result.value?.emailAddress) ?? undefined) : undefined);
      });
    } catch {
      resolve(undefined);
    }
  });
  const value = await withTimeout(pending, timeoutMs);
  return value === "timeout" ? undefined : value;
}

async function readMailboxContext(office: OfficeApi, fromTimeoutMs: number): Promise<MailboxContext> {
  const mailbox = office.context.mailbox;
  const profile = mailbox?.userProfile;
  // Outlook reports its client in mailbox.diagnostics; the common
  // Office.context.diagnostics (host, version) is the fallback where that is missing.
  const common = office.context.diagnostics as Partial<Office.ContextInformation> | undefined;
  const hostName = nonEmpty(mailbox?.diagnostics?.hostName) ?? nonEmpty(common?.host) ?? undefined;
  const hostVersion = nonEmpty(mailbox?.diagnostics?.hostVersion) ?? nonEmpty(common?.version) ?? undefined;
  const platform = nonEmpty(office.context.platform) ?? undefined;
  const compose = composeFrom(office) !== null;
  const context: MailboxContext = {
    emailAddress: nonEmpty(profile?.emailAddress) ?? "",
    mode: compose ? "compose" : "read",
  };
  const displayName = nonEmpty(profile?.displayName);
  if (displayName) context.displayName = displayName;
  const accountType = readAccountType(office);
  if (accountType) context.accountType = accountType;
  const client = clientFromHost(hostName, platform, hostVersion);
  if (client) context.client = client;
  if (hostName) context.hostName = hostName;
  if (hostVersion) context.hostVersion = hostVersion;
  const language = nonEmpty(office.context.displayLanguage);
  if (language) context.language = language;
  if (compose) {
    const fromAddress = await readFromAddress(office, fromTimeoutMs);
    if (fromAddress) context.fromAddress = fromAddress;
  }
  return context;
}

function readThemeBackground(office: OfficeApi): string | null {
  // Outlook has officeTheme only from Mailbox 1.14 (it was undefined before, OfficeDev/office-js#43).
  if (!supports(office, "Mailbox", "1.14")) return null;
  return nonEmpty(office.context.officeTheme?.bodyBackgroundColor);
}

function browserWindowSupported(office: OfficeApi): boolean {
  const ui = office.context.ui as { openBrowserWindow?: unknown } | undefined;
  if (typeof ui?.openBrowserWindow !== "function") return false;
  return supports(office, "OpenBrowserWindowApi", "1.1") || supports(office, "Mailbox", "1.5");
}

function subscribeItemChanged(office: OfficeApi, listener: () => void): () => void {
  const mailbox = office.context.mailbox as Partial<Office.Mailbox> | undefined;
  const eventType = office.EventType?.ItemChanged;
  // ItemChanged (Mailbox 1.5) fires only while the pane is pinned.
  if (!mailbox || typeof mailbox.addHandlerAsync !== "function" || !eventType) return () => {};
  if (!supports(office, "Mailbox", "1.5")) return () => {};
  let active = true;
  try {
    mailbox.addHandlerAsync(eventType, () => {
      if (active) listener();
    });
  } catch {
    return () => {};
  }
  return () => {
    active = false;
    if (typeof mailbox.removeHandlerAsync === "function") {
      try {
        mailbox.removeHandlerAsync(eventType);
      } catch {
        // The host is going away; the flag above already mutes the listener.
      }
    }
  };
}

function officeSession(office: OfficeApi, context: MailboxContext, fromTimeoutMs: number): OfficeSession {
  const canOpenBrowserWindow = browserWindowSupported(office);
  return {
    kind: "office",
    context,
    diagnostics: {
      hostName: context.hostName ?? null,
      hostVersion: context.hostVersion ?? null,
      platform: nonEmpty(office.context.platform),
      language: context.language ?? null,
      mailboxRequirementSet: highestMailboxSet(office),
    },
    themeBackground: readThemeBackground(office),
    canOpenBrowserWindow,
    openBrowserWindow: (url) => office.context.ui.openBrowserWindow(url),
    readContext: () => readMailboxContext(office, fromTimeoutMs),
    onItemChanged: (listener) => subscribeItemChanged(office, listener),
  };
}

/** Waits for Office (bounded) and reads the mailbox context; never rejects, never hangs. */
export async function connectOffice(options: ConnectOptions = {}): Promise<HostSession> {
  const readyTimeoutMs = options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS;
  const fromTimeoutMs = options.fromTimeoutMs ?? DEFAULT_FROM_TIMEOUT_MS;
  const office = officeGlobal();
  if (!office || typeof office.onReady !== "function") return { kind: "standalone", reason: "no-office" };
  let info: { host: unknown } | "timeout";
  try {
    info = await withTimeout(Promise.resolve(office.onReady()), readyTimeoutMs);
  } catch {
    return { kind: "standalone", reason: "no-host" };
  }
  if (info === "timeout") return { kind: "standalone", reason: "timeout" };
  if (!info?.host || !office.context?.mailbox) return { kind: "standalone", reason: "no-host" };
  try {
    const context = await readMailboxContext(office, fromTimeoutMs);
    return officeSession(office, context, fromTimeoutMs);
  } catch {
    return { kind: "standalone", reason: "no-host" };
  }
}
