// The first paint (firstPaint.ts, DOM only, before React loads) against
// React's first render of the same state: same text, same elements, same
// classes, so the two cannot drift apart and nothing moves when React takes over.
import { afterEach, describe, expect, it } from "@jest/globals";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { loadLanguage, pickLang } from "../../src/core/language.js";
import { TaskPane } from "../../src/taskpane/components/TaskPane.js";
import { createDeviceMemory } from "../../src/taskpane/deviceMemory.js";
import { firstScreenElement, paintFirstScreen } from "../../src/taskpane/firstPaint.js";
import { firstScreen } from "../../src/taskpane/firstScreen.js";
import { en } from "../../src/taskpane/i18n/en.js";
import { loadPaneStrings } from "../../src/taskpane/i18n/paneStrings.js";
import { connectOffice } from "../../src/taskpane/office/officeHost.js";
import { startWithOffice, type PaneStart } from "../../src/taskpane/paneController.js";
import { loadSettingsLookup } from "../../src/taskpane/settingsLookupChunk.js";
import { installFakeOffice, removeFakeOffice, type FakeOfficeOptions } from "./fakeOffice.js";

const roots: Root[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) root.unmount();
  document.body.innerHTML = "";
  removeFakeOffice();
});

async function startFor(options: FakeOfficeOptions): Promise<PaneStart> {
  installFakeOffice(options);
  const session = await connectOffice({ callTimeoutMs: 200 });
  if (session.kind !== "office") throw new Error("expected an Office session");
  const lang = pickLang(session.context.language);
  await Promise.all([loadPaneStrings(lang), loadLanguage(lang)]);
  return startWithOffice(
    { browser: { prefersDark: false }, recent: [], remembered: [] },
    await loadSettingsLookup(),
    session,
    Date.now(),
  );
}

/** React's first commit for `start`, and nothing after it (lazy sections have not arrived yet). */
function reactFirstCommit(start: PaneStart): HTMLElement {
  const container = document.createElement("div");
  document.body.append(container);
  const root = createRoot(container);
  roots.push(root);
  flushSync(() =>
    root.render(
      <TaskPane
        session={Promise.resolve(start.office)}
        start={start}
        memory={createDeviceMemory(null)}
        browser={{ prefersDark: false }}
      />,
    ),
  );
  return container.cloneNode(true) as HTMLElement;
}

/**
 * Every element as tag and classes, in document order. A copy button and the
 * first paint's invisible placeholder for it count as the same; React's
 * generated ids and the first paint's fixed ones do not count.
 */
function skeleton(root: Element): string[] {
  return [root, ...root.querySelectorAll("*")]
    .filter(
      (element) =>
        !element.closest("button, .od-copy-placeholder") || element.matches("button, .od-copy-placeholder"),
    )
    .map((element) =>
      element.matches("button.od-button, .od-copy-placeholder")
        ? "copy"
        : `${element.tagName.toLowerCase()}.${[...element.classList].sort().join(".")}[${element.getAttribute("data-testid") ?? ""}]`,
    );
}

/**
 * React's first screen: the children of its <main> except the later sections,
 * which arrive in their own Fluent scope (lazy chunks; in the browser they are
 * not there at the first commit, in jest they may already be cached).
 */
function firstScreenParts(container: Element): Element[] {
  return [...(container.querySelector("main")?.children ?? [])].filter(
    (part) => !part.classList.contains("fui-FluentProvider"),
  );
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? "").replace(/\s+/g, " ").trim();
}

const MAILBOXES: Array<[string, FakeOfficeOptions, string]> = [
  [
    "Microsoft 365",
    { emailAddress: "ann@contoso.onmicrosoft.com", accountType: "office365" },
    "smtp.office365.com",
  ],
  ["Outlook.com", { emailAddress: "bob@outlook.com", accountType: "outlookCom" }, "smtp-mail.outlook.com"],
  [
    "Gmail in Outlook on Mac, German",
    {
      emailAddress: "carla@gmail.com",
      accountType: "gmail",
      hostName: "Outlook",
      platform: "Mac",
      displayLanguage: "de-DE",
    },
    "smtp.gmail.com",
  ],
  [
    "a custom domain in Microsoft 365",
    { emailAddress: "ann@contoso.com", accountType: "office365", hostName: "Outlook", platform: "PC" },
    "smtp.office365.com",
  ],
  [
    "compose with a From that is not the mailbox",
    { emailAddress: "ann@contoso.com", accountType: "office365", composeFrom: "ann.private@gmail.com" },
    "smtp.gmail.com",
  ],
];

describe("first paint before React", () => {
  it.each(MAILBOXES)(
    "%s: the first paint says what React's first render says",
    async (_name, office, host) => {
      const start = await startFor(office);
      const lang = pickLang(office.displayLanguage);
      const t = lang === "en" ? en : await loadPaneStrings(lang);
      const screen = firstScreen(start.state, t);
      expect(screen).not.toBeNull();
      const painted = firstScreenElement(screen!);
      const react = reactFirstCommit(start);

      // The settings are in the first paint, and React's first render already shows them (no "Connecting…").
      expect(text(painted)).toContain(host);
      expect(react.querySelector('[data-testid="connecting"]')).toBeNull();

      const paintedParts = [...painted.querySelector("main")!.children];
      const reactParts = firstScreenParts(react);
      // "Which account won't send?" leads, then the two cards: the chooser is painted too, so the cards never move.
      expect(
        reactParts
          .filter((part) => part.tagName === "SECTION")
          .map((part) => part.getAttribute("data-testid")),
      ).toEqual(["account-chooser", null, "incoming-server"]);
      expect(paintedParts.map(text)).toEqual(reactParts.map(text));
      expect(paintedParts.flatMap(skeleton)).toEqual(reactParts.flatMap(skeleton));
      // The same choice is checked, and the same choices are offered.
      const choices = (root: Element) =>
        [
          ...root.querySelectorAll<HTMLInputElement>('[data-testid="account-chooser"] input[type="radio"]'),
        ].map((input) => `${input.dataset.accountSource}:${input.value}:${input.checked}`);
      expect(choices(painted)).toEqual(choices(react));
      expect(choices(painted).filter((choice) => choice.endsWith(":true"))).toHaveLength(1);
      // Same theme attribute on the same root element.
      expect(painted.getAttribute("data-theme")).toBe(
        react.querySelector(".od-root")?.getAttribute("data-theme"),
      );
    },
  );

  it("German Outlook: the first paint is German (headings, guidance)", async () => {
    const start = await startFor({
      emailAddress: "ann@contoso.com",
      accountType: "office365",
      displayLanguage: "de-DE",
    });
    const screen = firstScreen(start.state, (await loadPaneStrings("de"))!);
    const painted = firstScreenElement(screen!);
    expect(text(painted)).toContain("Postausgangsserver");
    expect(text(painted)).not.toContain("Outgoing server");
    expect(text(painted)).not.toContain("nothing to set up");
  });

  it("dark Outlook: the first paint is dark, as the pane", async () => {
    const start = await startFor({
      emailAddress: "carla@gmx.de",
      bodyBackgroundColor: "#1f1f1f",
    });
    const screen = firstScreen(start.state, en)!;
    expect(screen.dark).toBe(true);
    expect(firstScreenElement(screen).getAttribute("data-theme")).toBe("dark");
  });

  it("data goes in as text, never as HTML", async () => {
    const start = await startFor({ emailAddress: "ann@contoso.onmicrosoft.com", accountType: "office365" });
    const screen = firstScreen(start.state, en)!;
    const hostile = "<img src=x onerror=alert(1)>@contoso.onmicrosoft.com";
    const container = document.createElement("div");
    paintFirstScreen(container, {
      ...screen,
      header: { ...screen.header, facts: [{ label: "x", value: hostile }] },
    });
    expect(container.querySelector("img")).toBeNull();
    expect(container.textContent).toContain(hostile);
  });

  it("no first paint without an answer the database knows, or without Outlook", async () => {
    const start = await startFor({
      emailAddress: "info@unknown-domain-for-first-paint.example",
      accountType: "enterprise",
    });
    expect(firstScreen(start.state, en)).toBeNull();
    const waiting = { ...start.state, host: { kind: "waiting" as const, patienceOver: false } };
    expect(firstScreen(waiting, en)).toBeNull();
  });

  it("the links of the first paint open through Outlook where it can", async () => {
    const start = await startFor({ emailAddress: "carla@gmail.com", accountType: "gmail" });
    const screen = firstScreen(start.state, en)!;
    const opened: string[] = [];
    const painted = firstScreenElement(screen, (url) => opened.push(url));
    const link = painted.querySelector<HTMLAnchorElement>("a.od-link");
    expect(link).not.toBeNull();
    link!.click();
    expect(opened).toEqual([link!.href]);
  });
});
