// View model of the settings card: the rows a server shows, named the way
// Outlook names them, and how much to trust where the answer came from.

import { CONFIDENCE_BY_SOURCE } from "../core/confidence.js";
import type { Confidence, IncomingServer, Server, Settings } from "../core/types.js";
import type { PaneStrings } from "./i18n/paneStrings.js";

export type SettingField = "protocol" | "server" | "port" | "encryption" | "auth" | "username";

export interface SettingRow {
  field: SettingField;
  label: string;
  /** Shown and copied as is. */
  value: string;
  /** A short aside, e.g. the name older Outlook versions use for the encryption. */
  hint?: string;
}

/** The rows of an outgoing server, or of an incoming one (which starts with its protocol, IMAP or POP3). */
export function serverRows(server: Server | IncomingServer, t: PaneStrings): SettingRow[] {
  const rows: SettingRow[] = [
    { field: "server", label: t.fields.server, value: server.host },
    { field: "port", label: t.fields.port, value: String(server.port) },
    { field: "encryption", label: t.fields.encryption, value: t.security[server.security] },
    { field: "auth", label: t.fields.auth, value: server.auth.map((method) => t.auth[method]).join(", ") },
  ];
  const olderName = t.securityOlderName[server.security];
  if (olderName) rows[2] = { ...rows[2]!, hint: olderName };
  // No user name to type when the server takes no authentication.
  if (server.username.trim() !== "") {
    rows.push({ field: "username", label: t.fields.username, value: server.username });
  }
  if ("protocol" in server) {
    rows.unshift({ field: "protocol", label: t.fields.protocol, value: t.incomingProtocol[server.protocol] });
  }
  return rows;
}

// When an answer does not say how sure it is, its source does (same scale as the core resolver).
export function confidenceOf(settings: Settings): Confidence {
  return settings.confidence ?? CONFIDENCE_BY_SOURCE[settings.source];
}

export function sourceDescription(settings: Settings, t: PaneStrings): string {
  if (settings.source === "none") return t.sources.none;
  return `${t.sources[settings.source]} · ${t.confidence[confidenceOf(settings)]}`;
}

/** Settings nobody vouched for: the user should verify before typing a password. */
export function needsVerifyFirst(settings: Settings): boolean {
  return settings.servers.length > 0 && confidenceOf(settings) !== "high";
}
