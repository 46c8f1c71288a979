// The human report pages (/verify): pure functions from a report to an HTML5
// string. No script, one external stylesheet. Everything that came from the
// probed server or from the query is escaped here, at the point of output:
// a greeting like `220 <script>` must show as text, never run.
import type {
  DomainReport,
  Finding,
  Security,
  Severity,
  VerifyReport,
  VerifyStepName,
} from "../core/types.js";
import { SURVEY_FINDING_TEXT, VERIFY_FINDING_TEXT, type FindingText } from "../core/verifyFindings.js";
import type { PortSurveyReport } from "../net/portSurvey.js";
import { escapeHtml } from "./htmlEscape.js";

/** A report kept under a shareable id: its page links to the stored JSON, never to a new probe. */
export interface StoredReportInfo {
  id: string;
  expiresAt: string;
}

export interface ReportTarget {
  host: string;
  port?: number | "all";
  security?: Security;
}

const SECURITY_LABEL: Record<Security, string> = {
  starttls: "STARTTLS",
  tls: "SSL/TLS (implicit TLS)",
  none: "None (not encrypted)",
};

const SEVERITY_LABEL: Record<Severity, string> = {
  fail: "✗ FAIL",
  warn: "! WARNING",
  info: "i INFO",
  pass: "✓ PASS",
};

// The standard explanation and fix per finding id; ids not listed fall back to the finding's own words.
const FINDING_TEXT: Partial<Record<string, FindingText>> = { ...VERIFY_FINDING_TEXT, ...SURVEY_FINDING_TEXT };

const SEVERITY_ORDER: Record<Severity, number> = { fail: 0, warn: 1, info: 2, pass: 3 };

const STEP_LABEL: Record<VerifyStepName, string> = {
  resolve: "Resolve the host name",
  connect: "Connect",
  greeting: "Server greeting",
  ehlo: "EHLO",
  starttls: "STARTTLS",
  tls: "TLS handshake",
  "ehlo-tls": "EHLO inside TLS",
};

/** Where a stored report lives: `/report/<id>` (page) or `/api/report/<id>` (JSON). */
export function storedReportPath(kind: "page" | "json", id: string): string {
  return `${kind === "page" ? "/report" : "/api/report"}/${encodeURIComponent(id)}`;
}

/** Link to a check: `/verify?...` (the page with the button that runs it) or `/api/verify?...` (JSON), parameters URL-encoded. */
export function verifyUrl(kind: "page" | "json", target: ReportTarget): string {
  const params = new URLSearchParams({ host: target.host });
  if (target.port !== undefined) params.set("port", String(target.port));
  if (target.security !== undefined && target.port !== "all") params.set("security", target.security);
  return `${kind === "page" ? "/verify" : "/api/verify"}?${params.toString()}`;
}

function humanTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toUTCString();
}

function timeElement(iso: string): string {
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(humanTime(iso))}</time>`;
}

function yesNo(value: boolean): string {
  return value ? "Yes" : "No";
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/report.css">
</head>
<body>
${body}
</body>
</html>
`;
}

function facts(rows: Array<[string, string]>): string {
  const items = rows.map(([term, html]) => `<dt>${escapeHtml(term)}</dt><dd>${html}</dd>`).join("\n");
  return `<dl class="facts">\n${items}\n</dl>`;
}

function badge(severity: Severity): string {
  return `<span class="badge badge-${severity}">${SEVERITY_LABEL[severity]}</span>`;
}

function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 4) - (SEVERITY_ORDER[b.severity] ?? 4));
}

function findingItem(finding: Finding): string {
  const text = Object.hasOwn(FINDING_TEXT, finding.id) ? FINDING_TEXT[finding.id] : undefined;
  const explanation = text?.explanation ?? finding.detail;
  const fix = finding.fix ?? text?.fix;
  const parts = [
    `<h3>${badge(finding.severity)}${escapeHtml(finding.title)}</h3>`,
    `<p>${escapeHtml(explanation)}</p>`,
  ];
  if (text !== undefined && finding.detail && finding.detail !== explanation) {
    parts.push(`<p><span class="label">What we saw:</span> ${escapeHtml(finding.detail)}</p>`);
  }
  if (fix) parts.push(`<p><span class="label">Fix:</span> ${escapeHtml(fix)}</p>`);
  parts.push(`<p class="muted">Check id: <code>${escapeHtml(finding.id)}</code></p>`);
  return `<li class="sev-${escapeHtml(finding.severity)}">\n${parts.join("\n")}\n</li>`;
}

function findingsSection(findings: Finding[]): string {
  if (findings.length === 0) return `<h2>Findings</h2>\n<p>No findings.</p>`;
  return `<h2>Findings</h2>\n<ul class="findings">\n${sortFindings(findings).map(findingItem).join("\n")}\n</ul>`;
}

function verdict(findings: Finding[], ok: boolean): string {
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  const failures = count("fail");
  const warnings = count("warn");
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (!ok || failures > 0) {
    const first = findings.find((f) => f.severity === "fail");
    const reason = first ? ` First problem: ${escapeHtml(first.title)}.` : "";
    return `<p class="verdict verdict-fail" role="status">✗ Failed: ${plural(failures, "check")} failed.${reason}</p>`;
  }
  if (warnings > 0) {
    return `<p class="verdict verdict-warn" role="status">! Passed with ${plural(warnings, "warning")}: nothing failed, but read the warnings.</p>`;
  }
  return `<p class="verdict verdict-pass" role="status">✓ Passed: every check passed.</p>`;
}

function stepsSection(report: VerifyReport): string {
  if (report.steps.length === 0) return "";
  const items = report.steps.map((step) => {
    const label = STEP_LABEL[step.step] ?? step.step;
    const state = step.ok ? "OK" : "Failed";
    return `<li><span><strong>${escapeHtml(label)}</strong>: ${state}</span><span class="ms">${escapeHtml(
      String(step.ms),
    )} ms</span>${step.detail ? `<span class="step-detail">${escapeHtml(step.detail)}</span>` : ""}</li>`;
  });
  return `<h2>Timeline</h2>\n<ol class="steps">\n${items.join("\n")}\n</ol>`;
}

function listOrNone(values: string[], none: string): string {
  if (values.length === 0) return `<span class="muted">${escapeHtml(none)}</span>`;
  return `<ul class="plain">${values.map((v) => `<li><code>${escapeHtml(v)}</code></li>`).join("")}</ul>`;
}

function tlsSection(report: VerifyReport): string {
  const tls = report.tls;
  if (tls === null) {
    return `<h2>Encryption</h2>\n<p>No TLS session was negotiated.</p>`;
  }
  const rows: Array<[string, string]> = [
    ["Protocol", escapeHtml(tls.protocol)],
    ["Cipher", `<code>${escapeHtml(tls.cipher)}</code>`],
  ];
  const cert = tls.certificate;
  let certHtml = "<p>The server sent no certificate.</p>";
  if (cert !== null) {
    const days =
      cert.daysLeft < 0 ? `Expired ${Math.abs(cert.daysLeft)} days ago` : `${cert.daysLeft} days left`;
    const certRows: Array<[string, string]> = [
      ["Subject", escapeHtml(cert.subject)],
      ["Names (SANs)", listOrNone(cert.altNames ?? [], "none")],
      ["Issuer", escapeHtml(cert.issuer)],
      ["Valid from", timeElement(cert.validFrom)],
      ["Valid to", `${timeElement(cert.validTo)} (${escapeHtml(days)})`],
      ["Covers the host name", yesNo(cert.hostnameMatch)],
      [
        "Trusted",
        cert.trusted ? "Yes" : `No${cert.error ? ` (<code>${escapeHtml(cert.error)}</code>)` : ""}`,
      ],
    ];
    if (cert.fingerprint256)
      certRows.push(["SHA-256 fingerprint", `<code>${escapeHtml(cert.fingerprint256)}</code>`]);
    certHtml = facts(certRows);
  }
  return `<h2>Encryption</h2>\n${facts(rows)}\n<h3>Certificate</h3>\n${certHtml}`;
}

function targetFacts(report: VerifyReport): string {
  const t = report.target;
  return facts([
    ["Host", `<span class="token">${escapeHtml(t.host)}</span>`],
    ["Port", escapeHtml(String(t.port))],
    ["Security", escapeHtml(SECURITY_LABEL[t.security] ?? t.security)],
    ["Address dialled", t.address ? `<span class="token">${escapeHtml(t.address)}</span>` : "Not resolved"],
  ]);
}

function footer(
  checkedAt: string,
  links: Array<[string, string]>,
  generatedAt: Date,
  stored?: StoredReportInfo,
): string {
  const linkItems = links.map(([href, label]) => `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`);
  const kept =
    stored === undefined
      ? ""
      : `\n<p>This is a stored report: the link shows this result, it does not check again. Kept until ${timeElement(stored.expiresAt)}.</p>`;
  return `<footer>
<p>Checked ${timeElement(checkedAt)}. Page made ${timeElement(generatedAt.toISOString())}.</p>${kept}
<p>${linkItems.join(" · ")}</p>
<p>Outbox Doctor never asks for your password: these checks only talk to the server, they do not sign in.</p>
</footer>`;
}

/** The footer links of a report: the stored JSON when there is one, and the page that checks again. */
function reportLinks(json: string, again: string, stored: StoredReportInfo | undefined, what: string) {
  return [
    [stored === undefined ? json : storedReportPath("json", stored.id), `This ${what} as JSON`],
    [again, "Check again"],
  ] as Array<[string, string]>;
}

/** The report of one probe. */
export function renderVerifyPage(report: VerifyReport, generatedAt: Date, stored?: StoredReportInfo): string {
  const t = report.target;
  const target: ReportTarget = { host: t.host, port: t.port, security: t.security };
  const body = `<header>
<p class="brand">Outbox Doctor · outgoing mail (SMTP) check</p>
<h1>Check of <span class="token">${escapeHtml(t.host)}</span> port ${escapeHtml(String(t.port))}</h1>
</header>
<main>
${verdict(report.findings, report.ok)}
${targetFacts(report)}
${findingsSection(report.findings)}
${stepsSection(report)}
<h2>Server greeting</h2>
${report.greeting === null ? "<p>No greeting was received.</p>" : `<pre>${escapeHtml(report.greeting)}</pre>`}
${tlsSection(report)}
<h2>Sign-in methods (AUTH)</h2>
${facts([
  ["Before TLS", listOrNone(report.auth.beforeTls, "none offered")],
  ["After TLS", listOrNone(report.auth.afterTls, "none offered")],
])}
<h2>ESMTP extensions</h2>
${listOrNone(report.extensions, "none seen")}
</main>
${footer(
  report.checkedAt,
  reportLinks(verifyUrl("json", target), verifyUrl("page", target), stored, "report"),
  generatedAt,
  stored,
)}`;
  return page(`${t.host}:${t.port} SMTP check · Outbox Doctor`, body);
}

/** The four port/security combinations of one host side by side. */
export function renderSurveyPage(
  survey: PortSurveyReport,
  generatedAt: Date,
  stored?: StoredReportInfo,
): string {
  const rows = survey.results.map((result) => {
    const outcome = !result.connected ? "No connection" : result.ok ? "✓ Pass" : "✗ Fail";
    const target: ReportTarget = { host: survey.host, port: result.port, security: result.security };
    return `<tr>
<td data-label="Port">${escapeHtml(String(result.port))}</td>
<td data-label="Security">${escapeHtml(SECURITY_LABEL[result.security] ?? result.security)}</td>
<td data-label="Result">${escapeHtml(outcome)}</td>
<td data-label="Summary">${escapeHtml(result.summary)}</td>
<td data-label="Details"><a href="${escapeHtml(verifyUrl("page", target))}">Check this one alone</a></td>
</tr>`;
  });
  const verdictHtml = survey.recommended
    ? `<p class="verdict verdict-pass" role="status">✓ Use port ${escapeHtml(String(survey.recommended.port))} with ${escapeHtml(
        SECURITY_LABEL[survey.recommended.security] ?? survey.recommended.security,
      )}.</p>`
    : survey.results.length === 0
      ? `<p class="verdict verdict-warn" role="status">! No port was tested: see the findings.</p>`
      : `<p class="verdict verdict-fail" role="status">✗ None of the combinations passed every check.</p>`;
  const table =
    rows.length === 0
      ? ""
      : `<table class="survey">
<caption>Submission ports and encryption modes tried</caption>
<thead><tr><th scope="col">Port</th><th scope="col">Security</th><th scope="col">Result</th><th scope="col">Summary</th><th scope="col">Details</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>`;
  const body = `<header>
<p class="brand">Outbox Doctor · outgoing mail (SMTP) check</p>
<h1>Ports of <span class="token">${escapeHtml(survey.host)}</span></h1>
</header>
<main>
${verdictHtml}
${table}
${findingsSection(survey.findings)}
</main>
${footer(
  survey.checkedAt,
  reportLinks(
    verifyUrl("json", { host: survey.host, port: "all" }),
    verifyUrl("page", { host: survey.host, port: "all" }),
    stored,
    "survey",
  ),
  generatedAt,
  stored,
)}`;
  return page(`${survey.host} SMTP ports · Outbox Doctor`, body);
}

function recordOrNone(record: string | null): string {
  return record === null ? `<span class="muted">none published</span>` : `<code>${escapeHtml(record)}</code>`;
}

/** A domain's mail DNS report (stored; there is no live HTML route for it). */
export function renderDomainPage(report: DomainReport, generatedAt: Date, stored?: StoredReportInfo): string {
  const mx = report.mx.map((record) => `${record.priority} ${record.exchange}`);
  const srv = [...report.srv.submissions, ...report.srv.submission].map(
    (target) => `${target.name} port ${target.port} (priority ${target.priority})`,
  );
  const rows: Array<[string, string]> = [
    ["MX", listOrNone(mx, "none")],
    ["SPF", recordOrNone(report.spf.record)],
    ["DMARC", recordOrNone(report.dmarc.record)],
    ["MTA-STS", recordOrNone(report.mtaSts.record)],
    ["TLS-RPT", recordOrNone(report.tlsRpt.record)],
    ["Submission SRV", listOrNone(srv, "none")],
  ];
  const failures = report.findings.filter((finding) => finding.severity === "fail").length;
  const body = `<header>
<p class="brand">Outbox Doctor · mail DNS check</p>
<h1>Mail DNS of <span class="token">${escapeHtml(report.domain)}</span></h1>
</header>
<main>
${verdict(report.findings, failures === 0)}
${facts(rows)}
${findingsSection(report.findings)}
</main>
${footer(
  report.checkedAt ?? generatedAt.toISOString(),
  stored === undefined ? [] : [[storedReportPath("json", stored.id), "This report as JSON"]],
  generatedAt,
  stored,
)}`;
  return page(`${report.domain} mail DNS · Outbox Doctor`, body);
}

/**
 * /verify?host=...: what would be checked, and a button that runs the check
 * (a POST, so neither a link preview nor another site's <img> starts a probe).
 */
export function renderVerifyFormPage(target: { host?: string; port?: string; security?: string }): string {
  const value = (text: string | undefined) => (text === undefined ? "" : ` value="${escapeHtml(text)}"`);
  const securityOption = (option: Security | "", label: string) =>
    `<option value="${option}"${(target.security ?? "") === option ? " selected" : ""}>${escapeHtml(label)}</option>`;
  const heading =
    target.host === undefined
      ? "Check an outgoing mail server"
      : `Check <span class="token">${escapeHtml(target.host)}</span>`;
  const body = `<header>
<p class="brand">Outbox Doctor · outgoing mail (SMTP) check</p>
<h1>${heading}</h1>
</header>
<main>
<p>The check connects to the server, reads its greeting, tries encryption and lists the sign-in methods it offers. It never signs in and never asks for a password.</p>
<form method="post" action="/verify" class="check-form">
<p><label for="host">Server</label><br><input id="host" name="host" required maxlength="255" autocomplete="off" spellcheck="false"${value(target.host)}></p>
<p><label for="port">Port (or <code>all</code> for every submission port)</label><br><input id="port" name="port" maxlength="5" inputmode="numeric" placeholder="587"${value(target.port)}></p>
<p><label for="security">Security</label><br><select id="security" name="security">
${securityOption("", "Default (STARTTLS; every mode with port all)")}
${securityOption("starttls", SECURITY_LABEL.starttls)}
${securityOption("tls", SECURITY_LABEL.tls)}
${securityOption("none", SECURITY_LABEL.none)}
</select></p>
<p><button type="submit">Run the check</button></p>
</form>
</main>`;
  return page("Check a server · Outbox Doctor", body);
}

/** An error page for /verify, with the same status as the JSON API would give. */
export function renderErrorPage(statusCode: number, code: string, message: string): string {
  const heading =
    statusCode === 429
      ? "Too many checks right now"
      : statusCode >= 500
        ? "The check did not finish"
        : "Cannot run this check";
  const body = `<header>
<p class="brand">Outbox Doctor · outgoing mail (SMTP) check</p>
<h1>${escapeHtml(heading)}</h1>
</header>
<main>
<p role="alert">${escapeHtml(message)}</p>
<p class="muted">Error ${escapeHtml(String(statusCode))} · <code>${escapeHtml(code)}</code></p>
<p>A check starts at <code>/verify?host=smtp.example.com&amp;port=587&amp;security=starttls</code>, then the button on that page.</p>
</main>`;
  return page(`${heading} · Outbox Doctor`, body);
}
