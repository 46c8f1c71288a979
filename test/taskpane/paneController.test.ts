// The pane controller without React or a browser: actions in, state and
// effects (as data) out. The real core resolver is used as the lookup.

import { describe, expect, it } from "@jest/globals";
import type { MailboxContext, Settings } from "../../src/core/types.js";
import type { ApiResult } from "../../src/taskpane/api/serverApi.js";
import type { OfficeInfo, PaneAction, PaneEffect } from "../../src/taskpane/paneController.js";
import {
  OFFICE_PATIENCE_MS,
  accountOptions,
  checklistContext,
  currentAccount,
  currentVerify,
  discoveryState,
  initialPaneState,
  paneLang,
  reducePane,
  resolverContext,
  showAddressForm,
  shownSettings,
  startEffects,
} from "../../src/taskpane/paneController.js";
import * as lookup from "../../src/taskpane/settingsLookup.js";

function office(context: Partial<MailboxContext> = {}): OfficeInfo {
  return {
    context: { emailAddress: "ann@contoso.com", mode: "read", accountType: "office365", ...context },
    diagnostics: {
      hostName: "OutlookWebApp",
      hostVersion: "1",
      platform: "OfficeOnline",
      language: "en-US",
      mailboxRequirementSet: "1.14",
    },
    canOpenBrowserWindow: true,
  };
}

/** Runs actions from a fresh state, collecting every effect. */
function run(actions: PaneAction[], init: Partial<Parameters<typeof initialPaneState>[0]> = {}) {
  let state = initialPaneState({ browser: {}, recent: [], remembered: [], ...init });
  const effects: PaneEffect[] = [];
  for (const action of actions) {
    const [next, produced] = reducePane(state, action, 1_000);
    state = next;
    effects.push(...produced);
  }
  return { state, effects };
}

const loaded: PaneAction = { type: "lookup-loaded", lookup };
const connected = (context: Partial<MailboxContext> = {}): PaneAction => ({
  type: "host-office",
  office: office(context),
  themeBackground: null,
  item: null,
});
const ofType = <T extends PaneEffect["type"]>(effects: PaneEffect[], type: T) =>
  effects.filter((effect): effect is Extract<PaneEffect, { type: T }> => effect.type === type);

const discovered: Settings = {
  email: "ann@unknown-domain.example",
  domain: "unknown-domain.example",
  provider: null,
  source: "srv",
  servers: [
    {
      host: "mail.unknown-domain.example",
      port: 465,
      security: "tls",
      auth: ["password"],
      username: "ann@unknown-domain.example",
    },
  ],
  incoming: [],
  notes: [],
  confidence: "medium",
};

describe("never giving up on Outlook", () => {
  it("waits briefly, then offers the address form while still waiting, then switches to Outlook's mailbox", () => {
    expect(startEffects()).toEqual([{ type: "wait-for-office", ms: OFFICE_PATIENCE_MS }]);
    const early = run([loaded]);
    expect(early.state.host).toEqual({ kind: "waiting", patienceOver: false });
    expect(showAddressForm(early.state)).toBe(false);

    const patient = run([loaded, { type: "office-patience-over" }]);
    expect(showAddressForm(patient.state)).toBe(true);

    const late = run([loaded, { type: "office-patience-over" }, connected()]);
    expect(late.state.host.kind).toBe("office");
    expect(currentAccount(late.state)).toEqual({ address: "ann@contoso.com", source: "mailbox" });
    expect(shownSettings(late.state)?.settings.servers[0]?.host).toBe("smtp.office365.com");
    // A patience timer that fires after Outlook answered changes nothing.
    const [after] = reducePane(late.state, { type: "office-patience-over" });
    expect(after).toBe(late.state);
  });

  it("keeps an address typed while Outlook was late, and offers Outlook's accounts beside it", () => {
    const { state } = run([
      loaded,
      { type: "office-patience-over" },
      { type: "address-typed", address: "me@gmail.com" },
      connected(),
    ]);
    expect(currentAccount(state)).toEqual({ address: "me@gmail.com", source: "typed" });
    expect(accountOptions(state).map((option) => option.source)).toEqual(["mailbox", "recent"]);
  });

  it("shows the last answer of a previous visit at once, marked, until Outlook says which mailbox this is", () => {
    const remembered = [{ address: "ann@contoso.com", settings: discovered, at: 500 }];
    const waiting = run([], { remembered });
    expect(shownSettings(waiting.state)).toEqual({ settings: discovered, origin: "previous-visit", at: 500 });
    const confirmed = run([loaded, connected()], { remembered });
    expect(shownSettings(confirmed.state)?.origin).toBe("offline");
  });

  it("names the reason when running standalone and rejects a bad typed address inline", () => {
    const { state } = run([
      loaded,
      { type: "host-standalone", reason: "no-host" },
      { type: "address-typed", address: "nope" },
    ]);
    expect(showAddressForm(state)).toBe(true);
    expect(state.typedError).toMatch(/@/);
    expect(currentAccount(state)).toBeNull();
  });

  it("asks for an address when Outlook gives an empty one", () => {
    const { state } = run([loaded, connected({ emailAddress: "" })]);
    expect(currentAccount(state)).toBeNull();
    expect(showAddressForm(state)).toBe(true);
  });
});

describe("which account won't send", () => {
  it("offers the compose From, the mailbox, the shared mailbox and recent addresses, each once", () => {
    const { state } = run(
      [
        loaded,
        connected({ mode: "compose", fromAddress: "sales@contoso.com" }),
        { type: "shared-mailbox", shared: { owner: "team@contoso.com", permissions: ["read"] } },
      ],
      { recent: ["old@gmx.de", "SALES@contoso.com"] },
    );
    expect(accountOptions(state)).toEqual([
      { address: "sales@contoso.com", source: "from" },
      { address: "ann@contoso.com", source: "mailbox" },
      { address: "team@contoso.com", source: "shared" },
      { address: "old@gmx.de", source: "recent" },
    ]);
    expect(currentAccount(state)?.source).toBe("from");
  });

  it("gives the checklist the From and the signed-in mailbox separately, so a different From can warn", () => {
    const { state } = run([loaded, connected({ mode: "compose", fromAddress: "sales@contoso.com" })]);
    const account = currentAccount(state);
    expect(checklistContext(state, account)).toEqual({
      emailAddress: "ann@contoso.com",
      fromAddress: "sales@contoso.com",
      mode: "compose",
    });
    // Outlook's accountType describes the mailbox, not another address.
    expect(resolverContext(state, account)).toEqual({});
    const mailbox = { address: "ann@contoso.com", source: "mailbox" as const };
    expect(resolverContext(state, mailbox)).toEqual({ accountType: "office365" });
  });

  it("treats sending as a chosen shared mailbox like a different From", () => {
    const { state } = run([
      loaded,
      connected(),
      { type: "shared-mailbox", shared: { owner: "team@contoso.com", permissions: ["read", "write"] } },
      { type: "account-chosen", option: { address: "team@contoso.com", source: "shared" } },
    ]);
    expect(checklistContext(state, currentAccount(state))).toMatchObject({
      emailAddress: "ann@contoso.com",
      fromAddress: "team@contoso.com",
    });
  });

  it("remembers checked addresses on the device (bounded) and forgets them on request", () => {
    const { state, effects } = run(
      [
        loaded,
        { type: "host-standalone", reason: "no-office" },
        { type: "address-typed", address: "New@Example.org" },
      ],
      { recent: ["a@x.de", "b@x.de", "c@x.de", "d@x.de", "e@x.de"] },
    );
    expect(state.recent).toEqual(["New@example.org", "a@x.de", "b@x.de", "c@x.de", "d@x.de"]);
    expect(ofType(effects, "save-recent").at(-1)?.addresses).toEqual(state.recent);
    const [forgotten, forgetEffects] = reducePane(state, { type: "forget-device-data" });
    expect(forgotten.recent).toEqual([]);
    expect(forgotten.remembered).toEqual([]);
    expect(forgetEffects).toEqual([{ type: "forget-device-data" }]);
  });
});

describe("lookups", () => {
  it("asks the server only for unknown domains, with the language, and marks a slow answer as still working", () => {
    const { state, effects } = run([
      loaded,
      connected({ emailAddress: "ann@unknown-domain.example", accountType: undefined, language: "de-DE" }),
    ]);
    const fetches = ofType(effects, "fetch-settings");
    expect(fetches).toEqual([
      {
        type: "fetch-settings",
        key: "ann@unknown-domain.example|",
        email: "ann@unknown-domain.example",
        accountType: undefined,
        lang: "de",
      },
    ]);
    expect(ofType(effects, "mark-slow").map((effect) => effect.request)).toContain("settings");
    expect(ofType(effects, "fetch-domain")[0]).toMatchObject({
      domain: "unknown-domain.example",
      lang: "de",
    });
    const [slow] = reducePane(state, {
      type: "request-slow",
      request: "settings",
      key: "ann@unknown-domain.example|",
    });
    expect(discoveryState(slow)).toMatchObject({ status: "loading", slow: true });
    expect(paneLang(slow)).toBe("de");
  });

  it("does not ask again when ItemChanged brings the same address and account type", () => {
    const first = run([
      loaded,
      connected({ emailAddress: "ann@unknown-domain.example", accountType: undefined }),
    ]);
    const [same, effects] = reducePane(first.state, {
      type: "context-changed",
      context: { emailAddress: "ann@unknown-domain.example", mode: "read" },
      item: null,
    });
    expect(ofType(effects, "fetch-settings")).toEqual([]);
    expect(ofType(effects, "fetch-domain")).toEqual([]);
    const [, changed] = reducePane(same, {
      type: "context-changed",
      context: { emailAddress: "bob@other-unknown.example", mode: "read" },
      item: null,
    });
    expect(ofType(changed, "fetch-settings").map((effect) => effect.email)).toEqual([
      "bob@other-unknown.example",
    ]);
  });

  it("tells unreachable from no answer, retries on request, and keeps the last good answer with its time meanwhile", () => {
    const key = "ann@unknown-domain.example|";
    const start = run([
      loaded,
      connected({ emailAddress: "ann@unknown-domain.example", accountType: undefined }),
    ]);
    const answer = (result: ApiResult<Settings>, at: number): PaneAction => ({
      type: "settings-answered",
      key,
      result,
      at,
    });

    const [good] = reducePane(start.state, answer({ ok: true, value: discovered }, 2_000));
    expect(shownSettings(good)).toEqual({ settings: discovered, origin: "server" });
    expect(good.remembered[0]).toMatchObject({ address: "ann@unknown-domain.example", at: 2_000 });

    // A new pane session for the same address: the remembered answer shows while the server is asked again.
    const again = run(
      [loaded, connected({ emailAddress: "ann@unknown-domain.example", accountType: undefined })],
      {
        remembered: good.remembered,
      },
    );
    expect(shownSettings(again.state)).toEqual({ settings: discovered, origin: "last-good", at: 2_000 });

    const [down] = reducePane(again.state, answer({ ok: false, kind: "unreachable" }, 3_000));
    expect(discoveryState(down)?.status).toBe("unreachable");
    expect(shownSettings(down)?.origin).toBe("last-good");
    const [silent] = reducePane(
      again.state,
      answer({ ok: false, kind: "no-answer", waitedMs: 25_000 }, 3_000),
    );
    expect(discoveryState(silent)).toMatchObject({ status: "no-answer", waitedMs: 25_000 });

    const [retried, retryEffects] = reducePane(down, { type: "retry", now: 4_000 });
    expect(discoveryState(retried)).toMatchObject({ status: "loading", since: 4_000 });
    expect(ofType(retryEffects, "fetch-settings")).toHaveLength(1);
  });

  it("keeps the same state when the slow mark comes after the answer (no render for a stale timer)", () => {
    const key = "ann@unknown-domain.example|";
    const start = run([
      loaded,
      connected({ emailAddress: "ann@unknown-domain.example", accountType: undefined }),
    ]);
    const [answered] = reducePane(start.state, {
      type: "settings-answered",
      key,
      result: { ok: true, value: discovered },
      at: 2_000,
    });
    const [late] = reducePane(answered, { type: "request-slow", request: "settings", key });
    expect(late).toBe(answered);
    const domainKey = ofType(start.effects, "fetch-domain")[0]?.key ?? "";
    const [domainLate] = reducePane(answered, { type: "request-slow", request: "domain", key: domainKey });
    expect(domainLate).not.toBe(answered);
    expect(domainLate.domain[domainKey]).toMatchObject({ status: "loading", slow: true });
    const [twice] = reducePane(domainLate, { type: "request-slow", request: "domain", key: domainKey });
    expect(twice).toBe(domainLate);
  });

  it("ignores an answer for an address no longer asked about", () => {
    const { state } = run([loaded, connected()]);
    const [next] = reducePane(state, {
      type: "settings-answered",
      key: "x|",
      result: { ok: true, value: discovered },
      at: 1,
    });
    expect(next).toBe(state);
  });
});

describe("verify", () => {
  it("runs one verify at a time, marks it slow, keeps the report for its address only, and sends the language", () => {
    const { state } = run([loaded, connected({ language: "de-AT" })]);
    const server = shownSettings(state)!.settings.servers[0]!;
    const [running, effects] = reducePane(state, { type: "verify-requested", server, now: 10 });
    expect(ofType(effects, "verify")).toEqual([{ type: "verify", run: 1, server, lang: "de" }]);
    const [slow] = reducePane(running, { type: "request-slow", request: "verify", key: "1" });
    expect(currentVerify(slow)).toMatchObject({ status: "running", slow: true });
    const [stale] = reducePane(slow, {
      type: "verify-answered",
      run: 0,
      result: { ok: false, kind: "unreachable" },
      at: 20,
    });
    expect(stale).toBe(slow);
    const [none] = reducePane(slow, {
      type: "verify-answered",
      run: 1,
      result: { ok: false, kind: "no-answer", waitedMs: 25_000 },
      at: 20,
    });
    expect(currentVerify(none)).toMatchObject({ status: "no-answer", waitedMs: 25_000 });
    const [other] = reducePane(none, {
      type: "account-chosen",
      option: { address: "me@gmail.com", source: "typed" },
    });
    expect(currentVerify(other)).toEqual({ status: "idle" });
  });
});

describe("the selected item", () => {
  it("reads an NDR's body at once and holds its text for the explainer; an unreadable body is said so", () => {
    const ndr = {
      itemClass: "REPORT.IPM.Note.NDR",
      sender: "postmaster@contoso.com",
      subject: "Undeliverable: Hi",
    };
    const { state, effects } = run([
      loaded,
      { type: "host-office", office: office(), themeBackground: null, item: ndr },
    ]);
    expect(ofType(effects, "read-bounce-body")).toHaveLength(1);
    expect(state.bounce).toEqual({ status: "reading" });
    const [ready] = reducePane(state, { type: "bounce-body", text: "550 5.1.1 User unknown" });
    expect(ready.bounce).toEqual({ status: "ready", text: "550 5.1.1 User unknown" });
    const [empty] = reducePane(state, { type: "bounce-body", text: "  " });
    expect(empty.bounce).toEqual({ status: "unreadable" });
  });

  it("follows a theme switch and health answers", () => {
    const { state } = run([loaded, connected()]);
    const [dark] = reducePane(state, { type: "theme-changed", background: "#1f1f1f" });
    expect(dark.themeBackground).toBe("#1f1f1f");
    const [checking, effects] = reducePane(dark, { type: "diagnostics-opened", now: 5 });
    expect(effects).toEqual([{ type: "fetch-health" }]);
    const [healthy] = reducePane(checking, {
      type: "health-answered",
      result: { ok: true, value: { status: "ok" } },
      at: 6,
    });
    expect(healthy.health).toEqual({ status: "ok", value: { status: "ok" }, at: 6 });
    expect(reducePane(healthy, { type: "diagnostics-opened", now: 7 })[1]).toEqual([]);
  });
});
