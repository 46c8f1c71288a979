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
import { VERIFY_LABELS, type VerifyLabels } from "./verifyLabels.js";

const ENCRYPTION_LABEL: Record<Security, string> = { starttls: "STARTTLS", tls: "SSL/TLS", none: "none" };
const AUTH_LABEL: Record<string, string> = {
  oauth2: "OAuth2",
  password: "password",
  "app-password": "app password",
  none: "none",
};
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

/** The incoming half of the account (IMAP first), as Outlook's account dialogs ask for it. */
function incomingLines(settings: Settings): string[] {
  const incoming = settings.incoming ?? [];
  if (incoming.length === 0) return settings.servers.length > 0 ? ["", "Incoming server: not known."] : [];
  return incoming.flatMap((server, index) => [
    "",
    index === 0 ? "Incoming server (recommended):" : `Incoming alternative ${index}:`,
    ...alignRows([
      ["protocol", INCOMING_PROTOCOL_LABEL[server.protocol]],
      ["server", server.host],
      ["port", String(server.port)],
      ["encryption", ENCRYPTION_LABEL[server.security]],
      ["authentication", server.auth.map((method) => AUTH_LABEL[method] ?? method).join(", ")],
      ["user name", server.username],
    ]),
    ...(server.warning ? [`  WARNING: ${server.warning}`] : []),
  ]);
}

function checkedText(checked: string, unverified: true | undefined): string {
  return unverified
    ? `${checked}, UNVERIFIED: not confirmed from a settings article of the provider's own; verify the server before you type a password`
    : checked;
}

export function renderSettings(settings: Settings): string {
  const lines: string[] = [];
  const provider = settings.provider ? settings.provider.name : "unknown provider";
  lines.push(`${settings.email}: ${provider}`);
  lines.push(
    ...alignRows([
      ["source", settings.source + (settings.confidence ? ` (confidence ${settings.confidence})` : "")],
      ...(settings.provider?.docs ? ([["docs", settings.provider.docs]] as Array<[string, string]>) : []),
      ...(settings.provider?.checked
        ? ([["checked", checkedText(settings.provider.checked, settings.provider.unverified)]] as Array<
            [string, string]
          >)
        : []),
    ]),
  );
  if (settings.servers.length === 0) {
    lines.push("", "No outgoing server found.");
  }
  settings.servers.forEach((server, index) => {
    lines.push("", index === 0 ? "Outgoing server (recommended):" : `Alternative ${index}:`);
    lines.push(
      ...alignRows([
        ["server", server.host],
        ["port", String(server.port)],
        ["encryption", ENCRYPTION_LABEL[server.security]],
        ["authentication", server.auth.map((method) => AUTH_LABEL[method] ?? method).join(", ")],
        ["user name", server.username],
      ]),
    );
    if (server.warning) lines.push(`  WARNING: ${server.warning}`);
  });
  lines.push(...incomingLines(settings));
  if (settings.notes.length > 0) {
    lines.push("", "Notes:", ...settings.notes.map((note) => `  - ${note}`));
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

export function renderDomain(report: DomainReport): string {
  const lines = [`Mail DNS of ${report.domain}:`];
  const rows: Array<[string, string]> = [
    ["MX", report.mx.map((mx) => `${mx.priority} ${mx.exchange}`).join(", ") || "(none)"],
    ["SPF", report.spf.record ?? "(none)"],
    ["DMARC", report.dmarc.record ?? "(none)"],
    ["MTA-STS", report.mtaSts.record ?? "(none)"],
    ["TLS-RPT", report.tlsRpt.record ?? "(none)"],
    [
      "SRV submission",
      [
        ...report.srv.submissions.map((s) => `${s.name}:${s.port} (TLS)`),
        ...report.srv.submission.map((s) => `${s.name}:${s.port} (STARTTLS)`),
      ].join(", ") || "(none)",
    ],
  ];
  if (report.dane && report.dane.length > 0) {
    rows.push(["DANE TLSA", report.dane.map((d) => `${d.mx}: ${d.tlsa ? "yes" : "no"}`).join(", ")]);
  }
  lines.push(...alignRows(rows));
  lines.push("", "Findings:", ...findingLines(report.findings));
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
