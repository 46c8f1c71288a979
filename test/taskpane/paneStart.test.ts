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
