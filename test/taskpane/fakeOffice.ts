// A fake Office.js host for jsdom tests: the `Office` global as Outlook
// exposes it (onReady, context.mailbox, requirements, diagnostics, item.from,
// addHandlerAsync, displayLanguage, officeTheme, ui.openBrowserWindow). Only
// Office's boundary is faked; the pane's own adapter runs for real.

export interface FakeOfficeOptions {
  /** What onReady resolves with: "Outlook", or null for a plain browser; "never" leaves it pending. */
  host?: string | null | "never";
  platform?: string;
  emailAddress?: string;
  displayName?: string;
  accountType?: string;
  hostName?: string;
  hostVersion?: string;
  /** Highest Mailbox requirement set the host supports. */
  mailboxVersion?: string;
  openBrowserWindowApi?: boolean;
  /** Compose mode: the From address item.from.getAsync reports ("hang" never calls back). */
  composeFrom?: string | "hang";
  displayLanguage?: string;
  bodyBackgroundColor?: string;
}

export interface FakeOfficeHandle {
  office: Record<string, unknown>;
  openedUrls: string[];
  /** How many ItemChanged handlers are registered right now. */
  itemChangedHandlers(): number;
  /** Simulates selecting another item while the pane is pinned. */
  fireItemChanged(next?: { composeFrom?: string; emailAddress?: string }): void;
}

const ITEM_CHANGED = "olkItemSelectedChanged";

function versionAtMost(version: string, highest: string): boolean {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  const [topMajor = 0, topMinor = 0] = highest.split(".").map(Number);
  return major < topMajor || (major === topMajor && minor <= topMinor);
}

export function installFakeOffice(options: FakeOfficeOptions = {}): FakeOfficeHandle {
  const mailboxVersion = options.mailboxVersion ?? "1.14";
  const openedUrls: string[] = [];
  let handlers: Array<() => void> = [];
  let composeFrom = options.composeFrom;

  const fromItem = () =>
    composeFrom === undefined
      ? { itemType: "message", from: { emailAddress: "sender@example.net", displayName: "Sender" } }
      : {
          itemType: "message",
          from: {
            getAsync(callback: (result: { status: string; value?: { emailAddress: string } }) => void) {
              if (composeFrom === "hang") return;
              const value = { emailAddress: composeFrom as string };
              setTimeout(() => callback({ status: "succeeded", value }), 0);
            },
          },
        };

  const userProfile: Record<string, unknown> = {
    emailAddress: options.emailAddress ?? "ann@contoso.com",
    displayName: options.displayName ?? "Ann Example",
  };
  if (options.accountType !== undefined) userProfile.accountType = options.accountType;

  const mailbox: Record<string, unknown> = {
    userProfile,
    diagnostics: {
      hostName: options.hostName ?? "OutlookWebApp",
      hostVersion: options.hostVersion ?? "15.20.8000.0",
    },
    item: fromItem(),
    addHandlerAsync(eventType: string, handler: () => void, callback?: (result: { status: string }) => void) {
      if (eventType === ITEM_CHANGED) handlers.push(handler);
      callback?.({ status: "succeeded" });
    },
    removeHandlerAsync(eventType: string, callback?: (result: { status: string }) => void) {
      if (eventType === ITEM_CHANGED) handlers = [];
      callback?.({ status: "succeeded" });
    },
  };

  const context: Record<string, unknown> = {
    mailbox,
    platform: options.platform ?? "OfficeOnline",
    diagnostics: { host: "Outlook", platform: options.platform ?? "OfficeOnline", version: "16.0" },
    displayLanguage: options.displayLanguage ?? "en-US",
    requirements: {
      isSetSupported(name: string, version?: string) {
        if (name === "Mailbox") return versionAtMost(version ?? "1.1", mailboxVersion);
        if (name === "OpenBrowserWindowApi") return options.openBrowserWindowApi === true;
        return false;
      },
    },
    ui: {
      openBrowserWindow(url: string) {
        openedUrls.push(url);
      },
    },
  };
  if (options.bodyBackgroundColor !== undefined) {
    context.officeTheme = { bodyBackgroundColor: options.bodyBackgroundColor };
  }

  const host = options.host === undefined ? "Outlook" : options.host;
  const office: Record<string, unknown> = {
    context,
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { ItemChanged: ITEM_CHANGED },
    onReady() {
      if (host === "never") return new Promise(() => {});
      return Promise.resolve({ host, platform: host ? context.platform : null });
    },
  };
  (globalThis as { Office?: unknown }).Office = office;

  return {
    office,
    openedUrls,
    itemChangedHandlers: () => handlers.length,
    fireItemChanged(next = {}) {
      if (next.composeFrom !== undefined) composeFrom = next.composeFrom;
      if (next.emailAddress !== undefined) userProfile.emailAddress = next.emailAddress;
      mailbox.item = fromItem();
      for (const handler of handlers) handler();
    },
  };
}

export function removeFakeOffice(): void {
  delete (globalThis as { Office?: unknown }).Office;
}
