// Which account-type guidance the pane shows above the settings. Rules are
// data, checked in order; the first that applies wins. Host names are the
// providers' documented submission hosts (see docs/taskpane.md).

import type { DomainReport, OutlookAccountType, Settings } from "../core/types.js";

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
