// Plain-text reports for the terminal: aligned label/value rows, one finding
// per line with its severity first so `grep FAIL` works in scripts.
import type {
  DomainReport,
  ExplainResult,
  Finding,
  IncomingServer,
  Security,
  Settings,
  Severity,
  VerifyReport,
} from "../core/types.js";
import { actorLabel, NOTHING_RECOGNISED, type ExplainBounceReport } from "../core/explainBounce.js";
import { localize, type Lang } from "../core/language.js";
import { formatMessageSize } from "../core/verifyFindings.js";
import type { PortSurveyReport } from "../net/portSurvey.js";
import { DOMAIN_LABELS, SETTINGS_LABELS, type SettingsLabels } from "./reportLabels.js";
import { VERIFY_LABELS, type VerifyLabels } from "./verifyLabels.js";

const ENCRYPTION_LABEL: Record<Security, string> = { starttls: "STARTTLS", tls: "SSL/TLS", none: "none" };
const SEVERITY_LABEL: Record<Severity, string> = { pass: "PASS", info: "INFO", warn: "WARN", fail: "FAIL" };

/** Pads the first column so the values line up. */
export function alignRows(rows: Array<[string, string]>, indent = "  "): string[] {
  const width = Math.max(0, ...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${indent}${label.padEnd(width)}  ${value}`);
}

function findingLines(
  findings: Finding[],
  labels: { none: string; fix: string } = VERIFY_LABELS.en,
): string[] {
  if (findings.length === 0) return [`  ${labels.none}`];
  return findings.flatMap((finding) => {
    const lines = [`  ${SEVERITY_LABEL[finding.severity]}  ${finding.id}: ${finding.title}`];
    if (finding.detail) lines.push(`        ${finding.detail}`);
    if (finding.fix) lines.push(`        ${labels.fix}: ${finding.fix}`);
    return lines;
  });
}

const INCOMING_PROTOCOL_LABEL: Record<IncomingServer["protocol"], string> = { imap: "IMAP", pop3: "POP3" };

function serverRows(
  server: Pick<IncomingServer, "host" | "port" | "security" | "auth" | "username">,
  l: SettingsLabels,
): Array<[string, string]> {
  return [
    [l.server, server.host],
    [l.port, String(server.port)],
    [l.encryption, server.security === "none" ? l.encryptionNone : ENCRYPTION_LABEL[server.security]],
    [l.authentication, server.auth.map((method) => l.auth[method] ?? method).join(", ")],
    [l.userName, server.username],
  ];
}

/** The incoming half of the account (IMAP first), as Outlook's account dialogs ask for it. */
function incomingLines(settings: Settings, l: SettingsLabels): string[] {
  const incoming = settings.incoming ?? [];
  if (incoming.length === 0) return settings.servers.length > 0 ? ["", l.incomingUnknown] : [];
  return incoming.flatMap((server, index) => [
    "",
    index === 0 ? l.incomingRecommended : l.incomingAlternative(index),
    ...alignRows([[l.protocol, INCOMING_PROTOCOL_LABEL[server.protocol]], ...serverRows(server, l)]),
    ...(server.warning ? [`  ${l.warning}: ${server.warning}`] : []),
  ]);
}

function checkedText(checked: string, unverified: true | undefined, l: SettingsLabels): string {
  return unverified ? `${checked}, ${l.unverified}` : checked;
}

/** The settings report; labels in `lang` (notes and warnings come worded in it already). */
export function renderSettings(settings: Settings, lang: Lang = "en"): string {
  const l = SETTINGS_LABELS[lang];
  const lines: string[] = [];
  const provider = settings.provider ? settings.provider.name : l.unknownProvider;
  lines.push(`${settings.email}: ${provider}`);
  const source = l.sourceName[settings.source] ?? settings.source;
  const confidence = settings.confidence ? ` (${l.confidence(l.confidenceName[settings.confidence])})` : "";
  const rows: Array<[string, string]> = [[l.source, source + confidence]];
  if (settings.provider?.docs) rows.push([l.docs, settings.provider.docs]);
  if (settings.provider?.checked)
    rows.push([l.checked, checkedText(settings.provider.checked, settings.provider.unverified, l)]);
  lines.push(...alignRows(rows));
  if (settings.servers.length === 0) {
    lines.push("", l.noOutgoing);
  }
  settings.servers.forEach((server, index) => {
    lines.push("", index === 0 ? l.outgoingRecommended : l.alternative(index));
    lines.push(...alignRows(serverRows(server, l)));
    if (server.warning) lines.push(`  ${l.warning}: ${server.warning}`);
  });
  lines.push(...incomingLines(settings, l));
  if (settings.notes.length > 0) {
    lines.push("", l.notes, ...settings.notes.map((note) => `  - ${note}`));
  }
  return lines.join("\n") + "\n";
}

export function renderVerify(report: VerifyReport, lang: Lang = "en"): string {
  const l = VERIFY_LABELS[lang];
  const { target } = report;
  const lines: string[] = [];
  lines.push(
    `${target.host}:${target.port} (${ENCRYPTION_LABEL[target.security]})${target.address ? ` ${l.at} ${target.address}` : ""}: ${report.ok ? l.ok : l.failed}`,
  );
  lines.push("", l.steps);
  lines.push(
    ...alignRows(
      report.steps.map((step) => [
        step.step,
        `${step.ok ? "ok  " : "FAIL"} ${String(step.ms).padStart(5)} ms  ${step.detail}`,
      ]),
    ),
  );
  if (report.greeting) lines.push("", `${l.greeting} ${report.greeting}`);
  if (report.tls) {
    const rows: Array<[string, string]> = [
      [l.protocol, report.tls.protocol],
      [l.cipher, report.tls.cipher],
    ];
    const cert = report.tls.certificate;
    if (cert) {
      rows.push(
        [l.subject, cert.subject],
        [l.names, cert.altNames.join(", ") || l.none],
        [l.issuer, cert.issuer],
        [l.validUntil, `${cert.validTo} (${l.daysLeft(cert.daysLeft)})`],
        [l.nameMatches, cert.hostnameMatch ? l.yes : l.no],
        [l.trusted, cert.trusted ? l.yes : `${l.no}${cert.error ? ` (${cert.error})` : ""}`],
      );
    }
    lines.push("", "TLS:", ...alignRows(rows));
  }
  lines.push(
    "",
    "AUTH:",
    ...alignRows([
      [l.beforeTls, report.auth.beforeTls.join(" ") || l.none],
      [l.afterTls, report.auth.afterTls.join(" ") || l.none],
    ]),
  );
  if (report.extensions.length > 0) lines.push("", `${l.extensions} ${report.extensions.join(", ")}`);
  lines.push(...offerLines(report, l), ...signInLines(report, l));
  lines.push("", l.findings, ...findingLines(report.findings, l));
  return lines.join("\n") + "\n";
}

function offerLines(report: VerifyReport, l: VerifyLabels): string[] {
  // Nothing to say when no EHLO was answered.
  if (report.sizeLimit === undefined || report.extensions.length === 0) return [];
  const size =
    report.sizeLimit === null
      ? l.notAnnounced
      : report.sizeLimit === 0
        ? l.noFixedLimit
        : `${formatMessageSize(report.sizeLimit)} (${l.bytes(report.sizeLimit)})`;
  return [
    "",
    l.offers,
    ...alignRows([
      [l.largestMessage, size],
      ["SMTPUTF8", report.smtputf8 ? l.yes : l.no.toLowerCase()],
      ["8BITMIME", report.eightBitMime ? l.yes : l.no.toLowerCase()],
    ]),
  ];
}

function signInLines(report: VerifyReport, l: VerifyLabels): string[] {
  const signIn = report.signIn;
  if (!signIn) return [];
  const rows: Array<[string, string]> = [
    [l.result, signIn.ok ? l.accepted : signIn.mechanism === null ? l.notTried : l.failed],
    [l.mechanism, signIn.mechanism ?? l.none],
  ];
  if (signIn.reply !== null) rows.push([l.reply, signIn.reply]);
  if (signIn.error !== null) rows.push([l.why, signIn.error]);
  return ["", l.signIn, ...alignRows(rows)];
}

export function renderSurvey(survey: PortSurveyReport, lang: Lang = "en"): string {
  const l = VERIFY_LABELS[lang];
  const lines = [l.surveyOf(survey.host)];
  lines.push(
    ...alignRows(
      survey.results.map((result) => [
        `${result.port} ${ENCRYPTION_LABEL[result.security]}`,
        `${result.ok ? l.works : result.connected ? l.fails : l.noConnection}  ${result.summary}`,
      ]),
    ),
  );
  lines.push(
    "",
    `${l.recommended} ${survey.recommended ? `${survey.recommended.port} ${ENCRYPTION_LABEL[survey.recommended.security]}` : l.noneWork}`,
  );
  lines.push("", l.findings, ...findingLines(survey.findings, l));
  return lines.join("\n") + "\n";
}

/** The domain report; labels in `lang` (the findings come worded in it already). */
export function renderDomain(report: DomainReport, lang: Lang = "en"): string {
  const l = DOMAIN_LABELS[lang];
  const lines = [l.heading(report.domain)];
  const rows: Array<[string, string]> = [
    ["MX", report.mx.map((mx) => `${mx.priority} ${mx.exchange}`).join(", ") || l.none],
    ["SPF", report.spf.record ?? l.none],
    ["DMARC", report.dmarc.record ?? l.none],
    ["MTA-STS", report.mtaSts.record ?? l.none],
    ["TLS-RPT", report.tlsRpt.record ?? l.none],
    [
      l.srvSubmission,
      [
        ...report.srv.submissions.map((s) => `${s.name}:${s.port} (TLS)`),
        ...report.srv.submission.map((s) => `${s.name}:${s.port} (STARTTLS)`),
      ].join(", ") || l.none,
    ],
  ];
  if (report.dane && report.dane.length > 0) {
    rows.push([l.dane, report.dane.map((d) => `${d.mx}: ${d.tlsa ? l.yes : l.no}`).join(", ")]);
  }
  lines.push(...alignRows(rows));
  lines.push("", l.findings, ...findingLines(report.findings, { none: l.noFindings, fix: l.fix }));
  return lines.join("\n") + "\n";
}

const STAGE_WORDS: Record<string, string> = {
  connect: "connecting",
  ehlo: "the greeting (EHLO)",
  auth: "sign-in (AUTH)",
  mail: "the sender (MAIL FROM)",
  rcpt: "a recipient (RCPT TO)",
  data: "the message (DATA)",
  "after-data": "after the message was sent (end of DATA)",
};
const ANSWERED_WORDS: Record<string, string> = {
  "submission-server": "your own outgoing server",
  "recipient-server": "a recipient's server",
};

/** A whole bounce explained: what the report says (reply, stage, who answered, recipients), then the explanations. */
export function renderBounceExplain(report: ExplainBounceReport, lang: Lang = "en"): string {
  const cut = report.truncated ? "(Only the first 20,000 characters of that text were read.)\n" : "";
  if (!report.recognised) return `${cut}${localize(NOTHING_RECOGNISED, lang)}\n`;
  const { parsed } = report;
  const rows: Array<[string, string]> = [];
  const reply = [parsed.replyCode, parsed.enhancedCode].filter((code) => code !== null).join(" ");
  if (reply !== "") rows.push(["Reply", reply]);
  if (parsed.diagnostic) rows.push(["Server said", parsed.diagnostic]);
  const answered = ANSWERED_WORDS[parsed.answeredBy];
  if (answered) rows.push(["Answered by", parsed.remoteMta ? `${answered} (${parsed.remoteMta})` : answered]);
  if (parsed.stage) rows.push(["Failed at", STAGE_WORDS[parsed.stage] ?? parsed.stage]);
  if (parsed.recipients.length > 0) rows.push(["Failed recipients", parsed.recipients.join(", ")]);
  const lines: string[] = rows.length > 0 ? [...alignRows(rows), ""] : [];
  report.explanations.forEach((explanation, index) => {
    if (index > 0) lines.push("");
    lines.push(
      `${explanation.code}: ${explanation.title}`,
      `  Who must act: ${actorLabel(explanation.actor, lang)}`,
      `  Cause: ${explanation.cause}`,
      "  Fix:",
    );
    explanation.fix.forEach((step, n) => lines.push(`    ${n + 1}. ${step}`));
  });
  return cut + lines.join("\n") + "\n";
}

export function renderExplain(result: ExplainResult & { truncated?: boolean }): string {
  const cut = result.truncated ? "(Only the first 20,000 characters of that text were read.)\n" : "";
  return cut + renderExplainMatches(result);
}

function renderExplainMatches(result: ExplainResult): string {
  if (result.matches.length === 0) {
    return "No known SMTP or Outlook error found in that text. Paste the whole message, including any code such as 0x800CCC0E or 5.7.139.\n";
  }
  const lines: string[] = [];
  result.matches.forEach((match, index) => {
    if (index > 0) lines.push("");
    lines.push(`${match.code}: ${match.title}`, `  Cause: ${match.cause}`, "  Fix:");
    match.fix.forEach((step, n) => lines.push(`    ${n + 1}. ${step}`));
  });
  return lines.join("\n") + "\n";
}
