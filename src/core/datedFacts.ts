// Dated facts: provider policy changes and deadlines that several texts
// mention. Each lives here once, with its source, and every text that speaks
// of it interpolates it (DESIGN.md: "a dated fact in one core table that
// texts interpolate"), so a changed date is a one-line change.
import { isLanguageLoaded, type Lang, type TextValue } from "./language.js";

export interface DatedFact {
  id: DatedFactId;
  /** ISO date (YYYY-MM-DD); for "end of a month" facts, the month's last day. */
  date: string;
  /** How precise the date is: a named day, or only its month ("end of December 2026"). */
  precision: "day" | "month";
  /** What happens on that date, in a few words (English; texts say it in their own language). */
  summary: string;
  /** Where it is documented: the deep https URL of the announcement or article. */
  source: string;
  /** When the project last checked the source. */
  checked: string;
}

export type DatedFactId =
  | "m365-smtp-basic-auth-off"
  | "outlookcom-basic-auth-ended"
  | "gmail-password-only-ended"
  | "workspace-password-only-ended"
  | "outlookcom-high-volume-auth"
  | "outlookcom-connected-accounts-removed";

export const DATED_FACTS: Readonly<Record<DatedFactId, DatedFact>> = {
  "m365-smtp-basic-auth-off": {
    id: "m365-smtp-basic-auth-off",
    date: "2026-12-31",
    precision: "month",
    summary:
      "Exchange Online: basic authentication for SMTP AUTH off by default for existing tenants (admins can turn it back on); not available to tenants created later; final removal date announced in the second half of 2027",
    // Message center MC786329, update of 27 January 2026, as published on the Exchange Team blog.
    source:
      "https://techcommunity.microsoft.com/blog/exchange/updated-exchange-online-smtp-auth-basic-authentication-deprecation-timeline/4489835",
    checked: "2026-11-30",
  },
  "outlookcom-basic-auth-ended": {
    id: "outlookcom-basic-auth-ended",
    date: "2024-09-16",
    precision: "day",
    summary: "Outlook.com, Hotmail, Live, MSN: basic authentication and app passwords refused; OAuth2 only",
    // Microsoft Support: "Modern authentication methods now needed to continue syncing Outlook email in non-Microsoft email apps".
    source:
      "https://support.microsoft.com/en-us/office/modern-authentication-methods-now-needed-to-continue-syncing-outlook-email-in-non-microsoft-email-apps-c5d65390-9676-4763-b41f-d7986499a90d",
    checked: "2026-11-22",
  },
  "gmail-password-only-ended": {
    id: "gmail-password-only-ended",
    date: "2022-05-30",
    precision: "day",
    summary: "Gmail: sign-in with only the account password ('less secure apps') ended",
    // Google Account Help: "Less secure apps & your Google Account".
    source: "https://support.google.com/accounts/answer/6010255",
    checked: "2026-11-22",
  },
  "workspace-password-only-ended": {
    id: "workspace-password-only-ended",
    date: "2024-09-30",
    precision: "day",
    summary: "Google Workspace: password-only access for mail apps ended",
    // Google Workspace Admin Help: "Transition from less secure apps to OAuth".
    source: "https://support.google.com/a/answer/14114704",
    checked: "2026-11-22",
  },
  "outlookcom-high-volume-auth": {
    id: "outlookcom-high-volume-auth",
    date: "2025-05-05",
    precision: "day",
    summary:
      "Outlook.com: high-volume senders (over 5,000 messages a day) must pass SPF, DKIM and DMARC or get 550 5.7.515",
    // Microsoft Defender for Office 365 blog: "Strengthening Email Ecosystem: Outlook's New Requirements for High-Volume Senders".
    source:
      "https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730",
    checked: "2026-11-22",
  },
  "outlookcom-connected-accounts-removed": {
    id: "outlookcom-connected-accounts-removed",
    date: "2024-07-01",
    precision: "day",
    summary:
      "Outlook.com: connected accounts (other mailboxes pulled into Outlook on the web, such as Gmail) removed",
    // Slipstick Systems: Microsoft's banner on the Sync email page announced the removal for 1 July 2024.
    source: "https://www.slipstick.com/?p=101566",
    checked: "2026-12-01",
  },
};

const MONTHS: Record<Lang, readonly string[]> = {
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
  de: [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
  ],
};

/**
 * The fact's date as a text says it: "16 September 2024" / "16. September 2024",
 * or for month-precision facts "the end of December 2026" / "Ende Dezember 2026".
 */
export function factDate(id: DatedFactId, lang: Lang = "en"): string {
  const fact = DATED_FACTS[id];
  const [year, month, day] = fact.date.split("-").map(Number) as [number, number, number];
  const monthName = MONTHS[lang][month - 1] ?? "";
  if (fact.precision === "month") {
    return lang === "de" ? `Ende ${monthName} ${year}` : `the end of ${monthName} ${year}`;
  }
  return lang === "de" ? `${day}. ${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/** The fact's year, for texts that only name the year ("since 2022"). */
export function factYear(id: DatedFactId): number {
  return Number(DATED_FACTS[id].date.slice(0, 4));
}

/** True once the fact's date has passed at `now` (for texts that switch from "will" to "since"). */
export function factInEffect(id: DatedFactId, now: Date): boolean {
  return now.toISOString().slice(0, 10) > DATED_FACTS[id].date;
}

/**
 * Placeholder values for texts that mention dated facts: a text writes
 * "{m365BasicAuthOff}" and gets "the end of December 2026" in English and
 * "Ende Dezember 2026" in German. The checklist and the setup steps fill
 * these into every text they render, so a changed date changes every text.
 * Until a language's table is loaded its texts show in English, and so do the dates.
 */
function factDateIn(id: DatedFactId): (lang: Lang) => string {
  return (lang) => factDate(id, isLanguageLoaded(lang) ? lang : "en");
}

export const DATED_FACT_VALUES: Readonly<Record<string, TextValue>> = {
  m365BasicAuthOff: factDateIn("m365-smtp-basic-auth-off"),
  outlookComBasicAuthEnded: factDateIn("outlookcom-basic-auth-ended"),
  gmailPasswordOnlyEnded: factDateIn("gmail-password-only-ended"),
  workspacePasswordOnlyEnded: factDateIn("workspace-password-only-ended"),
  outlookComHighVolumeAuth: factDateIn("outlookcom-high-volume-auth"),
  outlookComConnectedAccountsRemoved: factDateIn("outlookcom-connected-accounts-removed"),
};
