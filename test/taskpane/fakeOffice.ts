// A fake Office.js host for jsdom tests: the `Office` global as Outlook
// exposes it (onReady, context.mailbox, requirements, diagnostics, item.from,
// addHandlerAsync, displayLanguage, officeTheme, ui.openBrowserWindow). Only
// Office's boundary is faked; the pane's own adapter runs for real.

export interface FakeOfficeOptions {
  /** What onReady resolves with: "Outlook", or null for a plain browser; "never" leaves it pending. */
  host?: string | null | "never";
  /** onReady resolves only after this many milliseconds (a slow Outlook start). */
  readyAfterMs?: number;
  /** Read mode: the selected item's class, sender, subject and body (item.body.getAsync). */
  item?: { itemClass?: string; sender?: string; subject?: string; body?: string | "hang" };
  /** item.getSharedPropertiesAsync's answer (Mailbox 1.8); absent: the call fails (not shared). */
  shared?: { owner: string; delegatePermissions: number };
  /** Every Office call and property below Office.context throws (a broken host). */
  throwing?: boolean;
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
  /** Simulates switching Outlook's theme (OfficeThemeChanged). */
  fireThemeChanged(bodyBackgroundColor: string): void;
  themeChangedHandlers(): number;
}

const ITEM_CHANGED = "olkItemSelectedChanged";
const THEME_CHANGED = "officeThemeChanged";

function versionAtMost(version: string, highest: string): boolean {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  const [topMajor = 0, topMinor = 0] = highest.split(".").map(Number);
  return major < topMajor || (major === topMajor && minor <= topMinor);
}

export function installFakeOffice(options: FakeOfficeOptions = {}): FakeOfficeHandle {
  const mailboxVersion = options.mailboxVersion ?? "1.14";
  const openedUrls: string[] = [];
  let handlers: Array<() => void> = [];
  let themeHandlers: Array<(args: unknown) => void> = [];
  let composeFrom = options.composeFrom;

  const readItem = () => {
    const item: Record<string, unknown> = {
      itemType: "message",
      itemClass: options.item?.itemClass ?? "IPM.Note",
      subject: options.item?.subject ?? "Hello",
      from: { emailAddress: options.item?.sender ?? "sender@example.net", displayName: "Sender" },
      body: {
        getAsync(coercion: string, callback: (result: { status: string; value?: string }) => void) {
          const body = options.item?.body;
          if (body === "hang") return;
          setTimeout(
            () =>
              callback(
                coercion === "text" && body !== undefined
                  ? { status: "succeeded", value: body }
                  : { status: "failed" },
              ),
            0,
          );
        },
      },
      getSharedPropertiesAsync(callback: (result: { status: string; value?: unknown }) => void) {
        setTimeout(
          () =>
            callback(options.shared ? { status: "succeeded", value: options.shared } : { status: "failed" }),
          0,
        );
      },
    };
    return item;
  };
  const fromItem = () =>
    composeFrom === undefined
      ? readItem()
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
      if (eventType === THEME_CHANGED) themeHandlers.push(handler);
      callback?.({ status: "succeeded" });
    },
    removeHandlerAsync(eventType: string, callback?: (result: { status: string }) => void) {
      if (eventType === ITEM_CHANGED) handlers = [];
      if (eventType === THEME_CHANGED) themeHandlers = [];
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
    EventType: { ItemChanged: ITEM_CHANGED, OfficeThemeChanged: THEME_CHANGED },
    CoercionType: { Text: "text", Html: "html" },
    onReady() {
      if (host === "never") return new Promise(() => {});
      const info = { host, platform: host ? context.platform : null };
      if (options.readyAfterMs)
        return new Promise((resolve) => setTimeout(() => resolve(info), options.readyAfterMs));
      return Promise.resolve(info);
    },
  };
  if (options.throwing) {
    // A broken host: the context exists, but every property read under it throws.
    const explode = () => {
      throw new Error("Office API failure");
    };
    office.context = new Proxy(
      {},
      {
        get: (_target, property) => (property === "mailbox" ? new Proxy({}, { get: explode }) : explode()),
      },
    );
  }
  (globalThis as { Office?: unknown }).Office = office;

  return {
    office,
    openedUrls,
    itemChangedHandlers: () => handlers.length,
    themeChangedHandlers: () => themeHandlers.length,
    fireThemeChanged(bodyBackgroundColor: string) {
      context.officeTheme = { bodyBackgroundColor };
      for (const handler of themeHandlers)
        handler({ type: THEME_CHANGED, officeTheme: { bodyBackgroundColor } });
    },
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
