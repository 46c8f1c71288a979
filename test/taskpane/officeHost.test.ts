import { afterEach, describe, expect, it } from "@jest/globals";
import {
  connectOffice,
  officeScriptSettled,
  type LoadingDocument,
  type OfficeSession,
} from "../../src/taskpane/office/officeHost.js";
import { installFakeOffice, removeFakeOffice } from "./fakeOffice.js";

afterEach(() => removeFakeOffice());

async function officeSession(options: Parameters<typeof installFakeOffice>[0] = {}): Promise<OfficeSession> {
  installFakeOffice(options);
  const session = await connectOffice({ callTimeoutMs: 100 });
  if (session.kind !== "office") throw new Error(`expected an Office session, got ${session.reason}`);
  return session;
}

describe("connectOffice fallbacks", () => {
  it("runs standalone when office.js is not loaded", async () => {
    await expect(connectOffice()).resolves.toEqual({ kind: "standalone", reason: "no-office" });
  });

  it("keeps waiting for Office.onReady however long it takes, and resolves when it does", async () => {
    installFakeOffice({ host: "never" });
    const pending = connectOffice();
    const winner = await Promise.race([
      pending,
      new Promise((resolve) => setTimeout(() => resolve("still waiting"), 150)),
    ]);
    expect(winner).toBe("still waiting");
    removeFakeOffice();
    installFakeOffice({ readyAfterMs: 300, emailAddress: "late@contoso.com" });
    const late = await connectOffice();
    expect(late.kind).toBe("office");
    if (late.kind === "office") expect(late.context.emailAddress).toBe("late@contoso.com");
  });

  it("never throws from a host whose every call throws", async () => {
    installFakeOffice({ throwing: true });
    await expect(connectOffice({ callTimeoutMs: 50 })).resolves.toMatchObject({ kind: expect.any(String) });
  });

  it("runs standalone in a plain browser (onReady without a host)", async () => {
    installFakeOffice({ host: null });
    await expect(connectOffice({ callTimeoutMs: 100 })).resolves.toEqual({
      kind: "standalone",
      reason: "no-host",
    });
  });
});

describe("connectOffice mailbox context", () => {
  it("reads the profile, host and language", async () => {
    const session = await officeSession({
      emailAddress: "ann@contoso.com",
      displayName: "Ann",
      accountType: "office365",
      hostName: "newOutlookWindows",
      hostVersion: "15.20.1.2",
      displayLanguage: "de-DE",
      mailboxVersion: "1.13",
    });
    expect(session.context).toEqual({
      emailAddress: "ann@contoso.com",
      displayName: "Ann",
      accountType: "office365",
      client: "new-windows",
      hostName: "newOutlookWindows",
      hostVersion: "15.20.1.2",
      language: "de-DE",
      mode: "read",
    });
    expect(session.diagnostics).toEqual({
      hostName: "newOutlookWindows",
      hostVersion: "15.20.1.2",
      platform: "OfficeOnline",
      language: "de-DE",
      mailboxRequirementSet: "1.13",
    });
  });

  it("ignores accountType below Mailbox 1.6 and unknown account types", async () => {
    expect(
      (await officeSession({ accountType: "office365", mailboxVersion: "1.5" })).context.accountType,
    ).toBeUndefined();
    removeFakeOffice();
    expect((await officeSession({ accountType: "somethingNew" })).context.accountType).toBeUndefined();
    removeFakeOffice();
    // "other" is not one of Office's four values (enterprise, gmail, office365, outlookCom).
    expect((await officeSession({ accountType: "other" })).context.accountType).toBeUndefined();
    removeFakeOffice();
    expect((await officeSession({ accountType: "outlookCom" })).context.accountType).toBe("outlookCom");
  });

  it("maps classic Outlook on Windows from host name and platform", async () => {
    const session = await officeSession({
      hostName: "Outlook",
      platform: "PC",
      hostVersion: "16.0.17928.20114",
    });
    expect(session.context.client).toBe("classic-windows");
  });

  it("reads the From address in compose mode (Mailbox 1.7)", async () => {
    const session = await officeSession({
      emailAddress: "ann@contoso.com",
      composeFrom: "sales@contoso.com",
    });
    expect(session.context.mode).toBe("compose");
    expect(session.context.fromAddress).toBe("sales@contoso.com");
  });

  it("does not ask for From below Mailbox 1.7", async () => {
    const session = await officeSession({ composeFrom: "sales@contoso.com", mailboxVersion: "1.6" });
    expect(session.context.mode).toBe("compose");
    expect(session.context.fromAddress).toBeUndefined();
  });

  it("gives up on item.from.getAsync after its timeout", async () => {
    const started = Date.now();
    const session = await officeSession({ composeFrom: "hang" });
    expect(session.context.fromAddress).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("reports the highest Mailbox requirement set, e.g. 1.10 above 1.9", async () => {
    expect((await officeSession({ mailboxVersion: "1.10" })).diagnostics.mailboxRequirementSet).toBe("1.10");
  });
});

describe("connectOffice theme, links and ItemChanged", () => {
  it("reads officeTheme only from Mailbox 1.14", async () => {
    expect(
      (await officeSession({ bodyBackgroundColor: "#1f1f1f", mailboxVersion: "1.14" })).themeBackground,
    ).toBe("#1f1f1f");
    removeFakeOffice();
    expect(
      (await officeSession({ bodyBackgroundColor: "#1f1f1f", mailboxVersion: "1.13" })).themeBackground,
    ).toBeNull();
  });

  it("opens links with openBrowserWindow when the host supports it", async () => {
    installFakeOffice({ mailboxVersion: "1.5" });
    const session = await connectOffice({ callTimeoutMs: 100 });
    if (session.kind !== "office") throw new Error("expected Office");
    expect(session.canOpenBrowserWindow).toBe(true);
  });

  it("does not offer openBrowserWindow without Mailbox 1.5 or OpenBrowserWindowApi 1.1", async () => {
    const session = await officeSession({ mailboxVersion: "1.4" });
    expect(session.canOpenBrowserWindow).toBe(false);
    removeFakeOffice();
    const fake = installFakeOffice({ mailboxVersion: "1.4", openBrowserWindowApi: true });
    const withApi = await connectOffice({ callTimeoutMs: 100 });
    if (withApi.kind !== "office") throw new Error("expected Office");
    expect(withApi.canOpenBrowserWindow).toBe(true);
    withApi.openBrowserWindow("https://example.org/report");
    expect(fake.openedUrls).toEqual(["https://example.org/report"]);
  });

  it("subscribes to ItemChanged, re-reads the context and unsubscribes", async () => {
    const fake = installFakeOffice({ composeFrom: "ann@contoso.com" });
    const session = await connectOffice({ callTimeoutMs: 100 });
    if (session.kind !== "office") throw new Error("expected Office");
    let fired = 0;
    const unsubscribe = session.onItemChanged(() => fired++);
    expect(fake.itemChangedHandlers()).toBe(1);
    fake.fireItemChanged({ composeFrom: "support@contoso.com" });
    expect(fired).toBe(1);
    expect((await session.readContext()).fromAddress).toBe("support@contoso.com");
    unsubscribe();
    expect(fake.itemChangedHandlers()).toBe(0);
  });

  it("does not subscribe below Mailbox 1.5", async () => {
    const fake = installFakeOffice({ mailboxVersion: "1.4" });
    const session = await connectOffice({ callTimeoutMs: 100 });
    if (session.kind !== "office") throw new Error("expected Office");
    session.onItemChanged(() => {});
    expect(fake.itemChangedHandlers()).toBe(0);
  });
});

describe("shared mailboxes, the selected item and the theme", () => {
  it("reads the shared mailbox's owner and permissions (Mailbox 1.8), and null outside one", async () => {
    const session = await officeSession({
      shared: { owner: "team@contoso.com", delegatePermissions: 1 | 2 | 16 },
    });
    await expect(session.readSharedMailbox()).resolves.toEqual({
      owner: "team@contoso.com",
      permissions: ["read", "write", "editOwn"],
    });
    removeFakeOffice();
    await expect((await officeSession({})).readSharedMailbox()).resolves.toBeNull();
    removeFakeOffice();
    const old = await officeSession({
      shared: { owner: "team@contoso.com", delegatePermissions: 1 },
      mailboxVersion: "1.7",
    });
    await expect(old.readSharedMailbox()).resolves.toBeNull();
  });

  it("reads the selected item's class and its body as text; a hanging body gives null", async () => {
    const session = await officeSession({
      item: {
        itemClass: "REPORT.IPM.Note.NDR",
        sender: "postmaster@contoso.com",
        subject: "Undeliverable: Hi",
        body: "550 5.1.1 unknown",
      },
    });
    expect(session.readSelectedItem()).toEqual({
      itemClass: "REPORT.IPM.Note.NDR",
      sender: "postmaster@contoso.com",
      subject: "Undeliverable: Hi",
    });
    await expect(session.readBodyText()).resolves.toBe("550 5.1.1 unknown");
    removeFakeOffice();
    const hanging = await officeSession({ item: { body: "hang" } });
    await expect(hanging.readBodyText()).resolves.toBeNull();
    removeFakeOffice();
    expect((await officeSession({ composeFrom: "a@b.c" })).readSelectedItem()).toBeNull();
  });

  it("follows OfficeThemeChanged from Mailbox 1.14 only", async () => {
    const fake = installFakeOffice({ mailboxVersion: "1.14", bodyBackgroundColor: "#ffffff" });
    const session = await connectOffice({ callTimeoutMs: 100 });
    if (session.kind !== "office") throw new Error("expected Office");
    const seen: Array<string | null> = [];
    const unsubscribe = session.onThemeChanged((background) => seen.push(background));
    fake.fireThemeChanged("#1f1f1f");
    expect(seen).toEqual(["#1f1f1f"]);
    unsubscribe();
    expect(fake.themeChangedHandlers()).toBe(0);
    removeFakeOffice();
    const older = installFakeOffice({ mailboxVersion: "1.13" });
    const oldSession = await connectOffice({ callTimeoutMs: 100 });
    if (oldSession.kind !== "office") throw new Error("expected Office");
    oldSession.onThemeChanged(() => {});
    expect(older.themeChangedHandlers()).toBe(0);
  });
});

// The start-up script is async and may run before office.js (webpack.config.js): it waits for office.js first.
describe("officeScriptSettled", () => {
  /** A document the test moves through parsing: an EventTarget with a readyState it sets. */
  function parsingDocument(): LoadingDocument & EventTarget & { readyState: DocumentReadyState } {
    const target = new EventTarget() as EventTarget & { readyState: DocumentReadyState };
    target.readyState = "loading";
    return target as LoadingDocument & EventTarget & { readyState: DocumentReadyState };
  }

  function scriptEvent(type: "load" | "error", src: string): Event {
    const script = document.createElement("script");
    script.src = src;
    const event = new Event(type);
    Object.defineProperty(event, "target", { value: script });
    return event;
  }

  async function settledWithin(promise: Promise<void>, ms: number): Promise<boolean> {
    return Promise.race([
      promise.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
    ]);
  }

  it("is settled at once when Office is there or the page has been parsed", async () => {
    installFakeOffice();
    await expect(settledWithin(officeScriptSettled(parsingDocument()), 20)).resolves.toBe(true);
    removeFakeOffice();
    const parsed = parsingDocument();
    parsed.readyState = "interactive";
    await expect(settledWithin(officeScriptSettled(parsed), 20)).resolves.toBe(true);
  });

  it("waits while the parser is still before office.js, and settles when office.js has run", async () => {
    const doc = parsingDocument();
    const settled = officeScriptSettled(doc);
    // Another script's load is not office.js.
    doc.dispatchEvent(scriptEvent("load", "https://127.0.0.1/assets/other.js"));
    await expect(settledWithin(settled, 30)).resolves.toBe(false);
    doc.dispatchEvent(scriptEvent("load", "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"));
    await expect(settledWithin(settled, 30)).resolves.toBe(true);
  });

  it("settles when office.js fails to load (no network: the pane runs standalone)", async () => {
    const doc = parsingDocument();
    const settled = officeScriptSettled(doc);
    doc.dispatchEvent(scriptEvent("error", "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"));
    await expect(settledWithin(settled, 30)).resolves.toBe(true);
    await expect(connectOffice()).resolves.toEqual({ kind: "standalone", reason: "no-office" });
  });

  it("settles on any script's load once Office is defined (office.js served under another name)", async () => {
    const doc = parsingDocument();
    const settled = officeScriptSettled(doc);
    installFakeOffice();
    doc.dispatchEvent(scriptEvent("load", "https://intranet.contoso.test/js/office-loader.js"));
    await expect(settledWithin(settled, 30)).resolves.toBe(true);
  });

  it("settles at DOMContentLoaded at the latest, and leaves no listener behind", async () => {
    const doc = parsingDocument();
    const removed: string[] = [];
    const removeEventListener = doc.removeEventListener.bind(doc);
    doc.removeEventListener = (
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | EventListenerOptions,
    ) => {
      removed.push(type);
      removeEventListener(type, listener, options);
    };
    const settled = officeScriptSettled(doc);
    doc.dispatchEvent(new Event("DOMContentLoaded"));
    await expect(settledWithin(settled, 30)).resolves.toBe(true);
    expect(removed.sort()).toEqual(["DOMContentLoaded", "error", "load"]);
  });
});
