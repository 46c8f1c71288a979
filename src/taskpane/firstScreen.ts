// What the pane shows first for an Outlook mailbox, as data: the header, the
// account chooser, the notices above the cards, the account guidance and the outgoing and incoming
// cards. Built from the controller's state with the same view models the
// React components use (settingsView.ts, accountGuidance.ts), so that
// firstPaint.ts can paint it before React has loaded and React's first render
// replaces it with the same text (test/taskpane/firstPaint.test.tsx).

import type { Lang } from "../core/language.js";
import { accountGuidance, guidanceView, type GuidanceView } from "./accountGuidance.js";
import { accountChooserView, type AccountChooserView } from "./accountChooserView.js";
import type { PaneStrings } from "./i18n/paneStrings.js";
import {
  accountOptions,
  currentAccount,
  officeContext,
  paneLang,
  shownSettings,
  type PaneState,
} from "./paneController.js";
import {
  headerFacts,
  incomingCard,
  needsVerifyFirst,
  outgoingCard,
  type HeaderFacts,
  type ServerCard,
} from "./settingsView.js";
import { isDarkBackground } from "./themeChoice.js";

export interface FirstNotice {
  intent: "info" | "warning";
  testId: string | null;
  title: string | null;
  text: string;
}

export interface FirstScreen {
  lang: Lang;
  dark: boolean;
  header: HeaderFacts;
  /** "Which account won't send?", which leads the Office mode. */
  chooser: AccountChooserView;
  /** The plain notices, in the order TaskPane shows them (compose From differs, unverified source). */
  notices: FirstNotice[];
  guidance: GuidanceView | null;
  outgoing: ServerCard;
  incoming: ServerCard;
}

/**
 * The first screen for an Outlook mailbox whose settings the embedded database
 * knows; null for everything else (no Office session yet, no address, a domain
 * only the server can discover): those wait for React and its controller.
 */
export function firstScreen(state: PaneState, t: PaneStrings): FirstScreen | null {
  const context = officeContext(state);
  const account = currentAccount(state);
  const shown = shownSettings(state);
  if (!context || !account || !state.lookup || shown?.origin !== "offline") return null;
  const settings = shown.settings;
  const outgoing = outgoingCard(settings, t);
  if (!outgoing) return null;
  const lang = paneLang(state);
  const notices: FirstNotice[] = [];
  if (account.source === "from") {
    notices.push({
      intent: "info",
      testId: "from-differs",
      title: t.fromDiffersTitle,
      text: `${t.fromDiffers(account.address, context.emailAddress)} ${t.fromDiffersWhy}`,
    });
  }
  if (needsVerifyFirst(settings)) {
    notices.push({ intent: "warning", testId: null, title: null, text: t.unverifiedSource });
  }
  const kind = accountGuidance(settings, account.source === "mailbox" ? context.accountType : undefined);
  return {
    lang,
    dark: isDarkBackground(state.themeBackground),
    header: headerFacts(account.address, settings, t),
    chooser: accountChooserView(accountOptions(state), account, t),
    notices,
    // The tenant's MX endpoint comes with the domain report, later: not in the first screen.
    guidance: kind ? guidanceView(kind, t, lang, state.lookup.factDate, null) : null,
    outgoing,
    incoming: incomingCard(settings, t),
  };
}
