// The diagnostics block support staff ask for, as rows, and "Copy for a
// ticket": diagnostics, settings, checklist and verify findings as one text
// and as JSON.

import type {
  ChecklistItem,
  IncomingServer,
  MailboxContext,
  Server,
  Settings,
  VerifyReport,
} from "../core/types.js";
import { ADDIN_BUILD, ADDIN_VERSION } from "./buildInfo.js";
import type { PaneStrings } from "./i18n/paneStrings.js";
import type { HostDiagnostics } from "./office/officeHost.js";
import type { RequestState, VerifyRun } from "./paneController.js";
import { sourceDescription } from "./settingsView.js";
import { targetLabel } from "./verifyProgress.js";

export interface DiagnosticsRow {
  /** Stable key for JSON and tests. */
  key: string;
  label: string;
  value: string;
}

export interface DiagnosticsFacts {
  host: HostDiagnostics | null;
  mode: MailboxContext["mode"];
  accountType: MailboxContext["accountType"] | null;
  userAgent: string | null;
  serverOrigin: string;
  health: RequestState<{ status: string }> | null;
  addressInUse: string | null;
  settings: Settings | null;
  verify: VerifyRun;
}

export function healthText(health: DiagnosticsFacts["health"], t: PaneStrings): string {
  if (!health || health.status === "loading") return t.healthStates.checking;
  if (health.status === "ok") return health.value.status === "ok" ? t.healthStates.ok : health.value.status;
  if (health.status === "unreachable" || health.status === "no-answer") return t.healthStates.unreachable;
  return `${t.healthStates.other} (${health.code})`;
}

export function verifySummary(verify: VerifyRun, t: PaneStrings): string {
  if (verify.status !== "done") return t.verifyNone;
  const failures = verify.report.findings.filter((finding) => finding.severity === "fail").length;
  return t.verifySummary(targetLabel(verify.server), verify.report.ok, failures);
}

export function diagnosticsRows(facts: DiagnosticsFacts, t: PaneStrings): DiagnosticsRow[] {
  const value = (text: string | null | undefined) => (text ? text : t.diagnosticsUnknown);
  const host: DiagnosticsRow[] = facts.host
    ? [
        { key: "hostName", label: t.diagnostics.hostName, value: value(facts.host.hostName) },
        { key: "hostVersion", label: t.diagnostics.hostVersion, value: value(facts.host.hostVersion) },
        { key: "platform", label: t.diagnostics.platform, value: value(facts.host.platform) },
        { key: "language", label: t.diagnostics.language, value: value(facts.host.language) },
        {
          key: "mailboxRequirementSet",
          label: t.diagnostics.mailboxRequirementSet,
          value: value(facts.host.mailboxRequirementSet),
        },
      ]
    : [{ key: "hostName", label: t.diagnostics.hostName, value: t.diagnosticsStandalone }];
  return [
    { key: "addinVersion", label: t.diagnostics.addinVersion, value: ADDIN_VERSION },
    { key: "build", label: t.diagnostics.build, value: ADDIN_BUILD },
    ...host,
    { key: "mode", label: t.diagnostics.mode, value: value(facts.mode) },
    { key: "userAgent", label: t.diagnostics.userAgent, value: value(facts.userAgent) },
    { key: "serverOrigin", label: t.diagnostics.serverOrigin, value: value(facts.serverOrigin) },
    { key: "serverHealth", label: t.diagnostics.serverHealth, value: healthText(facts.health, t) },
    { key: "accountType", label: t.diagnostics.accountType, value: value(facts.accountType) },
    { key: "addressInUse", label: t.diagnostics.addressInUse, value: value(facts.addressInUse) },
    {
      key: "settingsSource",
      label: t.diagnostics.settingsSource,
      value: facts.settings ? sourceDescription(facts.settings, t) : t.diagnosticsUnknown,
    },
    { key: "lastVerify", label: t.diagnostics.lastVerify, value: verifySummary(facts.verify, t) },
  ];
}

export function diagnosticsText(rows: DiagnosticsRow[]): string {
  return rows.map((row) => `${row.label}: ${row.value}`).join("\n");
}

function serverLine(server: Server | IncomingServer, t: PaneStrings): string {
  const protocol = "protocol" in server ? `${t.incomingProtocol[server.protocol]} ` : "";
  return `${protocol}${server.host}:${server.port} ${t.security[server.security]}, ${server.auth
    .map((method) => t.auth[method])
    .join(", ")}${server.username ? `, ${t.fields.username}: ${server.username}` : ""}`;
}

export interface TicketInput {
  rows: DiagnosticsRow[];
  settings: Settings | null;
  checklist: ChecklistItem[];
  verify: VerifyReport | null;
}

/** Plain text for a support ticket: what the user sees, in their language. */
export function ticketText({ rows, settings, checklist, verify }: TicketInput, t: PaneStrings): string {
  const sections = [`## ${t.ticketHeadings.diagnostics}\n${diagnosticsText(rows)}`];
  if (settings) {
    sections.push(
      `## ${t.ticketHeadings.settings}\n${settings.servers.map((server) => `- ${serverLine(server, t)}`).join("\n") || `- ${t.nothingFound(settings.domain)}`}`,
    );
    if (settings.incoming.length > 0) {
      sections.push(
        `## ${t.ticketHeadings.incoming}\n${settings.incoming.map((server) => `- ${serverLine(server, t)}`).join("\n")}`,
      );
    }
  }
  if (checklist.length > 0) {
    sections.push(
      `## ${t.ticketHeadings.checklist}\n${checklist.map((item) => `- [${t.severity[item.status]}] ${item.title}`).join("\n")}`,
    );
  }
  if (verify) {
    sections.push(
      `## ${t.ticketHeadings.findings}\n${verify.findings
        .map(
          (finding) =>
            `- [${t.severity[finding.severity]}] ${finding.id}: ${finding.title}${finding.detail ? ` (${finding.detail})` : ""}`,
        )
        .join("\n")}`,
    );
  }
  return sections.join("\n\n");
}

/** The same as JSON, with the contract's field names and values (ids, severities), for tools. */
export function ticketJson({ rows, settings, checklist, verify }: TicketInput): string {
  return JSON.stringify(
    {
      diagnostics: Object.fromEntries(rows.map((row) => [row.key, row.value])),
      settings,
      checklist: checklist.map(({ id, status, title }) => ({ id, status, title })),
      verify: verify
        ? {
            target: verify.target,
            ok: verify.ok,
            checkedAt: verify.checkedAt,
            findings: verify.findings.map(({ id, severity, title }) => ({ id, severity, title })),
          }
        : null,
    },
    null,
    2,
  );
}
