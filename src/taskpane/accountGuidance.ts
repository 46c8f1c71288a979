// Which account-type guidance the pane shows above the settings. Rules are
// data, checked in order; the first that applies wins. Host names are the
// providers' documented submission hosts (see docs/taskpane.md).

import type { DatedFactId } from "../core/datedFacts.js";
import type { Lang } from "../core/language.js";
import type { DomainReport, OutlookAccountType, Settings } from "../core/types.js";
import type { PaneStrings } from "./i18n/paneStrings.js";

export type GuidanceKind = "microsoft365" | "outlookCom" | "oauthOnly" | "appPassword";

interface GuidanceRule {
  kind: GuidanceKind;
  applies(settings: Settings, accountType: OutlookAccountType | undefined): boolean;
}

const primaryHost = (settings: Settings) => settings.servers[0]?.host.toLowerCase();

const GUIDANCE_RULES: readonly GuidanceRule[] = [
  // Outlook sends for these accounts itself; SMTP settings are for devices and apps.
  {
    kind: "microsoft365",
    applies: (s, accountType) => accountType === "office365" || primaryHost(s) === "smtp.office365.com",
  },
  {
    kind: "outlookCom",
    applies: (s, accountType) => accountType === "outlookCom" || primaryHost(s) === "smtp-mail.outlook.com",
  },
  {
    kind: "oauthOnly",
    applies: (s) => s.servers.length > 0 && s.servers.every((server) => server.auth.join() === "oauth2"),
  },
  { kind: "appPassword", applies: (s) => s.servers.some((server) => server.auth.includes("app-password")) },
];

export function accountGuidance(settings: Settings, accountType?: OutlookAccountType): GuidanceKind | null {
  return GUIDANCE_RULES.find((rule) => rule.applies(settings, accountType))?.kind ?? null;
}

/** The tenant's MX endpoint (used by direct send and connector relay), when the domain report shows it. */
export function microsoft365MxEndpoint(domain: DomainReport | null | undefined): string | null {
  const mx = [...(domain?.mx ?? [])].sort((a, b) => a.priority - b.priority);
  return mx.find((record) => /\.mail\.protection\.outlook\.com\.?$/i.test(record.exchange))?.exchange ?? null;
}

/** What the guidance notice says, as data: AccountGuidance.tsx and firstPaint.ts render it alike. */
export interface GuidanceView {
  kind: GuidanceKind;
  title: string;
  body: string;
  /** Microsoft 365: the three ways for devices and apps. */
  options: readonly string[];
  mxEndpoint: string | null;
  devicesHeading: string | null;
  basicAuthChange: string | null;
  caveats: string | null;
}

export function guidanceView(
  kind: GuidanceKind,
  t: PaneStrings,
  lang: Lang,
  /** factDate from src/core/datedFacts.ts (the lookup chunk carries the table). */
  factDate: (id: DatedFactId, lang: Lang) => string,
  mxEndpoint: string | null,
): GuidanceView {
  const m365 = kind === "microsoft365" ? t.guidance.microsoft365 : null;
  return {
    kind,
    title: t.guidance[kind].title,
    // Dated facts come from the core's one table (src/core/datedFacts.ts), never typed here.
    body:
      kind === "outlookCom"
        ? t.guidance.outlookCom.body(factDate("outlookcom-basic-auth-ended", lang))
        : t.guidance[kind].body,
    options: m365?.options ?? [],
    mxEndpoint: m365 && mxEndpoint ? m365.mxEndpoint(mxEndpoint) : null,
    devicesHeading: m365?.devicesHeading ?? null,
    basicAuthChange: m365 ? m365.basicAuthChange(factDate("m365-smtp-basic-auth-off", lang)) : null,
    caveats: kind === "appPassword" ? t.guidance.appPassword.caveats : null,
  };
}
