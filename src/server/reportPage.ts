// The human report pages (/verify): pure functions from a report to an HTML5
// string. No script, one external stylesheet. Everything that came from the
// probed server or from the query is escaped here, at the point of output:
// a greeting like `220 <script>` must show as text, never run.
//
// Each page is in one language (`lang`): its own words come from
// src/server/reportTexts.ts, the standard explanation and fix of a probe or
// survey finding from the core's tables (German once loadLanguage("de") has
// run). What a stored finding says (title, detail) is shown as it was stored.
import type { Lang } from "../core/language.js";
import type {
  DomainReport,
  Finding,
  Security,
  Severity,
  VerifyReport,
  VerifyStepName,
} from "../core/types.js";
import { knownFindingText } from "../core/verifyFindings.js";
import type { PortSurveyReport } from "../net/portSurvey.js";
import { escapeHtml } from "./htmlEscape.js";
import { REPORT_TEXTS, reportText, type ReportTextId } from "./reportTexts.js";

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

const SEVERITY_ORDER: Record<Severity, number> = { fail: 0, warn: 1, info: 2, pass: 3 };

const SECURITY_LABEL: Record<Security, ReportTextId> = {
  starttls: "security.starttls",
  tls: "security.tls",
  none: "security.none",
};

const SEVERITY_LABEL: Record<Severity, ReportTextId> = {
  fail: "severity.fail",
  warn: "severity.warn",
  info: "severity.info",
  pass: "severity.pass",
};

const STEP_LABEL: Record<VerifyStepName, ReportTextId> = {
  resolve: "step.resolve",
  connect: "step.connect",
  greeting: "step.greeting",
  ehlo: "step.ehlo",
  starttls: "step.starttls",
  tls: "step.tls",
  "ehlo-tls": "step.ehlo-tls",
};

const WEEKDAYS = [
  "weekday.0",
  "weekday.1",
  "weekday.2",
  "weekday.3",
  "weekday.4",
  "weekday.5",
  "weekday.6",
] as const satisfies readonly ReportTextId[];

const MONTHS = [
  "month.0",
  "month.1",
  "month.2",
  "month.3",
  "month.4",
  "month.5",
  "month.6",
  "month.7",
  "month.8",
  "month.9",
  "month.10",
  "month.11",
] as const satisfies readonly ReportTextId[];

/** One page's language: its words as plain text (escape at output) or as HTML with HTML values. */
class Words {
  constructor(readonly lang: Lang) {}

  text(id: ReportTextId, values: Readonly<Record<string, string | number>> = {}): string {
    return reportText(this.lang, id, values);
  }

  /** The text, escaped, with its placeholders replaced by `values`, which are HTML already. */
  html(id: ReportTextId, values: Readonly<Record<string, string>>): string {
    return escapeHtml(REPORT_TEXTS[this.lang][id]).replace(
      /\{(\w+)\}/g,
      (placeholder, name: string) => values[name] ?? placeholder,
    );
  }

  /** A count with its word: `${id}.one` for 1, `${id}.other` otherwise. */
  count(id: "verdict.failed" | "verdict.warnings" | "cert.daysLeft" | "cert.expired", count: number): string {
    return this.text(count === 1 ? `${id}.one` : `${id}.other`, { count });
  }

  security(security: Security): string {
    return Object.hasOwn(SECURITY_LABEL, security) ? this.text(SECURITY_LABEL[security]) : security;
  }
}

/** `path` with the page language as its `lang` parameter; English links carry none. */
export function withLang(path: string, lang: Lang): string {
  return lang === "en" ? path : `${path}${path.includes("?") ? "&" : "?"}lang=${lang}`;
}

/** Where a stored report lives: `/report/<id>` (page) or `/api/report/<id>` (JSON), in `lang`. */
export function storedReportPath(kind: "page" | "json", id: string, lang: Lang = "en"): string {
  return withLang(`${kind === "page" ? "/report" : "/api/report"}/${encodeURIComponent(id)}`, lang);
}

/** Link to a check: `/verify?...` (the page with the button that runs it) or `/api/verify?...` (JSON), parameters URL-encoded. */
export function verifyUrl(kind: "page" | "json", target: ReportTarget, lang: Lang = "en"): string {
  const params = new URLSearchParams({ host: target.host });
  if (target.port !== undefined) params.set("port", String(target.port));
  if (target.security !== undefined && target.port !== "all") params.set("security", target.security);
  return withLang(`${kind === "page" ? "/verify" : "/api/verify"}?${params.toString()}`, lang);
}

const twoDigits = (n: number): string => String(n).padStart(2, "0");

/** A time in words, in UTC (English: exactly Date#toUTCString); not a date: as given. */
function humanTime(w: Words, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const year = date.getUTCFullYear();
  return w.text("date.format", {
    weekday: w.text(WEEKDAYS[date.getUTCDay()] ?? "weekday.0"),
    day: date.getUTCDate(),
    day2: twoDigits(date.getUTCDate()),
    month: w.text(MONTHS[date.getUTCMonth()] ?? "month.0"),
    year: `${year < 0 ? "-" : ""}${String(Math.abs(year)).padStart(4, "0")}`,
    hour: twoDigits(date.getUTCHours()),
    minute: twoDigits(date.getUTCMinutes()),
    second: twoDigits(date.getUTCSeconds()),
  });
}

function timeElement(w: Words, iso: string): string {
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(humanTime(w, iso))}</time>`;
}

function yesNo(w: Words, value: boolean): string {
  return escapeHtml(w.text(value ? "yes" : "no"));
}

function page(w: Words, title: string, body: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(w.lang)}">
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

function badge(w: Words, severity: Severity): string {
  return `<span class="badge badge-${severity}">${escapeHtml(w.text(SEVERITY_LABEL[severity]))}</span>`;
}

function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 4) - (SEVERITY_ORDER[b.severity] ?? 4));
}

/**
 * One finding: its stored title; for a probe or survey id the standard
 * explanation and fix in the page's language, with the stored detail as what
 * was seen; for any other id the finding's own detail and fix.
 */
function findingItem(w: Words, finding: Finding): string {
  const text = knownFindingText(finding.id, w.lang);
  const explanation = text?.explanation ?? finding.detail;
  const fix = text?.fix ?? finding.fix;
  const label = (id: ReportTextId) => `<span class="label">${escapeHtml(w.text(id))}</span>`;
  const parts = [
    `<h3>${badge(w, finding.severity)}${escapeHtml(finding.title)}</h3>`,
    `<p>${escapeHtml(explanation)}</p>`,
  ];
  if (text !== undefined && finding.detail && finding.detail !== explanation) {
    parts.push(`<p>${label("finding.seen")} ${escapeHtml(finding.detail)}</p>`);
  }
  if (fix) parts.push(`<p>${label("finding.fix")} ${escapeHtml(fix)}</p>`);
  parts.push(
    `<p class="muted">${escapeHtml(w.text("finding.id"))} <code>${escapeHtml(finding.id)}</code></p>`,
  );
  return `<li class="sev-${escapeHtml(finding.severity)}">\n${parts.join("\n")}\n</li>`;
}

function findingsSection(w: Words, findings: Finding[]): string {
  const heading = `<h2>${escapeHtml(w.text("findings.heading"))}</h2>`;
  if (findings.length === 0) return `${heading}\n<p>${escapeHtml(w.text("findings.none"))}</p>`;
  const items = sortFindings(findings).map((finding) => findingItem(w, finding));
  return `${heading}\n<ul class="findings">\n${items.join("\n")}\n</ul>`;
}

function verdict(w: Words, findings: Finding[], ok: boolean): string {
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  const failures = count("fail");
  const warnings = count("warn");
  if (!ok || failures > 0) {
    const first = findings.find((f) => f.severity === "fail");
    const reason = first ? ` ${w.text("verdict.firstProblem", { title: first.title })}` : "";
    return `<p class="verdict verdict-fail" role="status">${escapeHtml(w.count("verdict.failed", failures) + reason)}</p>`;
  }
  if (warnings > 0) {
    return `<p class="verdict verdict-warn" role="status">${escapeHtml(w.count("verdict.warnings", warnings))}</p>`;
  }
  return `<p class="verdict verdict-pass" role="status">${escapeHtml(w.text("verdict.passed"))}</p>`;
}

function stepsSection(w: Words, report: VerifyReport): string {
  if (report.steps.length === 0) return "";
  // The probe words its step details in English, and they are stored so
  // (src/net/probeSubmissionServer.ts): evidence, marked as English on a page in another language.
  const detailLang = w.lang === "en" ? "" : ' lang="en"';
  const items = report.steps.map((step) => {
    const label = Object.hasOwn(STEP_LABEL, step.step) ? w.text(STEP_LABEL[step.step]) : step.step;
    const state = w.text(step.ok ? "step.ok" : "step.failed");
    return `<li><span><strong>${escapeHtml(label)}</strong>: ${escapeHtml(state)}</span><span class="ms">${escapeHtml(
      String(step.ms),
    )} ms</span>${step.detail ? `<span class="step-detail"${detailLang}>${escapeHtml(step.detail)}</span>` : ""}</li>`;
  });
  return `<h2>${escapeHtml(w.text("steps.heading"))}</h2>\n<ol class="steps">\n${items.join("\n")}\n</ol>`;
}

function listOrNone(values: string[], none: string): string {
  if (values.length === 0) return `<span class="muted">${escapeHtml(none)}</span>`;
  return `<ul class="plain">${values.map((v) => `<li><code>${escapeHtml(v)}</code></li>`).join("")}</ul>`;
}

function tlsSection(w: Words, report: VerifyReport): string {
  const tls = report.tls;
  const heading = `<h2>${escapeHtml(w.text("tls.heading"))}</h2>`;
  if (tls === null) {
    return `${heading}\n<p>${escapeHtml(w.text("tls.none"))}</p>`;
  }
  const rows: Array<[string, string]> = [
    [w.text("tls.protocol"), escapeHtml(tls.protocol)],
    [w.text("tls.cipher"), `<code>${escapeHtml(tls.cipher)}</code>`],
  ];
  const cert = tls.certificate;
  let certHtml = `<p>${escapeHtml(w.text("cert.none"))}</p>`;
  if (cert !== null) {
    const days =
      cert.daysLeft < 0
        ? w.count("cert.expired", Math.abs(cert.daysLeft))
        : w.count("cert.daysLeft", cert.daysLeft);
    const certRows: Array<[string, string]> = [
      [w.text("cert.subject"), escapeHtml(cert.subject)],
      [w.text("cert.names"), listOrNone(cert.altNames ?? [], w.text("none"))],
      [w.text("cert.issuer"), escapeHtml(cert.issuer)],
      [w.text("cert.validFrom"), timeElement(w, cert.validFrom)],
      [w.text("cert.validTo"), `${timeElement(w, cert.validTo)} (${escapeHtml(days)})`],
      [w.text("cert.coversHost"), yesNo(w, cert.hostnameMatch)],
      [
        w.text("cert.trusted"),
        cert.trusted
          ? yesNo(w, true)
          : `${yesNo(w, false)}${cert.error ? ` (<code>${escapeHtml(cert.error)}</code>)` : ""}`,
      ],
    ];
    if (cert.fingerprint256)
      certRows.push([w.text("cert.fingerprint"), `<code>${escapeHtml(cert.fingerprint256)}</code>`]);
    certHtml = facts(certRows);
  }
  return `${heading}\n${facts(rows)}\n<h3>${escapeHtml(w.text("cert.heading"))}</h3>\n${certHtml}`;
}

function targetFacts(w: Words, report: VerifyReport): string {
  const t = report.target;
  return facts([
    [w.text("target.host"), `<span class="token">${escapeHtml(t.host)}</span>`],
    [w.text("target.port"), escapeHtml(String(t.port))],
    [w.text("target.security"), escapeHtml(w.security(t.security))],
    [
      w.text("target.address"),
      t.address
        ? `<span class="token">${escapeHtml(t.address)}</span>`
        : escapeHtml(w.text("target.notResolved")),
    ],
  ]);
}

function header(w: Words, brand: "brand.smtp" | "brand.dns", headingHtml: string): string {
  return `<header>
<p class="brand">${escapeHtml(w.text(brand))}</p>
<h1>${headingHtml}</h1>
</header>`;
}

function footer(
  w: Words,
  checkedAt: string,
  links: Array<[string, string]>,
  generatedAt: Date,
  stored?: StoredReportInfo,
): string {
  const linkItems = links.map(([href, label]) => `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`);
  const kept =
    stored === undefined
      ? ""
      : `\n<p>${w.html("footer.stored", { expires: timeElement(w, stored.expiresAt) })}</p>`;
  const times = w.html("footer.times", {
    checked: timeElement(w, checkedAt),
    made: timeElement(w, generatedAt.toISOString()),
  });
  return `<footer>
<p>${times}</p>${kept}
<p>${linkItems.join(" · ")}</p>
<p>${escapeHtml(w.text("footer.password"))}</p>
</footer>`;
}

/** The footer links of a report: the stored JSON when there is one, and the page that checks again. */
function reportLinks(
  w: Words,
  target: ReportTarget,
  stored: StoredReportInfo | undefined,
  what: "link.reportJson" | "link.surveyJson",
): Array<[string, string]> {
  const json =
    stored === undefined ? verifyUrl("json", target, w.lang) : storedReportPath("json", stored.id, w.lang);
  return [
    [json, w.text(what)],
    [verifyUrl("page", target, w.lang), w.text("link.checkAgain")],
  ];
}

/** The report of one probe, in `lang`. */
export function renderVerifyPage(
  report: VerifyReport,
  generatedAt: Date,
  stored?: StoredReportInfo,
  lang: Lang = "en",
): string {
  const w = new Words(lang);
  const t = report.target;
  const target: ReportTarget = { host: t.host, port: t.port, security: t.security };
  const heading = w.html("verify.heading", {
    host: `<span class="token">${escapeHtml(t.host)}</span>`,
    port: escapeHtml(String(t.port)),
  });
  const greeting =
    report.greeting === null
      ? `<p>${escapeHtml(w.text("greeting.none"))}</p>`
      : `<pre>${escapeHtml(report.greeting)}</pre>`;
  const noneOffered = w.text("auth.noneOffered");
  const body = `${header(w, "brand.smtp", heading)}
<main>
${verdict(w, report.findings, report.ok)}
${targetFacts(w, report)}
${findingsSection(w, report.findings)}
${stepsSection(w, report)}
<h2>${escapeHtml(w.text("greeting.heading"))}</h2>
${greeting}
${tlsSection(w, report)}
<h2>${escapeHtml(w.text("auth.heading"))}</h2>
${facts([
  [w.text("auth.beforeTls"), listOrNone(report.auth.beforeTls, noneOffered)],
  [w.text("auth.afterTls"), listOrNone(report.auth.afterTls, noneOffered)],
])}
<h2>${escapeHtml(w.text("extensions.heading"))}</h2>
${listOrNone(report.extensions, w.text("extensions.none"))}
</main>
${footer(w, report.checkedAt, reportLinks(w, target, stored, "link.reportJson"), generatedAt, stored)}`;
  return page(w, w.text("verify.title", { host: t.host, port: t.port }), body);
}

/** The four port/security combinations of one host side by side, in `lang`. */
export function renderSurveyPage(
  survey: PortSurveyReport,
  generatedAt: Date,
  stored?: StoredReportInfo,
  lang: Lang = "en",
): string {
  const w = new Words(lang);
  const column = {
    port: w.text("survey.port"),
    security: w.text("survey.security"),
    result: w.text("survey.result"),
    summary: w.text("survey.summary"),
    details: w.text("survey.details"),
  };
  const cell = (label: string, html: string) => `<td data-label="${escapeHtml(label)}">${html}</td>`;
  const rows = survey.results.map((result) => {
    const outcome = w.text(
      !result.connected ? "survey.noConnection" : result.ok ? "survey.pass" : "survey.fail",
    );
    const target: ReportTarget = { host: survey.host, port: result.port, security: result.security };
    const alone = `<a href="${escapeHtml(verifyUrl("page", target, lang))}">${escapeHtml(w.text("survey.checkAlone"))}</a>`;
    return `<tr>
${cell(column.port, escapeHtml(String(result.port)))}
${cell(column.security, escapeHtml(w.security(result.security)))}
${cell(column.result, escapeHtml(outcome))}
${cell(column.summary, escapeHtml(result.summary))}
${cell(column.details, alone)}
</tr>`;
  });
  const verdictHtml = survey.recommended
    ? `<p class="verdict verdict-pass" role="status">${escapeHtml(
        w.text("survey.use", {
          port: survey.recommended.port,
          security: w.security(survey.recommended.security),
        }),
      )}</p>`
    : survey.results.length === 0
      ? `<p class="verdict verdict-warn" role="status">${escapeHtml(w.text("survey.noPortTested"))}</p>`
      : `<p class="verdict verdict-fail" role="status">${escapeHtml(w.text("survey.nonePassed"))}</p>`;
  const headings = Object.values(column)
    .map((label) => `<th scope="col">${escapeHtml(label)}</th>`)
    .join("");
  const table =
    rows.length === 0
      ? ""
      : `<table class="survey">
<caption>${escapeHtml(w.text("survey.caption"))}</caption>
<thead><tr>${headings}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>`;
  const heading = w.html("survey.heading", { host: `<span class="token">${escapeHtml(survey.host)}</span>` });
  const target: ReportTarget = { host: survey.host, port: "all" };
  const body = `${header(w, "brand.smtp", heading)}
<main>
${verdictHtml}
${table}
${findingsSection(w, survey.findings)}
</main>
${footer(w, survey.checkedAt, reportLinks(w, target, stored, "link.surveyJson"), generatedAt, stored)}`;
  return page(w, w.text("survey.title", { host: survey.host }), body);
}

function recordOrNone(w: Words, record: string | null): string {
  return record === null
    ? `<span class="muted">${escapeHtml(w.text("domain.nonePublished"))}</span>`
    : `<code>${escapeHtml(record)}</code>`;
}

/** A domain's mail DNS report (stored; there is no live HTML route for it), in `lang`. */
export function renderDomainPage(
  report: DomainReport,
  generatedAt: Date,
  stored?: StoredReportInfo,
  lang: Lang = "en",
): string {
  const w = new Words(lang);
  const mx = report.mx.map((record) => `${record.priority} ${record.exchange}`);
  const srv = [...report.srv.submissions, ...report.srv.submission].map((target) =>
    w.text("domain.srvTarget", { name: target.name, port: target.port, priority: target.priority }),
  );
  const rows: Array<[string, string]> = [
    ["MX", listOrNone(mx, w.text("none"))],
    ["SPF", recordOrNone(w, report.spf.record)],
    ["DMARC", recordOrNone(w, report.dmarc.record)],
    ["MTA-STS", recordOrNone(w, report.mtaSts.record)],
    ["TLS-RPT", recordOrNone(w, report.tlsRpt.record)],
    [w.text("domain.srv"), listOrNone(srv, w.text("none"))],
  ];
  const failures = report.findings.filter((finding) => finding.severity === "fail").length;
  const heading = w.html("domain.heading", {
    domain: `<span class="token">${escapeHtml(report.domain)}</span>`,
  });
  const links: Array<[string, string]> =
    stored === undefined ? [] : [[storedReportPath("json", stored.id, lang), w.text("link.reportJson")]];
  const body = `${header(w, "brand.dns", heading)}
<main>
${verdict(w, report.findings, failures === 0)}
${facts(rows)}
${findingsSection(w, report.findings)}
</main>
${footer(w, report.checkedAt ?? generatedAt.toISOString(), links, generatedAt, stored)}`;
  return page(w, w.text("domain.title", { domain: report.domain }), body);
}

/**
 * /verify?host=...: what would be checked, and a button that runs the check
 * (a POST, so neither a link preview nor another site's <img> starts a probe).
 * A page in another language than English sends its `lang` with the form.
 */
export function renderVerifyFormPage(
  target: { host?: string; port?: string; security?: string },
  lang: Lang = "en",
): string {
  const w = new Words(lang);
  const value = (text: string | undefined) => (text === undefined ? "" : ` value="${escapeHtml(text)}"`);
  const securityOption = (option: Security | "", label: string) =>
    `<option value="${option}"${(target.security ?? "") === option ? " selected" : ""}>${escapeHtml(label)}</option>`;
  const heading =
    target.host === undefined
      ? escapeHtml(w.text("form.heading"))
      : w.html("form.headingHost", { host: `<span class="token">${escapeHtml(target.host)}</span>` });
  const langField = lang === "en" ? "" : `\n<input type="hidden" name="lang" value="${escapeHtml(lang)}">`;
  const body = `${header(w, "brand.smtp", heading)}
<main>
<p>${escapeHtml(w.text("form.intro"))}</p>
<form method="post" action="/verify" class="check-form">${langField}
<p><label for="host">${escapeHtml(w.text("form.server"))}</label><br><input id="host" name="host" required maxlength="255" autocomplete="off" spellcheck="false"${value(target.host)}></p>
<p><label for="port">${w.html("form.port", { all: "<code>all</code>" })}</label><br><input id="port" name="port" maxlength="5" inputmode="numeric" placeholder="587"${value(target.port)}></p>
<p><label for="security">${escapeHtml(w.text("form.security"))}</label><br><select id="security" name="security">
${securityOption("", w.text("form.securityDefault"))}
${securityOption("starttls", w.security("starttls"))}
${securityOption("tls", w.security("tls"))}
${securityOption("none", w.security("none"))}
</select></p>
<p><button type="submit">${escapeHtml(w.text("form.submit"))}</button></p>
</form>
</main>`;
  return page(w, w.text("form.title"), body);
}

/** An error page for the HTML routes, with the same status as the JSON API would give, in `lang`. */
export function renderErrorPage(
  statusCode: number,
  code: string,
  message: string,
  lang: Lang = "en",
): string {
  const w = new Words(lang);
  const heading = w.text(
    statusCode === 429 ? "error.tooMany" : statusCode >= 500 ? "error.unfinished" : "error.cannotRun",
  );
  const example = verifyUrl("page", { host: "smtp.example.com", port: 587, security: "starttls" }, lang);
  const body = `${header(w, "brand.smtp", escapeHtml(heading))}
<main>
<p role="alert">${escapeHtml(message)}</p>
<p class="muted">${escapeHtml(w.text("error.status", { status: statusCode }))} · <code>${escapeHtml(code)}</code></p>
<p>${w.html("error.howToStart", { example: `<code>${escapeHtml(example)}</code>` })}</p>
</main>`;
  return page(w, `${heading} · Outbox Doctor`, body);
}
