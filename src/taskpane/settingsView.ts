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

// ---- The first screen's cards and header, as data ---------------------------
// ServerSettings.tsx (React) and firstPaint.ts (plain DOM, before React loads)
// both render exactly these, so the two cannot drift apart
// (test/taskpane/firstPaint.test.tsx compares their text).

/** One server of a card: its rows, its warning, and how its copy buttons name it. */
export interface ServerBlock {
  /** Stable key among the card's servers. */
  key: string;
  /** Shown above an alternative's values (null for the recommended server). */
  caption: string | null;
  /** Names the server in its copy buttons' labels ("Copy port (IMAP)"); null: just the field. */
  which: string | null;
  warning: string | null;
  rows: SettingRow[];
}

export interface CardNotes {
  heading: string;
  items: string[];
  docs: { href: string; label: string; hint: string } | null;
  checked: string | null;
}

export interface ServerCard {
  heading: string;
  recommendedLabel: string;
  /** null: the card says `unknown` instead (incoming servers nobody knows). */
  recommended: ServerBlock | null;
  unknown: string | null;
  alternativesHeading: string;
  alternatives: ServerBlock[];
  notes: CardNotes | null;
}

/** The outgoing server card, or null when there is no server to recommend. */
export function outgoingCard(settings: Settings, t: PaneStrings): ServerCard | null {
  const [recommended, ...alternatives] = settings.servers;
  if (!recommended) return null;
  const docs = settings.provider?.docs;
  const checked = settings.provider?.checked;
  return {
    heading: t.outgoingHeading,
    recommendedLabel: t.recommended,
    recommended: {
      key: `${recommended.host}:${recommended.port}:${recommended.security}`,
      caption: null,
      which: null,
      warning: recommended.warning ?? null,
      rows: serverRows(recommended, t),
    },
    unknown: null,
    alternativesHeading: t.alternativesHeading,
    alternatives: alternatives.map((server) => {
      const which = t.alternativeLabel(server.port, t.security[server.security]);
      return {
        key: `${server.host}:${server.port}:${server.security}`,
        caption: which,
        which,
        warning: server.warning ?? null,
        rows: serverRows(server, t),
      };
    }),
    notes:
      settings.notes.length > 0 || docs
        ? {
            heading: t.notesHeading,
            items: settings.notes,
            docs: docs ? { href: docs, label: t.providerDocs, hint: t.opensInBrowser } : null,
            checked: checked ? t.checkedOn(checked) : null,
          }
        : null,
  };
}

/** The incoming half of the account (IMAP first); its copy buttons name the protocol. */
export function incomingCard(settings: Settings, t: PaneStrings): ServerCard {
  const [recommended, ...alternatives] = settings.incoming;
  return {
    heading: t.incomingHeading,
    recommendedLabel: t.recommended,
    recommended: recommended
      ? {
          key: `${recommended.protocol}:${recommended.host}:${recommended.port}:${recommended.security}`,
          caption: null,
          which: t.incomingProtocol[recommended.protocol],
          warning: recommended.warning ?? null,
          rows: serverRows(recommended, t),
        }
      : null,
    unknown: recommended ? null : t.incomingUnknown,
    alternativesHeading: t.alternativesHeading,
    alternatives: alternatives.map((server) => {
      const which = `${t.incomingProtocol[server.protocol]}, ${t.alternativeLabel(server.port, t.security[server.security])}`;
      return {
        key: `${server.protocol}:${server.host}:${server.port}:${server.security}`,
        caption: which,
        which,
        warning: server.warning ?? null,
        rows: serverRows(server, t),
      };
    }),
    notes: null,
  };
}

export interface HeaderFacts {
  title: string;
  /** Label and value pairs under the title; empty before there is an address. */
  facts: Array<{ label: string; value: string; strong?: boolean; caption?: boolean }>;
}

/** The pane's header: the address in use, the provider, and where the answer came from. */
export function headerFacts(address: string | null, settings: Settings | null, t: PaneStrings): HeaderFacts {
  if (!address) return { title: t.appTitle, facts: [] };
  const facts: HeaderFacts["facts"] = [{ label: t.addressInUseLabel, value: address, strong: true }];
  if (settings) {
    facts.push(
      { label: t.providerLabel, value: settings.provider?.name ?? t.providerUnknown },
      { label: t.sourceLabel, value: sourceDescription(settings, t), caption: true },
    );
  }
  return { title: t.appTitle, facts };
}
