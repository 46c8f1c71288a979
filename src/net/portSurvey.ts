// Probes one host on every usual submission port at once and says which
// port/encryption pair to use. When a port answers in the other mode than
// the usual one (a 587 that wants SSL/TLS, a 465 that wants STARTTLS), a
// second probe in that mode confirms it: the mismatch behind most
// "connection dropped" errors in mail programs.
import { validateHostInput } from "../core/hostName.js";
import {
  fillText,
  loadLanguage,
  localize,
  text,
  type Lang,
  type Text,
  type TextValue,
} from "../core/language.js";
import type { Finding, Security, VerifyReport } from "../core/types.js";
import { describeFinding } from "../core/verifyFindings.js";
import type { MailDns } from "./dnsResolver.js";
import { DEFAULT_PROBE_TIMEOUT_MS, probeSubmissionServer, type ProbeDeps } from "./probeSubmissionServer.js";

export interface PortSurveyResult {
  port: number;
  security: Security;
  ok: boolean;
  connected: boolean;
  summary: string;
  report: VerifyReport;
}

export interface PortSurveyReport {
  host: string;
  results: PortSurveyResult[];
  findings: Finding[];
  recommended: { port: number; security: Security } | null;
  checkedAt: string;
}

export interface SurveyPort {
  port: number;
  security: Security;
  /** The server-to-server port (25) that networks often block; it is recommended last. */
  relay?: boolean;
}

/** RFC 8314 / RFC 6409 submission ports, in the order they are listed. */
export const STANDARD_SURVEY_PORTS: readonly SurveyPort[] = [
  { port: 587, security: "starttls" },
  { port: 465, security: "tls" },
  { port: 25, security: "starttls", relay: true },
  { port: 2525, security: "starttls" },
];

const SECURITY_WORDS: Readonly<Record<Security, TextValue>> = {
  starttls: "STARTTLS",
  tls: "SSL/TLS",
  none: text("survey.security.none", "no encryption"),
};

/** The evidence sentences of the survey's findings; the words of each finding are in verifyFindings. */
export const SURVEY_DETAIL = {
  wantsTls: text(
    "survey.detail.wantsTls",
    "Port {port} did not greet in plain text (STARTTLS) but answered over SSL/TLS: {greeting}",
  ),
  wantsStarttls: text(
    "survey.detail.wantsStarttls",
    "Port {port} failed the SSL/TLS handshake but greets in plain text: {greeting}",
  ),
  relayBlocked: text(
    "survey.detail.relayBlocked",
    "Port {port}: {evidence}, while a submission port accepted the connection.",
  ),
  noConnection: text("survey.detail.noConnection", "no connection"),
  skipped: text("survey.detail.skipped", "Not tested: {ports}. Allowed ports: {allowed}."),
  recommended: text("survey.detail.recommended", "Use port {port} with {security} ({summary})."),
  noTls: text("survey.detail.noTls", "no TLS"),
  noAuth: text("survey.detail.noAuth", "no AUTH"),
} as const;

/** Every text of the survey, for the translation tests. */
export function allSurveyTexts(): Text[] {
  return [...Object.values(SURVEY_DETAIL), SECURITY_WORDS.none as Text];
}

function say(template: Text, values: Readonly<Record<string, TextValue>>, lang: Lang): string {
  return fillText(localize(template, lang), values, lang);
}

/** One lookup of each name for the whole survey: all probes dial the same checked address. */
function sharedLookups(dns: MailDns): MailDns {
  const cache = new Map<string, Promise<unknown>>();
  function once<T>(kind: string, name: string, lookup: () => Promise<T>): Promise<T> {
    const key = `${kind} ${name}`;
    if (!cache.has(key)) cache.set(key, lookup());
    return cache.get(key) as Promise<T>;
  }
  return {
    servers: dns.servers,
    resolve4: (name) => once("A", name, () => dns.resolve4(name)),
    resolve6: (name) => once("AAAA", name, () => dns.resolve6(name)),
    resolveMx: (name) => once("MX", name, () => dns.resolveMx(name)),
    resolveTxt: (name) => once("TXT", name, () => dns.resolveTxt(name)),
    resolveSrv: (name) => once("SRV", name, () => dns.resolveSrv(name)),
  };
}

function summarise(report: VerifyReport, lang: Lang): string {
  const failure = report.findings.find((f) => f.severity === "fail");
  if (failure) return failure.title;
  const tls = report.tls ? `${report.tls.protocol}` : localize(SURVEY_DETAIL.noTls, lang);
  const auth =
    report.auth.afterTls.length > 0
      ? `AUTH ${report.auth.afterTls.join(" ")}`
      : localize(SURVEY_DETAIL.noAuth, lang);
  const warnings = report.findings.filter((f) => f.severity === "warn").map((f) => f.title);
  return [tls, auth, ...warnings].join(", ");
}

function toResult(report: VerifyReport, lang: Lang): PortSurveyResult {
  return {
    port: report.target.port,
    security: report.target.security,
    ok: report.ok,
    connected: report.steps.some((s) => s.step === "connect" && s.ok),
    summary: summarise(report, lang),
    report,
  };
}

function failedAt(report: VerifyReport, findingId: string, step: string): boolean {
  return (
    report.findings.some((f) => f.id === findingId) && report.steps.some((s) => s.step === step && !s.ok)
  );
}

// The tell-tales of a mode mismatch, and the mode that would confirm it.
function otherModeToTry(entry: SurveyPort, report: VerifyReport): Security | null {
  // An implicit-TLS port waits for a ClientHello: greeted in plain text, it stays silent.
  if (entry.security === "starttls" && failedAt(report, "timeout", "greeting")) return "tls";
  // A plain-text port answers a ClientHello with a "220 ..." greeting, which is no TLS record.
  if (entry.security === "tls" && failedAt(report, "tls-failed", "tls")) return "starttls";
  return null;
}

function rank(result: PortSurveyResult, relayPorts: ReadonlySet<number>): number {
  // RFC 8314: implicit TLS before STARTTLS; the relay port last of all.
  return (relayPorts.has(result.port) ? 2 : 0) + (result.security === "tls" ? 0 : 1);
}

/**
 * Surveys `ports` (by default 587 STARTTLS, 465 SSL/TLS, 25 STARTTLS, 2525
 * STARTTLS) of one host in parallel, each probe bounded by timeoutMs; a
 * confirmation round for mode mismatches can add one more timeoutMs.
 * Ports outside the policy are skipped and reported, not thrown.
 */
export async function surveyPorts(
  host: string,
  deps: ProbeDeps,
  timeoutMs: number = DEFAULT_PROBE_TIMEOUT_MS,
  ports: readonly SurveyPort[] = STANDARD_SURVEY_PORTS,
  lang: Lang = "en",
): Promise<PortSurveyReport> {
  const name = validateHostInput(host);
  await loadLanguage(lang).catch(() => undefined);
  const checkedAt = (deps.now ? deps.now() : new Date()).toISOString();
  const probeDeps: ProbeDeps = { ...deps, dns: sharedLookups(deps.dns) };
  const allowed = ports.filter((p) => deps.policy.probePorts.includes(p.port));
  const skipped = ports.filter((p) => !deps.policy.probePorts.includes(p.port));

  const probeAll = async (
    plan: ReadonlyArray<{ port: number; security: Security }>,
  ): Promise<VerifyReport[]> => {
    const settled = await Promise.allSettled(
      plan.map((p) =>
        probeSubmissionServer({ host: name, port: p.port, security: p.security, timeoutMs, lang }, probeDeps),
      ),
    );
    // Only input and policy errors reject (the same for every probe): the survey throws the first.
    // Waiting for all of them first leaves no probe running behind the caller's back.
    const refused = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
    if (refused) throw refused.reason;
    return settled.map((s) => (s as PromiseFulfilledResult<VerifyReport>).value);
  };

  const first = await probeAll(allowed);
  const confirmations = allowed.flatMap((entry, i) => {
    const security = otherModeToTry(entry, first[i] as VerifyReport);
    return security === null ? [] : [{ port: entry.port, security }];
  });
  const second = await probeAll(confirmations);

  const results = [...first, ...second].map((report) => toResult(report, lang));
  const findings: Finding[] = [];

  confirmations.forEach((confirmation, i) => {
    const report = second[i] as VerifyReport;
    if (report.greeting === null || !report.greeting.startsWith("220")) return;
    const { port, security } = confirmation;
    const greeting = report.greeting.split("\n")[0] ?? "";
    findings.push(
      security === "tls"
        ? describeFinding("port-wants-tls", say(SURVEY_DETAIL.wantsTls, { port, greeting }, lang), lang)
        : describeFinding(
            "port-wants-starttls",
            say(SURVEY_DETAIL.wantsStarttls, { port, greeting }, lang),
            lang,
          ),
    );
  });

  const relayPorts = new Set(allowed.filter((p) => p.relay).map((p) => p.port));
  const submissionConnected = results.some((r) => r.connected && !relayPorts.has(r.port));
  for (const relay of allowed.filter((p) => p.relay)) {
    const reachable = results.some((r) => r.port === relay.port && r.connected);
    if (!reachable && submissionConnected) {
      const report = first[allowed.indexOf(relay)] as VerifyReport;
      const connectStep = report.steps.find((s) => s.step === "connect");
      const evidence = connectStep?.detail ?? SURVEY_DETAIL.noConnection;
      findings.push(
        describeFinding(
          "port-25-blocked",
          say(SURVEY_DETAIL.relayBlocked, { port: relay.port, evidence }, lang),
          lang,
        ),
      );
    }
  }

  if (skipped.length > 0) {
    const list = skipped.map((p) => `${p.port} (${localize(SECURITY_WORDS[p.security], lang)})`).join(", ");
    const allowed = [...deps.policy.probePorts].sort((a, b) => a - b).join(", ");
    findings.push(
      describeFinding("ports-skipped", say(SURVEY_DETAIL.skipped, { ports: list, allowed }, lang), lang),
    );
  }

  const working = results
    .map((result, order) => ({ result, order }))
    .filter(({ result }) => result.ok && result.security !== "none")
    .sort((a, b) => rank(a.result, relayPorts) - rank(b.result, relayPorts) || a.order - b.order);
  const best = working[0]?.result ?? null;
  if (best) {
    const detail = say(
      SURVEY_DETAIL.recommended,
      { port: best.port, security: SECURITY_WORDS[best.security], summary: best.summary },
      lang,
    );
    findings.push(describeFinding("recommended-port", detail, lang));
  } else if (allowed.length > 0) {
    const detail = results
      .map((r) => `${r.port} ${localize(SECURITY_WORDS[r.security], lang)}: ${r.summary}`)
      .join("; ");
    findings.push(describeFinding("no-working-port", detail, lang));
  }

  return {
    host: name,
    results,
    findings,
    recommended: best ? { port: best.port, security: best.security } : null,
    checkedAt,
  };
}
