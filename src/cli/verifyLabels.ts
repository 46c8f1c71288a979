// The headings and row labels of the CLI's verify and survey reports, per
// language (--lang). The finding ids, severities (PASS, FAIL...), step names
// and protocol words stay as they are in every language, so `grep FAIL`
// and scripts keep working. CLI-only, so these never reach the pane's chunks.
import type { Lang } from "../core/language.js";

export interface VerifyLabels {
  ok: string;
  failed: string;
  at: string;
  steps: string;
  greeting: string;
  protocol: string;
  cipher: string;
  subject: string;
  names: string;
  issuer: string;
  validUntil: string;
  daysLeft: (days: number) => string;
  nameMatches: string;
  trusted: string;
  yes: string;
  no: string;
  none: string;
  beforeTls: string;
  afterTls: string;
  extensions: string;
  offers: string;
  largestMessage: string;
  notAnnounced: string;
  noFixedLimit: string;
  bytes: (count: number) => string;
  signIn: string;
  result: string;
  accepted: string;
  notTried: string;
  mechanism: string;
  reply: string;
  why: string;
  findings: string;
  fix: string;
  surveyOf: (host: string) => string;
  works: string;
  fails: string;
  noConnection: string;
  recommended: string;
  noneWork: string;
}

export const VERIFY_LABELS: Readonly<Record<Lang, VerifyLabels>> = {
  en: {
    ok: "OK",
    failed: "FAILED",
    at: "at",
    steps: "Steps:",
    greeting: "Greeting:",
    protocol: "protocol",
    cipher: "cipher",
    subject: "subject",
    names: "names",
    issuer: "issuer",
    validUntil: "valid until",
    daysLeft: (days) => `${days} days left`,
    nameMatches: "name matches",
    trusted: "trusted",
    yes: "yes",
    no: "NO",
    none: "(none)",
    beforeTls: "before TLS",
    afterTls: "after TLS",
    extensions: "Extensions:",
    offers: "Offers:",
    largestMessage: "largest message",
    notAnnounced: "(not announced)",
    noFixedLimit: "no fixed limit",
    bytes: (count) => `${count} bytes`,
    signIn: "Sign-in:",
    result: "result",
    accepted: "accepted",
    notTried: "NOT TRIED",
    mechanism: "mechanism",
    reply: "reply",
    why: "why",
    findings: "Findings:",
    fix: "fix",
    surveyOf: (host) => `Port survey of ${host}:`,
    works: "works ",
    fails: "fails ",
    noConnection: "no connection",
    recommended: "Recommended:",
    noneWork: "none of these work",
  },
  de: {
    ok: "OK",
    failed: "FEHLGESCHLAGEN",
    at: "unter",
    steps: "Schritte:",
    greeting: "Begrüßung:",
    protocol: "Protokoll",
    cipher: "Verschlüsselung",
    subject: "Inhaber",
    names: "Namen",
    issuer: "Aussteller",
    validUntil: "gültig bis",
    daysLeft: (days) => `noch ${days} Tage`,
    nameMatches: "Name passt",
    trusted: "vertrauenswürdig",
    yes: "ja",
    no: "NEIN",
    none: "(keine)",
    beforeTls: "vor TLS",
    afterTls: "nach TLS",
    extensions: "Erweiterungen:",
    offers: "Angebot:",
    largestMessage: "größte Nachricht",
    notAnnounced: "(nicht angegeben)",
    noFixedLimit: "keine feste Grenze",
    bytes: (count) => `${count} Bytes`,
    signIn: "Anmeldung:",
    result: "Ergebnis",
    accepted: "angenommen",
    notTried: "NICHT VERSUCHT",
    mechanism: "Verfahren",
    reply: "Antwort",
    why: "Grund",
    findings: "Befunde:",
    fix: "Abhilfe",
    surveyOf: (host) => `Port-Übersicht für ${host}:`,
    works: "geht  ",
    fails: "geht nicht",
    noConnection: "keine Verbindung",
    recommended: "Empfohlen:",
    noneWork: "keine dieser Kombinationen funktioniert",
  },
};
