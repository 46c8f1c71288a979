// The diagnostics block support staff ask for, as rows and as one copyable text.

import type { MailboxContext } from "../core/types.js";
import type { PaneStrings } from "./i18n/paneStrings.js";
import type { HostDiagnostics } from "./office/officeHost.js";

export interface DiagnosticsRow {
  label: string;
  value: string;
}

export function diagnosticsRows(
  diagnostics: HostDiagnostics | null,
  mode: MailboxContext["mode"],
  t: PaneStrings,
): DiagnosticsRow[] {
  if (!diagnostics) {
    return [{ label: t.diagnostics.hostName, value: t.diagnosticsStandalone }];
  }
  const value = (text: string | null | undefined) => text ?? t.diagnosticsUnknown;
  return [
    { label: t.diagnostics.hostName, value: value(diagnostics.hostName) },
    { label: t.diagnostics.hostVersion, value: value(diagnostics.hostVersion) },
    { label: t.diagnostics.platform, value: value(diagnostics.platform) },
    { label: t.diagnostics.language, value: value(diagnostics.language) },
    { label: t.diagnostics.mailboxRequirementSet, value: value(diagnostics.mailboxRequirementSet) },
    { label: t.diagnostics.mode, value: value(mode) },
  ];
}

export function diagnosticsText(rows: DiagnosticsRow[]): string {
  return rows.map((row) => `${row.label}: ${row.value}`).join("\n");
}
