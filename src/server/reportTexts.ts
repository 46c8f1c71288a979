// The words of the server's human pages (/verify, /report/<id>, their error
// pages) in every language of LANGS, keyed by id. The findings' own words are
// not here: their titles, explanations and fixes come from the core's tables
// (src/core/verifyFindings.ts, German in src/core/i18n/de/verify.ts).
//
// The English is the page as it always read. Every other language is a record
// of the same type, so the compiler asks for every id (and refuses ids English
// does not have); adding a language to LANGS is adding its record here.
// Placeholders ({host}, {count}) are filled at output: values that carry HTML
// are escaped before they go in (src/server/reportPage.ts). Texts ending in
// ".one"/".other" are the singular and plural of a count.
import { fillText, type Lang, type TextValue } from "../core/language.js";

const EN = {
  // ---- Every page ----
  "brand.smtp": "Outbox Doctor · outgoing mail (SMTP) check",
  "brand.dns": "Outbox Doctor · mail DNS check",
  // Dates: day and time in UTC. {day2}, {hour}, {minute} and {second} are zero-padded.
  "date.format": "{weekday}, {day2} {month} {year} {hour}:{minute}:{second} GMT",
  "weekday.0": "Sun",
  "weekday.1": "Mon",
  "weekday.2": "Tue",
  "weekday.3": "Wed",
  "weekday.4": "Thu",
  "weekday.5": "Fri",
  "weekday.6": "Sat",
  "month.0": "Jan",
  "month.1": "Feb",
  "month.2": "Mar",
  "month.3": "Apr",
  "month.4": "May",
  "month.5": "Jun",
  "month.6": "Jul",
  "month.7": "Aug",
  "month.8": "Sep",
  "month.9": "Oct",
  "month.10": "Nov",
  "month.11": "Dec",
  "security.starttls": "STARTTLS",
  "security.tls": "SSL/TLS (implicit TLS)",
  "security.none": "None (not encrypted)",
  "severity.fail": "✗ FAIL",
  "severity.warn": "! WARNING",
  "severity.info": "i INFO",
  "severity.pass": "✓ PASS",
  "step.resolve": "Resolve the host name",
  "step.connect": "Connect",
  "step.greeting": "Server greeting",
  "step.ehlo": "EHLO",
  "step.starttls": "STARTTLS",
  "step.tls": "TLS handshake",
  "step.ehlo-tls": "EHLO inside TLS",
  "step.ok": "OK",
  "step.failed": "Failed",
  yes: "Yes",
  no: "No",
  none: "none",

  // ---- Findings and verdict ----
  "findings.heading": "Findings",
  "findings.none": "No findings.",
  "finding.seen": "What we saw:",
  "finding.fix": "Fix:",
  "finding.id": "Check id:",
  "verdict.failed.one": "✗ Failed: {count} check failed.",
  "verdict.failed.other": "✗ Failed: {count} checks failed.",
  "verdict.firstProblem": "First problem: {title}.",
  "verdict.warnings.one": "! Passed with {count} warning: nothing failed, but read the warnings.",
  "verdict.warnings.other": "! Passed with {count} warnings: nothing failed, but read the warnings.",
  "verdict.passed": "✓ Passed: every check passed.",

  // ---- The report of one probe ----
  "verify.title": "{host}:{port} SMTP check · Outbox Doctor",
  "verify.heading": "Check of {host} port {port}",
  "target.host": "Host",
  "target.port": "Port",
  "target.security": "Security",
  "target.address": "Address dialled",
  "target.notResolved": "Not resolved",
  "steps.heading": "Timeline",
  "greeting.heading": "Server greeting",
  "greeting.none": "No greeting was received.",
  "tls.heading": "Encryption",
  "tls.none": "No TLS session was negotiated.",
  "tls.protocol": "Protocol",
  "tls.cipher": "Cipher",
  "cert.heading": "Certificate",
  "cert.none": "The server sent no certificate.",
  "cert.subject": "Subject",
  "cert.names": "Names (SANs)",
  "cert.issuer": "Issuer",
  "cert.validFrom": "Valid from",
  "cert.validTo": "Valid to",
  "cert.daysLeft.one": "{count} day left",
  "cert.daysLeft.other": "{count} days left",
  "cert.expired.one": "Expired {count} day ago",
  "cert.expired.other": "Expired {count} days ago",
  "cert.coversHost": "Covers the host name",
  "cert.trusted": "Trusted",
  "cert.fingerprint": "SHA-256 fingerprint",
  "auth.heading": "Sign-in methods (AUTH)",
  "auth.beforeTls": "Before TLS",
  "auth.afterTls": "After TLS",
  "auth.noneOffered": "none offered",
  "extensions.heading": "ESMTP extensions",
  "extensions.none": "none seen",

  // ---- The port survey ----
  "survey.title": "{host} SMTP ports · Outbox Doctor",
  "survey.heading": "Ports of {host}",
  "survey.caption": "Submission ports and encryption modes tried",
  "survey.port": "Port",
  "survey.security": "Security",
  "survey.result": "Result",
  "survey.summary": "Summary",
  "survey.details": "Details",
  "survey.noConnection": "No connection",
  "survey.pass": "✓ Pass",
  "survey.fail": "✗ Fail",
  "survey.checkAlone": "Check this one alone",
  "survey.use": "✓ Use port {port} with {security}.",
  "survey.noPortTested": "! No port was tested: see the findings.",
  "survey.nonePassed": "✗ None of the combinations passed every check.",

  // ---- The domain report ----
  "domain.title": "{domain} mail DNS · Outbox Doctor",
  "domain.heading": "Mail DNS of {domain}",
  "domain.srv": "Submission SRV",
  "domain.srvTarget": "{name} port {port} (priority {priority})",
  "domain.nonePublished": "none published",

  // ---- Footer ----
  "footer.times": "Checked {checked}. Page made {made}.",
  "footer.stored":
    "This is a stored report: the link shows this result, it does not check again. Kept until {expires}.",
  "footer.password":
    "Outbox Doctor never asks for your password: these checks only talk to the server, they do not sign in.",
  "link.reportJson": "This report as JSON",
  "link.surveyJson": "This survey as JSON",
  "link.checkAgain": "Check again",

  // ---- The /verify page (the button that runs a check) ----
  "form.title": "Check a server · Outbox Doctor",
  "form.heading": "Check an outgoing mail server",
  "form.headingHost": "Check {host}",
  "form.intro":
    "The check connects to the server, reads its greeting, tries encryption and lists the sign-in methods it offers. It never signs in and never asks for a password.",
  "form.server": "Server",
  "form.port": "Port (or {all} for every submission port)",
  "form.security": "Security",
  "form.securityDefault": "Default (STARTTLS; every mode with port all)",
  "form.submit": "Run the check",

  // ---- Error pages ----
  "error.tooMany": "Too many checks right now",
  "error.unfinished": "The check did not finish",
  "error.cannotRun": "Cannot run this check",
  "error.status": "Error {status}",
  "error.howToStart": "A check starts at {example}, then the button on that page.",
} as const;

export type ReportTextId = keyof typeof EN;

/** One language's words of the pages: every id, nothing else. */
export type ReportTexts = Readonly<Record<ReportTextId, string>>;

const DE: ReportTexts = {
  "brand.smtp": "Outbox Doctor · Prüfung des Postausgangsservers (SMTP)",
  "brand.dns": "Outbox Doctor · Prüfung der Mail-DNS-Einträge",
  "date.format": "{weekday}, {day}. {month} {year}, {hour}:{minute} UTC",
  "weekday.0": "Sonntag",
  "weekday.1": "Montag",
  "weekday.2": "Dienstag",
  "weekday.3": "Mittwoch",
  "weekday.4": "Donnerstag",
  "weekday.5": "Freitag",
  "weekday.6": "Samstag",
  "month.0": "Januar",
  "month.1": "Februar",
  "month.2": "März",
  "month.3": "April",
  "month.4": "Mai",
  "month.5": "Juni",
  "month.6": "Juli",
  "month.7": "August",
  "month.8": "September",
  "month.9": "Oktober",
  "month.10": "November",
  "month.11": "Dezember",
  "security.starttls": "STARTTLS",
  "security.tls": "SSL/TLS (direktes TLS)",
  "security.none": "Keine (unverschlüsselt)",
  "severity.fail": "✗ PROBLEM",
  "severity.warn": "! WARNUNG",
  "severity.info": "i HINWEIS",
  "severity.pass": "✓ OK",
  "step.resolve": "Servernamen auflösen",
  "step.connect": "Verbinden",
  "step.greeting": "Begrüßung des Servers",
  "step.ehlo": "EHLO",
  "step.starttls": "STARTTLS",
  "step.tls": "TLS-Verbindungsaufbau",
  "step.ehlo-tls": "EHLO in der verschlüsselten Sitzung",
  "step.ok": "OK",
  "step.failed": "Fehlgeschlagen",
  yes: "Ja",
  no: "Nein",
  none: "keine",

  "findings.heading": "Ergebnisse",
  "findings.none": "Keine Ergebnisse.",
  "finding.seen": "Beobachtet:",
  "finding.fix": "Abhilfe:",
  "finding.id": "Prüf-ID:",
  "verdict.failed.one": "✗ Nicht bestanden: {count} Prüfung ist fehlgeschlagen.",
  "verdict.failed.other": "✗ Nicht bestanden: {count} Prüfungen sind fehlgeschlagen.",
  "verdict.firstProblem": "Erstes Problem: {title}.",
  "verdict.warnings.one":
    "! Bestanden mit {count} Warnung: Nichts ist fehlgeschlagen, aber lesen Sie die Warnung.",
  "verdict.warnings.other":
    "! Bestanden mit {count} Warnungen: Nichts ist fehlgeschlagen, aber lesen Sie die Warnungen.",
  "verdict.passed": "✓ Bestanden: Alle Prüfungen waren erfolgreich.",

  "verify.title": "SMTP-Prüfung von {host}:{port} · Outbox Doctor",
  "verify.heading": "Prüfung von {host}, Port {port}",
  "target.host": "Server",
  "target.port": "Port",
  "target.security": "Verschlüsselung",
  "target.address": "Angewählte Adresse",
  "target.notResolved": "Nicht aufgelöst",
  "steps.heading": "Ablauf",
  "greeting.heading": "Begrüßung des Servers",
  "greeting.none": "Es kam keine Begrüßung.",
  "tls.heading": "Verschlüsselung",
  "tls.none": "Es wurde keine TLS-Sitzung ausgehandelt.",
  "tls.protocol": "Protokoll",
  "tls.cipher": "Verschlüsselungsverfahren",
  "cert.heading": "Zertifikat",
  "cert.none": "Der Server hat kein Zertifikat gesendet.",
  "cert.subject": "Ausgestellt für",
  "cert.names": "Namen (SANs)",
  "cert.issuer": "Aussteller",
  "cert.validFrom": "Gültig ab",
  "cert.validTo": "Gültig bis",
  "cert.daysLeft.one": "noch {count} Tag gültig",
  "cert.daysLeft.other": "noch {count} Tage gültig",
  "cert.expired.one": "seit {count} Tag abgelaufen",
  "cert.expired.other": "seit {count} Tagen abgelaufen",
  "cert.coversHost": "Gilt für den Servernamen",
  "cert.trusted": "Vertrauenswürdig",
  "cert.fingerprint": "SHA-256-Fingerabdruck",
  "auth.heading": "Anmeldeverfahren (AUTH)",
  "auth.beforeTls": "Vor TLS",
  "auth.afterTls": "Nach TLS",
  "auth.noneOffered": "keine angeboten",
  "extensions.heading": "ESMTP-Erweiterungen",
  "extensions.none": "keine gesehen",

  "survey.title": "SMTP-Ports von {host} · Outbox Doctor",
  "survey.heading": "Ports von {host}",
  "survey.caption": "Getestete Einlieferungsports und Verschlüsselungsarten",
  "survey.port": "Port",
  "survey.security": "Verschlüsselung",
  "survey.result": "Ergebnis",
  "survey.summary": "Zusammenfassung",
  "survey.details": "Details",
  "survey.noConnection": "Keine Verbindung",
  "survey.pass": "✓ Bestanden",
  "survey.fail": "✗ Nicht bestanden",
  "survey.checkAlone": "Nur diese Kombination prüfen",
  "survey.use": "✓ Port {port} mit {security} verwenden.",
  "survey.noPortTested": "! Es wurde kein Port getestet: Sehen Sie sich die Ergebnisse an.",
  "survey.nonePassed": "✗ Keine der Kombinationen hat alle Prüfungen bestanden.",

  "domain.title": "Mail-DNS von {domain} · Outbox Doctor",
  "domain.heading": "Mail-DNS von {domain}",
  "domain.srv": "SRV-Einträge für die Einlieferung",
  "domain.srvTarget": "{name} Port {port} (Priorität {priority})",
  "domain.nonePublished": "nicht veröffentlicht",

  "footer.times": "Geprüft am {checked}. Seite erstellt am {made}.",
  "footer.stored":
    "Dies ist ein gespeicherter Bericht: Der Link zeigt dieses Ergebnis, er prüft nicht erneut. Aufbewahrt bis {expires}.",
  "footer.password":
    "Outbox Doctor fragt nie nach Ihrem Kennwort: Diese Prüfungen sprechen nur mit dem Server, sie melden sich nicht an.",
  "link.reportJson": "Dieser Bericht als JSON",
  "link.surveyJson": "Diese Port-Übersicht als JSON",
  "link.checkAgain": "Erneut prüfen",

  "form.title": "Server prüfen · Outbox Doctor",
  "form.heading": "Postausgangsserver prüfen",
  "form.headingHost": "{host} prüfen",
  "form.intro":
    "Die Prüfung verbindet sich mit dem Server, liest seine Begrüßung, probiert die Verschlüsselung und listet die Anmeldeverfahren auf, die er anbietet. Sie meldet sich nie an und fragt nie nach einem Kennwort.",
  "form.server": "Server",
  "form.port": "Port (oder {all} für jeden Einlieferungsport)",
  "form.security": "Verschlüsselung",
  "form.securityDefault": "Standard (STARTTLS; bei Port all alle Arten)",
  "form.submit": "Prüfung starten",

  "error.tooMany": "Gerade zu viele Prüfungen",
  "error.unfinished": "Die Prüfung wurde nicht fertig",
  "error.cannotRun": "Diese Prüfung ist nicht möglich",
  "error.status": "Fehler {status}",
  "error.howToStart":
    "Eine Prüfung starten Sie unter {example} und dann mit der Schaltfläche auf dieser Seite.",
};

/** The pages' words per language: a record for every language of LANGS. */
export const REPORT_TEXTS: Readonly<Record<Lang, ReportTexts>> = { en: EN, de: DE };

/** The text `id` in `lang`, its placeholders filled with `values` (plain text: escape it at output). */
export function reportText(
  lang: Lang,
  id: ReportTextId,
  values: Readonly<Record<string, TextValue>> = {},
): string {
  return fillText(REPORT_TEXTS[lang][id], values, lang);
}
