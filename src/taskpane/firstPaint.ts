// Paints the first screen (firstScreen.ts) with DOM APIs only, before React
// has loaded: the same elements, class names and styles (paneStyles.ts) as
// TaskPane's first render, so nothing moves when React takes over. Data only
// ever goes in through textContent and attributes, never as HTML. Read-only:
// the copy buttons come with React (their places are kept, invisible, so the
// values do not reflow); the provider's documentation link works already.

import { ICON_PATHS, type IconName } from "./iconPaths.js";
import type { FirstNotice, FirstScreen } from "./firstScreen.js";
import { injectPaneStyles } from "./paneStyles.js";
import type { GuidanceView } from "./accountGuidance.js";
import type { AccountChooserView } from "./accountChooserView.js";
import type { ServerBlock, ServerCard } from "./settingsView.js";

const SVG_NS = "http://www.w3.org/2000/svg";

type Child = Node | string | null | false;

// Some 300 elements go through here on the way to the first paint, so it allocates nothing of its own.
function el(tag: string, attributes: Record<string, string | null> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const name in attributes) {
    const value = attributes[name];
    if (value !== null && value !== undefined) element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === false) continue;
    if (typeof child === "string") element.append(child);
    else element.appendChild(child);
  }
  return element;
}

function icon(name: IconName): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, "svg");
  for (const [attribute, value] of [
    ["width", "1em"],
    ["height", "1em"],
    ["viewBox", "0 0 20 20"],
    ["fill", "currentColor"],
    ["aria-hidden", "true"],
    ["focusable", "false"],
  ] as const) {
    svg.setAttribute(attribute, value);
  }
  const path = document.createElementNS(SVG_NS, "path");
  path.setAttribute("d", ICON_PATHS[name]);
  svg.append(path);
  return svg;
}

function notice(
  intent: FirstNotice["intent"],
  testId: string | null,
  title: string | null,
  ...children: Child[]
): HTMLElement {
  return el(
    "div",
    { class: "od-notice", "data-intent": intent, "data-testid": testId },
    icon(intent),
    el(
      "div",
      { class: "od-notice-body" },
      title ? el("span", { class: "od-strong" }, title) : null,
      el("div", {}, ...children),
    ),
  );
}

function guidanceNotice(view: GuidanceView): HTMLElement {
  return notice(
    "info",
    `guidance-${view.kind}`,
    view.title,
    el("p", { class: "od-p" }, view.body),
    view.options.length > 0 && el("ol", { class: "od-list" }, ...view.options.map((o) => el("li", {}, o))),
    view.mxEndpoint && el("p", { class: "od-p" }, view.mxEndpoint),
    view.devicesHeading &&
      el("h3", { class: "od-h3 od-p", "data-testid": "m365-devices" }, view.devicesHeading),
    view.basicAuthChange && el("p", { class: "od-p" }, view.basicAuthChange),
    view.caveats && el("p", { class: "od-p" }, view.caveats),
  );
}

function values(block: ServerBlock): HTMLElement {
  return el(
    "dl",
    { class: "od-values" },
    ...block.rows.map((row) =>
      el(
        "div",
        {},
        el("dt", {}, row.label),
        el(
          "dd",
          { class: "od-value" },
          row.value,
          row.hint ? el("span", { class: "od-hint" }, row.hint) : null,
        ),
        // The copy button's place, so the value keeps its width when React adds the button.
        el(
          "dd",
          {},
          el("span", { class: "od-button od-copy-placeholder", "aria-hidden": "true" }, icon("copy")),
        ),
      ),
    ),
  );
}

function warning(block: ServerBlock): Child {
  return block.warning ? notice("warning", null, null, block.warning) : null;
}

function card(
  model: ServerCard,
  headingId: string,
  testId: string | null,
  openLink: ((url: string) => void) | null,
): HTMLElement {
  const notes = model.notes;
  let docs: HTMLElement | null = null;
  if (notes?.docs) {
    const href = new URL(notes.docs.href, window.location.href).href;
    docs = el(
      "a",
      { class: "od-link", href, target: "_blank", rel: "noopener noreferrer" },
      notes.docs.label,
      icon("open"),
      el("span", { class: "od-hidden" }, ` ${notes.docs.hint}`),
    );
    if (openLink) {
      docs.addEventListener("click", (event) => {
        event.preventDefault();
        openLink(href);
      });
    }
  }
  return el(
    "section",
    { "aria-labelledby": headingId, class: "od-stack", "data-testid": testId },
    el("h2", { id: headingId, class: "od-h2" }, model.heading),
    ...(model.recommended
      ? [
          el("span", { class: "od-pill" }, model.recommendedLabel),
          warning(model.recommended),
          values(model.recommended),
        ]
      : [el("span", { class: "od-caption" }, model.unknown ?? "")]),
    model.alternatives.length > 0 &&
      el(
        "div",
        {},
        el("h3", { class: "od-h3" }, model.alternativesHeading),
        ...model.alternatives.map((block) =>
          el(
            "div",
            { class: "od-alternative" },
            el("span", { class: "od-caption" }, block.caption ?? ""),
            warning(block),
            values(block),
          ),
        ),
      ),
    notes &&
      el(
        "div",
        {},
        el("h3", { class: "od-h3" }, notes.heading),
        el("ul", { class: "od-list" }, ...notes.items.map((item) => el("li", {}, item))),
        docs,
        notes.checked && el("span", { class: "od-caption", style: "display: block;" }, notes.checked),
      ),
  );
}

/** "Which account won't send?" as AccountChooser.tsx renders it, inert: React brings the events. */
function accountChooser(view: AccountChooserView): HTMLElement {
  const headingId = "od-first-chooser";
  const form = el(
    "form",
    { class: "od-stack", novalidate: "" },
    el("label", { class: "od-label", for: "od-first-other" }, view.otherLabel),
    el("input", {
      id: "od-first-other",
      class: "od-input",
      type: "email",
      value: view.typedInitial,
      placeholder: view.placeholder,
      autocomplete: "email",
      spellcheck: "false",
      readonly: "",
    }),
    el("button", { type: "submit", class: "od-button", "data-appearance": "primary" }, view.submitLabel),
  );
  // Until React has loaded, Enter in the field must not reload the page.
  form.addEventListener("submit", (event) => event.preventDefault());
  // Looks as React's and takes no input until React replaces it: a choice or text made here would be lost.
  return el(
    "section",
    { "aria-labelledby": headingId, class: "od-stack", "data-testid": "account-chooser", inert: "" },
    el("h2", { id: headingId, class: "od-h2" }, view.heading),
    el("p", { class: "od-p0" }, view.why),
    view.choices.length > 0 &&
      el(
        "div",
        { role: "radiogroup", "aria-labelledby": headingId, class: "od-choices" },
        ...view.choices.map((choice) =>
          el(
            "label",
            { class: "od-choice" },
            el("input", {
              type: "radio",
              name: headingId,
              value: choice.value,
              checked: choice.checked ? "" : null,
              "data-account-source": choice.source,
            }),
            el(
              "span",
              { class: "od-choice-label" },
              choice.address,
              el("span", { class: "od-caption od-block" }, choice.sourceLabel),
            ),
          ),
        ),
      ),
    form,
    view.recentKept && el("span", { class: "od-caption" }, view.recentKept),
    view.recentKept &&
      el("button", { type: "button", class: "od-button", "data-appearance": "secondary" }, view.forgetLabel),
  );
}

/** The first screen's DOM: `.od-root` > `main`, as TaskPane renders it. */
export function firstScreenElement(
  screen: FirstScreen,
  openLink: ((url: string) => void) | null = null,
): HTMLElement {
  const { header } = screen;
  return el(
    "div",
    { class: "od-root", "data-theme": screen.dark ? "dark" : "light", "data-first-paint": "" },
    el(
      "main",
      { class: "od-main" },
      el(
        "header",
        { class: "od-stack" },
        el("h1", { class: "od-h1" }, header.title),
        header.facts.length > 0 &&
          el(
            "dl",
            { class: "od-facts" },
            ...header.facts.flatMap((fact) => [
              el("dt", { class: "od-caption" }, fact.label),
              el("dd", { class: fact.strong ? "od-strong" : fact.caption ? "od-caption" : null }, fact.value),
            ]),
          ),
      ),
      accountChooser(screen.chooser),
      ...screen.notices.map((item) => notice(item.intent, item.testId, item.title, item.text)),
      screen.guidance && guidanceNotice(screen.guidance),
      card(screen.outgoing, "od-first-outgoing", null, openLink),
      card(screen.incoming, "od-first-incoming", "incoming-server", openLink),
    ),
  );
}

/**
 * Paints the first screen into `container` (React's root: its first commit
 * clears the container and puts the full pane in its place).
 */
export function paintFirstScreen(
  container: HTMLElement,
  screen: FirstScreen,
  openLink: ((url: string) => void) | null = null,
): void {
  injectPaneStyles();
  document.documentElement.lang = screen.lang;
  container.replaceChildren(firstScreenElement(screen, openLink));
}
