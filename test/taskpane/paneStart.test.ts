// The controller's start from an Outlook that has already answered (boot.ts
// paints the first screen from it, and the React pane starts from it), and
// the patience that counts the time the page already waited.
import { describe, expect, it } from "@jest/globals";
import { relayItemChanged, type OfficeSession } from "../../src/taskpane/office/officeHost.js";
import {
  OFFICE_PATIENCE_MS,
  currentAccount,
  shownSettings,
  startEffects,
  startWithOffice,
} from "../../src/taskpane/paneController.js";
import * as lookup from "../../src/taskpane/settingsLookup.js";
import { withFirstPaintLookup, withWholeDatabase } from "../../src/taskpane/firstPaintLookup.js";
import { startupLookup } from "../../src/taskpane/startupLookup.js";
import { ProviderElsewhereError } from "../../src/core/providerIndex.js";

function session(overrides: Partial<OfficeSession> = {}): OfficeSession {
  return {
    kind: "office",
    context: { emailAddress: "ann@contoso.com", accountType: "office365", mode: "read" },
    diagnostics: {
      hostName: "Outlook",
      hostVersion: "16.0",
      platform: "PC",
      language: "en-US",
      mailboxRequirementSet: "1.14",
    },
    themeBackground: "#ffffff",
    canOpenBrowserWindow: false,
    openBrowserWindow: () => undefined,
    readContext: () => Promise.reject(new Error("not used")),
    readSharedMailbox: () => Promise.resolve(null),
    readSelectedItem: () => ({
      itemClass: "REPORT.IPM.Note.NDR",
      sender: "postmaster@contoso.com",
      subject: "Undeliverable",
    }),
    readBodyText: () => Promise.resolve(null),
    onItemChanged: () => () => undefined,
    onThemeChanged: () => () => undefined,
    ...overrides,
  };
}

describe("startWithOffice", () => {
  it("starts in the Office session with the settings shown and the effects of getting there", () => {
    const start = startWithOffice({ browser: {}, recent: [], remembered: [] }, lookup, session(), 1000);
    expect(start.state.host.kind).toBe("office");
    expect(currentAccount(start.state)).toEqual({ address: "ann@contoso.com", source: "mailbox" });
    expect(shownSettings(start.state)?.settings.servers[0]?.host).toBe("smtp.office365.com");
    const types = start.effects.map((effect) => effect.type);
    // The shared mailbox and the selected bounce are read, the address and answer remembered.
    expect(types).toEqual(
      expect.arrayContaining(["read-shared-mailbox", "read-bounce-body", "save-recent", "save-answers"]),
    );
    expect(start.state.bounce).toEqual({ status: "reading" });
  });

  it("keeps what this device remembers and adds the new address in front", () => {
    const start = startWithOffice(
      { browser: {}, recent: ["old@example.org"], remembered: [] },
      lookup,
      session(),
      1000,
    );
    expect(start.state.recent).toEqual(["ann@contoso.com", "old@example.org"]);
  });
});

describe("startEffects", () => {
  it("waits for Outlook for the patience less what the page already waited", () => {
    expect(startEffects()).toEqual([{ type: "wait-for-office", ms: OFFICE_PATIENCE_MS }]);
    expect(startEffects(200)).toEqual([{ type: "wait-for-office", ms: OFFICE_PATIENCE_MS - 200 }]);
    expect(startEffects(OFFICE_PATIENCE_MS + 500)).toEqual([{ type: "wait-for-office", ms: 0 }]);
  });
});

describe("relayItemChanged", () => {
  it("hands a change made before anyone listened to the first listener, and relays later ones", () => {
    let fire = () => {};
    let subscriptions = 0;
    const relayed = relayItemChanged(
      session({
        onItemChanged: (listener) => {
          subscriptions += 1;
          fire = listener;
          return () => undefined;
        },
      }),
    );
    // Subscribed to Office once, at once.
    expect(subscriptions).toBe(1);
    fire(); // the user picks another message before the React pane listens
    const seen: string[] = [];
    const stop = relayed.onItemChanged(() => seen.push("first"));
    expect(seen).toEqual(["first"]);
    fire();
    expect(seen).toEqual(["first", "first"]);
    stop();
    fire();
    expect(seen).toEqual(["first", "first"]);
    expect(subscriptions).toBe(1);
    // Everything else is the session itself.
    expect(relayed.context.emailAddress).toBe("ann@contoso.com");
  });
});

describe("the first paint's lookup", () => {
  const init = { browser: {}, recent: [], remembered: [] };
  const start = (office: OfficeSession) => (using: typeof lookup) =>
    startWithOffice(init, using, office, 1000);

  it("resolves a global provider's or a custom domain's mailbox with the start-up lookup alone, as the whole database does", async () => {
    for (const emailAddress of ["ann@contoso.com", "ann@outlook.com", "ann@gmail.com"]) {
      const office = session({ context: { emailAddress, accountType: "office365", mode: "read" } });
      let loaded = false;
      const first = await withFirstPaintLookup(
        startupLookup,
        () => {
          loaded = true;
          return Promise.resolve(lookup);
        },
        start(office),
      );
      expect(loaded).toBe(false);
      expect(first.state.lookup).toBe(startupLookup);
      expect(shownSettings(first.state)).toEqual(shownSettings(start(office)(lookup).state));
    }
  });

  it("turns to the whole database for a regional provider's address (a compose From at GMX)", async () => {
    const office = session({
      context: {
        emailAddress: "ann@contoso.com",
        accountType: "office365",
        mode: "compose",
        fromAddress: "ann@gmx.de",
      },
    });
    expect(() => start(office)(startupLookup)).toThrow(ProviderElsewhereError);
    let loaded = 0;
    const first = await withFirstPaintLookup(
      startupLookup,
      () => {
        loaded += 1;
        return Promise.resolve(lookup);
      },
      start(office),
    );
    expect(loaded).toBe(1);
    expect(first.state.lookup).toBe(lookup);
    expect(shownSettings(first.state)?.settings.servers[0]?.host).toBe("mail.gmx.net");
  });

  it("lets any other error through", async () => {
    const broken = () => {
      throw new TypeError("broken");
    };
    await expect(withFirstPaintLookup(startupLookup, () => Promise.resolve(lookup), broken)).rejects.toThrow(
      TypeError,
    );
  });

  it("hands React the whole database, or nothing when that chunk cannot load", async () => {
    const first = start(session())(startupLookup);
    const forReact = await withWholeDatabase(first, () => Promise.resolve(lookup));
    expect(forReact?.state.lookup).toBe(lookup);
    expect(forReact?.effects).toBe(first.effects);
    await expect(withWholeDatabase(first, () => Promise.reject(new Error("offline")))).resolves.toBeNull();
  });
});
