// The mail-DNS rules of the domain report: parsers for SPF (RFC 7208), DMARC
// (RFC 7489), MTA-STS (RFC 8461) and TLS-RPT (RFC 8460) records, and the
// findings drawn from what the network layer gathered. Pure: the lookups
// happen in src/net/domainReport.ts, which hands the answers in as
// DomainEvidence.
import { fillText, localize, text, type Lang, type Text, type TextValue } from "./language.js";
import { phraseOf, wordIn, type Phrase, type Worded } from "./phrase.js";
import type { DomainReport, Finding, MxRecord, Severity, SrvTarget } from "./types.js";

// ---- SPF ------------------------------------------------------------------

/** RFC 7208 4.6.4: at most 10 mechanisms and modifiers that query DNS per evaluation. */
export const SPF_LOOKUP_LIMIT = 10;

const SPF_LOOKUP_MECHANISMS = new Set(["include", "a", "mx", "ptr", "exists"]);
const SPF_OTHER_MECHANISMS = new Set(["all", "ip4", "ip6"]);

export type SpfAll = "+all" | "-all" | "~all" | "?all";

// What makes a record invalid, worded per language when the report is built.
// Record syntax (redirect=, p=, max_age) stays as people type it.
const RECORD_PROBLEM = {
  spfRedirectTwice: text("records.spf.redirectTwice", "redirect= appears more than once"),
  spfUnknownTerm: text("records.spf.unknownTerm", 'unknown term "{term}"'),
  spfNoDomain: text("records.spf.noDomain", '"{term}" has no domain'),
  spfAllArgument: text("records.spf.allArgument", '"{term}" takes no argument'),
  dmarcNoPolicy: text("records.dmarc.noPolicy", "the p= tag (policy) is missing"),
  dmarcBadPolicy: text("records.dmarc.badPolicy", "p={value} is not none, quarantine or reject"),
  dmarcBadSubdomainPolicy: text("records.dmarc.badSubdomainPolicy", "sp={value} is not a policy"),
  dmarcBadPct: text("records.dmarc.badPct", "pct={value} is not a number from 0 to 100"),
  mtaStsNoVersion: text("records.mtaSts.noVersion", '"version: STSv1" is missing'),
  mtaStsBadMode: text("records.mtaSts.badMode", 'mode "{value}" is not enforce, testing or none'),
  mtaStsNoMaxAge: text("records.mtaSts.noMaxAge", "max_age is missing"),
  mtaStsBadMaxAge: text(
    "records.mtaSts.badMaxAge",
    'max_age "{value}" is not a number of seconds up to {limit}',
  ),
  mtaStsNoMx: text("records.mtaSts.noMx", "no mx: lines"),
} as const;

/** A record problem in English, as the parsers' tests and logs read it. */
export function problemInEnglish(problem: Worded): string {
  return wordIn(problem, "en");
}

export interface SpfAnalysis {
  record: string;
  /** The `all` mechanism with its qualifier, null when the record has none. */
  all: SpfAll | null;
  /** DNS-querying terms in this record alone (include, a, mx, ptr, exists, redirect). */
  lookupTerms: number;
  /** Domains named by include: mechanisms, in order. */
  includes: string[];
  redirect: string | null;
  /** Syntax problems that make the record a permerror. */
  problems: Phrase[];
}

/** RFC 7208 4.5: a record is SPF when it starts with exactly "v=spf1" followed by a space or the end. */
export function isSpfRecord(txt: string): boolean {
  return /^v=spf1(\s|$)/i.test(txt.trim());
}

export function parseSpf(record: string): SpfAnalysis {
  const terms = record.trim().split(/\s+/).slice(1);
  const analysis: SpfAnalysis = {
    record,
    all: null,
    lookupTerms: 0,
    includes: [],
    redirect: null,
    problems: [],
  };
  for (const term of terms) {
    const modifier = /^([a-z][a-z0-9_.-]*)=(.*)$/i.exec(term);
    if (modifier) {
      const name = (modifier[1] ?? "").toLowerCase();
      if (name === "redirect") {
        if (analysis.redirect !== null) analysis.problems.push(phraseOf(RECORD_PROBLEM.spfRedirectTwice));
        analysis.redirect = modifier[2] ?? "";
        analysis.lookupTerms += 1;
      }
      continue; // exp= and unknown modifiers are ignored (RFC 7208 6)
    }
    const mechanism = /^([+\-~?]?)([a-z0-9]+)([:/].*)?$/i.exec(term);
    const name = (mechanism?.[2] ?? "").toLowerCase();
    if (!mechanism || !(SPF_LOOKUP_MECHANISMS.has(name) || SPF_OTHER_MECHANISMS.has(name))) {
      analysis.problems.push(phraseOf(RECORD_PROBLEM.spfUnknownTerm, { term }));
      continue;
    }
    const argument = mechanism[3] ?? "";
    if (SPF_LOOKUP_MECHANISMS.has(name)) analysis.lookupTerms += 1;
    if (name === "include") {
      if (!argument.startsWith(":") || argument.length < 2)
        analysis.problems.push(phraseOf(RECORD_PROBLEM.spfNoDomain, { term }));
      else analysis.includes.push(argument.slice(1));
    }
    if (name === "all") {
      if (argument !== "") analysis.problems.push(phraseOf(RECORD_PROBLEM.spfAllArgument, { term }));
      analysis.all ??= `${mechanism[1] || "+"}all` as SpfAll;
    }
  }
  return analysis;
}

// ---- DMARC ----------------------------------------------------------------

export interface DmarcAnalysis {
  record: string;
  /** p=: none | quarantine | reject; null when missing or invalid. */
  policy: string | null;
  /** sp=: the policy for subdomains, when given. */
  subdomainPolicy: string | null;
  pct: number | null;
  rua: string[];
  problems: Phrase[];
}

const DMARC_POLICIES = new Set(["none", "quarantine", "reject"]);

/** RFC 7489 6.4: tag-value list, semicolon separated, whitespace allowed around "=". */
function parseTagList(record: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const part of record.split(";")) {
    const match = /^\s*([a-z0-9_]+)\s*=\s*(.*?)\s*$/i.exec(part);
    if (match) {
      const name = (match[1] ?? "").toLowerCase();
      if (!tags.has(name)) tags.set(name, match[2] ?? "");
    }
  }
  return tags;
}

/** RFC 7489 6.6.3: the record must begin with the v=DMARC1 tag. */
export function isDmarcRecord(txt: string): boolean {
  return /^\s*v\s*=\s*DMARC1\s*(;|$)/.test(txt);
}

export function parseDmarc(record: string): DmarcAnalysis {
  const tags = parseTagList(record);
  const problems: Phrase[] = [];
  const policyTag = tags.get("p")?.toLowerCase();
  let policy: string | null = null;
  if (policyTag === undefined) problems.push(phraseOf(RECORD_PROBLEM.dmarcNoPolicy));
  else if (!DMARC_POLICIES.has(policyTag))
    problems.push(phraseOf(RECORD_PROBLEM.dmarcBadPolicy, { value: policyTag }));
  else policy = policyTag;
  const subdomainTag = tags.get("sp")?.toLowerCase();
  const subdomainPolicy =
    subdomainTag !== undefined && DMARC_POLICIES.has(subdomainTag) ? subdomainTag : null;
  if (subdomainTag !== undefined && subdomainPolicy === null)
    problems.push(phraseOf(RECORD_PROBLEM.dmarcBadSubdomainPolicy, { value: subdomainTag }));
  let pct: number | null = null;
  const pctTag = tags.get("pct");
  if (pctTag !== undefined) {
    if (/^\d{1,3}$/.test(pctTag) && Number(pctTag) <= 100) pct = Number(pctTag);
    else problems.push(phraseOf(RECORD_PROBLEM.dmarcBadPct, { value: pctTag }));
  }
  const rua = (tags.get("rua") ?? "")
    .split(",")
    .map((uri) => uri.trim())
    .filter((uri) => uri.length > 0);
  return { record, policy, subdomainPolicy, pct, rua, problems };
}

// Common two-level public suffixes. Without the full Public Suffix List the
// organisational domain is approximate: a private suffix (e.g. a hosting
// platform's shared domain) is not recognised. Documented in docs/discovery.md.
const TWO_LEVEL_SUFFIXES = new Set(
  [
    "co.uk org.uk ac.uk gov.uk me.uk net.uk ltd.uk plc.uk sch.uk nhs.uk",
    "com.au net.au org.au edu.au gov.au id.au",
    "co.nz org.nz net.nz ac.nz govt.nz",
    "co.jp ne.jp or.jp ac.jp go.jp ad.jp ed.jp gr.jp lg.jp",
    "co.kr or.kr ne.kr ac.kr go.kr",
    "com.br net.br org.br gov.br edu.br",
    "com.cn net.cn org.cn gov.cn edu.cn",
    "com.tw org.tw net.tw edu.tw gov.tw",
    "com.hk org.hk net.hk edu.hk gov.hk",
    "com.sg org.sg net.sg edu.sg gov.sg",
    "com.my org.my net.my edu.my gov.my",
    "co.in net.in org.in firm.in gen.in ind.in ac.in gov.in",
    "co.za org.za net.za gov.za ac.za",
    "com.mx org.mx net.mx gob.mx edu.mx",
    "com.ar org.ar net.ar gob.ar",
    "com.tr org.tr net.tr gov.tr edu.tr",
    "co.il org.il net.il ac.il gov.il",
    "com.ua org.ua net.ua gov.ua",
    "co.id or.id ac.id go.id web.id",
    "co.th or.th ac.th go.th in.th",
    "com.ph org.ph net.ph gov.ph",
    "com.vn net.vn org.vn gov.vn",
    "com.pk org.pk net.pk gov.pk",
    "com.eg org.eg gov.eg",
    "com.sa org.sa gov.sa",
    "com.co org.co net.co gov.co",
    "com.pe org.pe gob.pe",
    "com.ve org.ve",
    "com.pl org.pl net.pl",
    "co.at or.at",
    "com.es org.es nom.es",
    "com.pt org.pt",
    "com.gr org.gr",
    "com.ru org.ru net.ru",
    "com.ng org.ng gov.ng",
    "co.ke or.ke go.ke",
  ]
    .join(" ")
    .split(" "),
);

/**
 * The organisational domain (RFC 7489 3.2): the registered domain under its
 * public suffix. Approximated as the last two labels, or three when the last
 * two are a common two-level suffix such as co.uk.
 */
export function organisationalDomain(domain: string): string {
  const labels = domain.toLowerCase().replace(/\.$/, "").split(".");
  const lastTwo = labels.slice(-2).join(".");
  const keep = TWO_LEVEL_SUFFIXES.has(lastTwo) ? 3 : 2;
  return labels.slice(-keep).join(".");
}

export interface DmarcResolution {
  /** The record that applies, null when none does. */
  record: DmarcAnalysis | null;
  /** The policy that applies to this domain: p=, or sp= (falling back to p=) when inherited. */
  policy: string | null;
  /** The organisational domain whose record applies, null when the domain has its own. */
  inheritedFrom: string | null;
  /** More than one DMARC record at the name that applies: RFC 7489 6.6.3 says none applies. */
  multiple: boolean;
}

/**
 * Which DMARC record governs `domain`, given the TXT records at _dmarc.<domain>
 * and, when the domain has none, at _dmarc.<organisational domain>
 * (RFC 7489 6.6.3). `orgTxt` is ignored when the domain is its own
 * organisational domain.
 */
export function resolveDmarc(
  domain: string,
  ownTxt: readonly string[],
  orgTxt: readonly string[] | null,
): DmarcResolution {
  const own = ownTxt.filter(isDmarcRecord);
  if (own.length > 1) return { record: null, policy: null, inheritedFrom: null, multiple: true };
  const first = own[0];
  if (first !== undefined) {
    const record = parseDmarc(first);
    return { record, policy: record.policy, inheritedFrom: null, multiple: false };
  }
  const orgDomain = organisationalDomain(domain);
  if (orgDomain === domain.toLowerCase() || orgTxt === null) {
    return { record: null, policy: null, inheritedFrom: null, multiple: false };
  }
  const inherited = orgTxt.filter(isDmarcRecord);
  if (inherited.length > 1) return { record: null, policy: null, inheritedFrom: orgDomain, multiple: true };
  const orgFirst = inherited[0];
  if (orgFirst === undefined) return { record: null, policy: null, inheritedFrom: null, multiple: false };
  const record = parseDmarc(orgFirst);
  return {
    record,
    policy: record.subdomainPolicy ?? record.policy,
    inheritedFrom: orgDomain,
    multiple: false,
  };
}

// ---- MTA-STS and TLS-RPT ---------------------------------------------------

/** RFC 8461 3.1: the TXT record at _mta-sts.<domain> starts with v=STSv1. */
export function isMtaStsRecord(txt: string): boolean {
  return /^v=STSv1\s*(;|$)/.test(txt.trim());
}

export interface MtaStsRecord {
  record: string;
  /** id=: 1 to 32 letters or digits; null when missing or malformed. */
  id: string | null;
}

export function parseMtaStsRecord(txt: string): MtaStsRecord {
  const id = parseTagList(txt).get("id") ?? "";
  return { record: txt, id: /^[A-Za-z0-9]{1,32}$/.test(id) ? id : null };
}

export interface MtaStsPolicy {
  mode: string;
  maxAge: number | null;
  mx: string[];
}

/** RFC 8461 3.2: max_age is at most 31557600 seconds (about a year). */
const MTA_STS_MAX_AGE = 31557600;
const MTA_STS_MODES = new Set(["enforce", "testing", "none"]);

/** Parses the policy file (RFC 8461 3.2); returns the problems that make it invalid. */
export function parseMtaStsPolicy(text: string): { policy: MtaStsPolicy | null; problems: Phrase[] } {
  const fields = new Map<string, string[]>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^([A-Za-z0-9_]+):[ \t]*(.*?)[ \t]*$/.exec(line);
    if (!match) continue;
    const key = match[1] ?? "";
    fields.set(key, [...(fields.get(key) ?? []), match[2] ?? ""]);
  }
  const problems: Phrase[] = [];
  if (fields.get("version")?.[0] !== "STSv1") problems.push(phraseOf(RECORD_PROBLEM.mtaStsNoVersion));
  const mode = fields.get("mode")?.[0] ?? "";
  if (!MTA_STS_MODES.has(mode)) problems.push(phraseOf(RECORD_PROBLEM.mtaStsBadMode, { value: mode }));
  const maxAgeText = fields.get("max_age")?.[0];
  let maxAge: number | null = null;
  if (maxAgeText === undefined) problems.push(phraseOf(RECORD_PROBLEM.mtaStsNoMaxAge));
  else if (!/^\d{1,10}$/.test(maxAgeText) || Number(maxAgeText) > MTA_STS_MAX_AGE) {
    problems.push(phraseOf(RECORD_PROBLEM.mtaStsBadMaxAge, { value: maxAgeText, limit: MTA_STS_MAX_AGE }));
  } else maxAge = Number(maxAgeText);
  const mx = (fields.get("mx") ?? []).map((pattern) => pattern.toLowerCase());
  if (mx.length === 0 && mode !== "none") problems.push(phraseOf(RECORD_PROBLEM.mtaStsNoMx));
  if (problems.length > 0) return { policy: null, problems };
  return { policy: { mode, maxAge, mx }, problems };
}

/** RFC 8461 4.1: an mx pattern matches exactly, or "*." matches one leftmost label. */
export function mtaStsPatternMatches(pattern: string, host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, "");
  const wanted = pattern.toLowerCase().replace(/\.$/, "");
  if (wanted.startsWith("*.")) {
    const dot = name.indexOf(".");
    return dot > 0 && name.slice(dot + 1) === wanted.slice(2);
  }
  return name === wanted;
}

/** RFC 8460 3: the TXT record at _smtp._tls.<domain> starts with v=TLSRPTv1. */
export function isTlsRptRecord(txt: string): boolean {
  return /^v=TLSRPTv1\s*(;|$)/.test(txt.trim());
}

export function parseTlsRpt(txt: string): { rua: string[] } {
  const rua = (parseTagList(txt).get("rua") ?? "")
    .split(",")
    .map((uri) => uri.trim())
    .filter((uri) => /^(mailto:|https:)/i.test(uri));
  return { rua };
}

// ---- Evidence and findings -------------------------------------------------

/** One lookup's answer, or why it could not be answered (SERVFAIL, timeout...). */
export interface Gathered<T> {
  value: T;
  /** Null when the lookup answered (including "no records"); a sentence otherwise. */
  failure: string | null;
  /** The failed DNS query, when `failure` is one, so findings can word it in any language. */
  failedLookup?: FailedLookup;
}

export interface FailedLookup {
  name: string;
  kind: "nxdomain" | "nodata" | "servfail" | "timeout" | "refused" | "other";
}

export interface SpfLookupCount {
  /** DNS-querying terms counted through includes and redirects. */
  count: number;
  /** False when some include could not be followed (see `unchecked`). */
  complete: boolean;
  /** Includes that make SPF a permanent error: no SPF record there, a loop (RFC 7208 5.2, 6.1). */
  errors: Worded[];
  /** Includes not followed: DNS failure, macros, the depth bound. */
  unchecked: Worded[];
}

/** Everything the network layer found for one domain. */
export interface DomainEvidence {
  domain: string;
  /** The domain name itself does not exist (NXDOMAIN). */
  notFound: boolean;
  mx: Gathered<MxRecord[]>;
  /** The domain has an A or AAAA record (implicit MX, RFC 5321 5.1). */
  hasAddress: boolean;
  /** TXT records at the domain (for SPF). */
  txt: Gathered<string[]>;
  /** Null when there was no single SPF record to count. */
  spfLookups: SpfLookupCount | null;
  dmarcOwn: Gathered<string[]>;
  /** TXT at _dmarc.<organisational domain>; null when not consulted. */
  dmarcOrg: Gathered<string[]> | null;
  mtaStsTxt: Gathered<string[]>;
  /** The fetched policy file; null when not fetched (no record). */
  mtaStsPolicy: { text: string | null; error: Worded | null } | null;
  tlsRptTxt: Gathered<string[]>;
  srvSubmission: Gathered<SrvTarget[]>;
  srvSubmissions: Gathered<SrvTarget[]>;
  /** TLSA presence at _25._tcp.<mx> for each MX host; tlsa null when the lookup failed. */
  dane: Array<{ mx: string; tlsa: boolean | null; failure: string | null; failedLookup?: FailedLookup }>;
}

/** RFC 7505: a single MX with target "." (Node reports it as "") means the domain accepts no mail. */
export function isNullMx(records: readonly MxRecord[]): boolean {
  return records.length === 1 && (records[0]?.exchange === "" || records[0]?.exchange === ".");
}

interface Facts {
  e: DomainEvidence;
  spfRecords: string[];
  spf: SpfAnalysis | null;
  dmarc: DmarcResolution;
  mtaStsRecords: string[];
  mtaStsPolicy: MtaStsPolicy | null;
  mtaStsProblems: Phrase[];
  tlsRptRecords: string[];
  nullMx: boolean;
  mxHosts: string[];
}

function gatherFacts(e: DomainEvidence): Facts {
  const spfRecords = e.txt.value.filter(isSpfRecord);
  const onlySpf = spfRecords.length === 1 ? spfRecords[0] : undefined;
  const parsedPolicy =
    e.mtaStsPolicy?.text != null ? parseMtaStsPolicy(e.mtaStsPolicy.text) : { policy: null, problems: [] };
  const nullMx = isNullMx(e.mx.value);
  return {
    e,
    spfRecords,
    spf: onlySpf !== undefined ? parseSpf(onlySpf) : null,
    dmarc: resolveDmarc(e.domain, e.dmarcOwn.value, e.dmarcOrg?.value ?? null),
    mtaStsRecords: e.mtaStsTxt.value.filter(isMtaStsRecord),
    mtaStsPolicy: parsedPolicy.policy,
    mtaStsProblems: parsedPolicy.problems,
    tlsRptRecords: e.tlsRptTxt.value.filter(isTlsRptRecord),
    nullMx,
    mxHosts: nullMx ? [] : e.mx.value.map((mx) => mx.exchange.toLowerCase().replace(/\.$/, "")),
  };
}

type Verdict = {
  severity: Severity;
  detail: Text;
  /** The placeholders of `detail`. */
  values?: Readonly<Record<string, TextValue>>;
} | null;

interface DomainRule {
  id: string;
  title: Text;
  fix?: Text;
  /** The finding's severity and detail when the rule applies to these facts, else null. */
  check(f: Facts): Verdict;
}

function list(items: readonly string[]): string {
  return items.join(", ");
}

// Response codes stay as DNS names them; the words are translated.
const DNS_FAILURE_KIND: Readonly<Record<FailedLookup["kind"], string | Text>> = {
  nxdomain: "NXDOMAIN",
  nodata: "NODATA",
  servfail: "SERVFAIL",
  timeout: text("domain.dnsFailure.timeout", "timeout"),
  refused: text("domain.dnsFailure.refused", "refused"),
  other: text("domain.dnsFailure.other", "error"),
};

const DNS_FAILURE = text("domain.dnsFailure", "DNS lookup of {name} failed ({kind})");

/** A failed DNS query as a phrase of every language (for evidence the net layer words itself). */
export function dnsFailurePhrase(lookup: FailedLookup): Phrase {
  const kind = DNS_FAILURE_KIND[lookup.kind];
  return phraseOf(DNS_FAILURE, {
    name: lookup.name,
    kind: typeof kind === "string" ? kind : phraseOf(kind),
  });
}

/** A lookup failure in words of every language when the net layer named the query, else its sentence. */
function failureIn(gathered: { failure: string | null; failedLookup?: FailedLookup } | null): TextValue {
  const lookup = gathered?.failedLookup;
  if (!lookup) return gathered?.failure ?? "";
  const failure = dnsFailurePhrase(lookup);
  return (lang) => wordIn(failure, lang);
}

/** Phrases (plain data from the parsers and the net layer), listed in the language asked for. */
function wordedList(items: readonly Worded[]): TextValue {
  return (lang) => items.map((item) => wordIn(item, lang)).join(", ");
}

/** Items that are worded per language, listed in the language asked for. */
function listIn(items: readonly TextValue[]): TextValue {
  return (lang) => items.map((item) => localize(item, lang)).join(", ");
}

/** A text with its placeholders filled, in whatever language it is shown in. */
function phrase(words: Text, values: Readonly<Record<string, TextValue>>): TextValue {
  return (lang) => fillText(localize(words, lang), values, lang);
}

const spfReady = (f: Facts): boolean => f.e.txt.failure === null;
const dmarcReady = (f: Facts): boolean =>
  f.e.dmarcOwn.failure === null && (f.e.dmarcOrg?.failure ?? null) === null;

const MX_MISMATCH_DETAIL = {
  enforce: {
    one: text(
      "domain.mta-sts-mx-mismatch.detailEnforceOne",
      "{hosts} is not matched by the policy's mx patterns ({patterns}): in enforce mode, senders refuse to deliver there.",
    ),
    many: text(
      "domain.mta-sts-mx-mismatch.detailEnforceMany",
      "{hosts} are not matched by the policy's mx patterns ({patterns}): in enforce mode, senders refuse to deliver there.",
    ),
  },
  testing: {
    one: text(
      "domain.mta-sts-mx-mismatch.detailOne",
      "{hosts} is not matched by the policy's mx patterns ({patterns}).",
    ),
    many: text(
      "domain.mta-sts-mx-mismatch.detailMany",
      "{hosts} are not matched by the policy's mx patterns ({patterns}).",
    ),
  },
} as const;

// Order = report order: MX, SPF, DMARC, MTA-STS, TLS-RPT, SRV, DANE.
const DOMAIN_RULES: DomainRule[] = [
  {
    id: "mx-lookup-failed",
    title: text("domain.mx-lookup-failed.title", "The MX lookup failed"),
    fix: text(
      "domain.mx-lookup-failed.fix",
      "Check that the domain's name servers answer (they may be down or DNSSEC may be broken), then run the check again.",
    ),
    check: (f) =>
      f.e.mx.failure
        ? {
            severity: "warn",
            detail: text(
              "domain.mx-lookup-failed.detail",
              "{failure}. Mail delivery to the domain cannot be checked.",
            ),
            values: { failure: failureIn(f.e.mx) },
          }
        : null,
  },
  {
    id: "mx-missing",
    title: text("domain.mx-missing.title", "No MX record"),
    fix: text(
      "domain.mx-missing.fix",
      "Publish MX records for the servers that receive the domain's mail (your mail provider lists them).",
    ),
    check: (f) => {
      if (f.e.mx.failure || f.e.mx.value.length > 0) return null;
      return f.e.hasAddress
        ? {
            severity: "warn",
            detail: text(
              "domain.mx-missing.detail",
              "{domain} has no MX record. Senders fall back to its A/AAAA address (RFC 5321 5.1), which is rarely a mail server.",
            ),
            values: { domain: f.e.domain },
          }
        : {
            severity: "fail",
            detail: text(
              "domain.mx-missing.detailNoAddress",
              "{domain} has no MX record and no address: nobody can deliver mail to it.",
            ),
            values: { domain: f.e.domain },
          };
    },
  },
  {
    id: "mx-null",
    title: text("domain.mx-null.title", "The domain accepts no mail (null MX)"),
    check: (f) =>
      f.nullMx
        ? {
            severity: "info",
            detail: text(
              "domain.mx-null.detail",
              "{domain} publishes a null MX (RFC 7505): it declares that it receives no mail. Addresses at it cannot receive replies.",
            ),
            values: { domain: f.e.domain },
          }
        : null,
  },
  {
    id: "mx-ok",
    title: text("domain.mx-ok.title", "MX records found"),
    check: (f) =>
      !f.e.mx.failure && f.e.mx.value.length > 0 && !f.nullMx
        ? {
            severity: "pass",
            detail: text("domain.mx-ok.detail", "Mail for {domain} goes to {hosts}."),
            values: {
              domain: f.e.domain,
              hosts: list(
                [...f.e.mx.value]
                  .sort((a, b) => a.priority - b.priority)
                  .map((mx) => `${mx.exchange} (${mx.priority})`),
              ),
            },
          }
        : null,
  },
  {
    id: "spf-lookup-failed",
    title: text("domain.spf-lookup-failed.title", "The SPF lookup failed"),
    fix: text(
      "domain.spf-lookup-failed.fix",
      "Check that the domain's name servers answer TXT queries, then run the check again.",
    ),
    check: (f) =>
      f.e.txt.failure
        ? {
            severity: "warn",
            detail: text("domain.spf-lookup-failed.detail", "{failure}. SPF could not be checked."),
            values: { failure: failureIn(f.e.txt) },
          }
        : null,
  },
  {
    id: "spf-missing",
    title: text("domain.spf-missing.title", "No SPF record"),
    fix: text(
      "domain.spf-missing.fix",
      'Publish one TXT record starting with "v=spf1" that lists the servers allowed to send for the domain (your provider documents it, e.g. "v=spf1 include:spf.protection.outlook.com -all"); a domain that sends no mail should publish "v=spf1 -all".',
    ),
    check: (f) => {
      if (!spfReady(f) || f.spfRecords.length > 0) return null;
      return f.nullMx
        ? {
            severity: "warn",
            detail: text(
              "domain.spf-missing.detailNullMx",
              '{domain} sends no mail but has no SPF record, so anyone can forge it; "v=spf1 -all" says so.',
            ),
            values: { domain: f.e.domain },
          }
        : {
            severity: "fail",
            detail: text(
              "domain.spf-missing.detail",
              "{domain} has no SPF record: receivers cannot tell which servers may send its mail, and many reject or junk unauthenticated mail.",
            ),
            values: { domain: f.e.domain },
          };
    },
  },
  {
    id: "spf-multiple",
    title: text("domain.spf-multiple.title", "More than one SPF record"),
    fix: text("domain.spf-multiple.fix", "Merge them into a single v=spf1 record."),
    check: (f) =>
      spfReady(f) && f.spfRecords.length > 1
        ? {
            severity: "fail",
            detail: text(
              "domain.spf-multiple.detail",
              "{domain} has {count} SPF records; RFC 7208 4.5 makes that a permanent error, so SPF fails for all its mail.",
            ),
            values: { domain: f.e.domain, count: f.spfRecords.length },
          }
        : null,
  },
  {
    id: "spf-invalid",
    title: text("domain.spf-invalid.title", "The SPF record has errors"),
    fix: text(
      "domain.spf-invalid.fix",
      "Correct the record; each term must be a valid SPF mechanism (RFC 7208 5) or modifier.",
    ),
    check: (f) =>
      f.spf && f.spf.problems.length > 0
        ? {
            severity: "fail",
            detail: text(
              "domain.spf-invalid.detail",
              'SPF record "{record}": {problems}. Receivers treat it as a permanent error.',
            ),
            values: { record: f.spf.record, problems: wordedList(f.spf.problems) },
          }
        : null,
  },
  {
    id: "spf-permissive",
    title: text("domain.spf-permissive.title", "The SPF record allows any server"),
    fix: text(
      "domain.spf-permissive.fix",
      'End the record with "-all" (or "~all" while you are still checking your senders).',
    ),
    check: (f): Verdict => {
      if (!f.spf) return null;
      if (f.spf.all === "+all") {
        return {
          severity: "fail",
          detail: text(
            "domain.spf-permissive.detailPlusAll",
            '"{record}" ends in +all: every server on the internet may send as {domain}.',
          ),
          values: { record: f.spf.record, domain: f.e.domain },
        };
      }
      if (f.spf.all === "?all") {
        return {
          severity: "warn",
          detail: text(
            "domain.spf-permissive.detailNeutral",
            '"{record}" ends in ?all (neutral): mail from any server is neither allowed nor refused.',
          ),
          values: { record: f.spf.record },
        };
      }
      if (f.spf.all === null && f.spf.redirect === null) {
        return {
          severity: "warn",
          detail: text(
            "domain.spf-permissive.detailNoAll",
            '"{record}" has no "all" and no redirect, so other servers get a neutral result, as with ?all (RFC 7208 4.7).',
          ),
          values: { record: f.spf.record },
        };
      }
      return null;
    },
  },
  {
    id: "spf-too-many-lookups",
    title: text("domain.spf-too-many-lookups.title", "The SPF record needs too many DNS lookups"),
    fix: text(
      "domain.spf-too-many-lookups.fix",
      "Remove unused include: entries, replace a and mx with ip4/ip6 ranges, or flatten nested includes until the total is 10 or fewer.",
    ),
    check: (f) =>
      f.spf && f.e.spfLookups && f.e.spfLookups.count > SPF_LOOKUP_LIMIT
        ? {
            severity: "fail",
            detail: f.e.spfLookups.complete
              ? text(
                  "domain.spf-too-many-lookups.detail",
                  "Evaluating SPF for {domain} takes {count} DNS lookups (include, a, mx, ptr, exists, redirect, counted through includes); the limit is {limit} (RFC 7208 4.6.4), after which SPF fails.",
                )
              : text(
                  "domain.spf-too-many-lookups.detailAtLeast",
                  "Evaluating SPF for {domain} takes {count} or more DNS lookups (include, a, mx, ptr, exists, redirect, counted through includes); the limit is {limit} (RFC 7208 4.6.4), after which SPF fails.",
                ),
            values: { domain: f.e.domain, count: f.e.spfLookups.count, limit: SPF_LOOKUP_LIMIT },
          }
        : null,
  },
  {
    id: "spf-include-invalid",
    title: text("domain.spf-include-invalid.title", "An SPF include is broken"),
    fix: text(
      "domain.spf-include-invalid.fix",
      "Remove or correct the include: (or redirect=) that points to a name without a single SPF record.",
    ),
    check: (f) =>
      f.spf && f.e.spfLookups && f.e.spfLookups.errors.length > 0
        ? {
            severity: "fail",
            detail: text(
              "domain.spf-include-invalid.detail",
              "{errors}: receivers treat this as a permanent error (RFC 7208 5.2).",
            ),
            values: { errors: wordedList(f.e.spfLookups.errors) },
          }
        : null,
  },
  {
    id: "spf-include-unchecked",
    title: text("domain.spf-include-unchecked.title", "Part of the SPF record could not be followed"),
    check: (f) =>
      f.spf && f.e.spfLookups && f.e.spfLookups.unchecked.length > 0
        ? {
            severity: "info",
            detail: text("domain.spf-include-unchecked.detail", "{names}; the lookup count may be higher."),
            values: { names: wordedList(f.e.spfLookups.unchecked) },
          }
        : null,
  },
  {
    id: "spf-ok",
    title: text("domain.spf-ok.title", "SPF record found"),
    check: (f) =>
      f.spf &&
      f.spf.problems.length === 0 &&
      (f.e.spfLookups === null || f.e.spfLookups.errors.length === 0) &&
      (f.spf.all === "-all" || f.spf.all === "~all" || (f.spf.all === null && f.spf.redirect !== null)) &&
      (f.e.spfLookups === null || f.e.spfLookups.count <= SPF_LOOKUP_LIMIT)
        ? {
            severity: "pass",
            detail: f.e.spfLookups
              ? text("domain.spf-ok.detailCounted", '"{record}" ({count} of {limit} DNS lookups).')
              : text("domain.spf-ok.detail", '"{record}".'),
            values: { record: f.spf.record, count: f.e.spfLookups?.count ?? 0, limit: SPF_LOOKUP_LIMIT },
          }
        : null,
  },
  {
    id: "dmarc-lookup-failed",
    title: text("domain.dmarc-lookup-failed.title", "The DMARC lookup failed"),
    fix: text(
      "domain.dmarc-lookup-failed.fix",
      "Check that the domain's name servers answer TXT queries for _dmarc, then run the check again.",
    ),
    check: (f) => {
      const failed = f.e.dmarcOwn.failure !== null ? f.e.dmarcOwn : f.e.dmarcOrg;
      return failed?.failure
        ? {
            severity: "warn",
            detail: text("domain.dmarc-lookup-failed.detail", "{failure}. DMARC could not be checked."),
            values: { failure: failureIn(failed) },
          }
        : null;
    },
  },
  {
    id: "dmarc-missing",
    title: text("domain.dmarc-missing.title", "No DMARC record"),
    fix: text(
      "domain.dmarc-missing.fix",
      'Publish a TXT record at _dmarc.<domain>, starting with "v=DMARC1; p=none; rua=mailto:<reports address>", read the reports, then move to p=quarantine or p=reject.',
    ),
    check: (f) =>
      dmarcReady(f) && f.dmarc.record === null && !f.dmarc.multiple
        ? {
            severity: "warn",
            detail:
              organisationalDomain(f.e.domain) !== f.e.domain.toLowerCase()
                ? text(
                    "domain.dmarc-missing.detailWithOrg",
                    "Neither _dmarc.{domain} nor _dmarc.{orgDomain} has a DMARC record: receivers get no policy for mail that fails SPF and DKIM, and large mailbox providers require DMARC from bulk senders.",
                  )
                : text(
                    "domain.dmarc-missing.detail",
                    "_dmarc.{domain} has no DMARC record: receivers get no policy for mail that fails SPF and DKIM, and large mailbox providers require DMARC from bulk senders.",
                  ),
            values: { domain: f.e.domain, orgDomain: organisationalDomain(f.e.domain) },
          }
        : null,
  },
  {
    id: "dmarc-invalid",
    title: text("domain.dmarc-invalid.title", "The DMARC record is not usable"),
    fix: text(
      "domain.dmarc-invalid.fix",
      'Publish exactly one record: "v=DMARC1; p=none|quarantine|reject; rua=mailto:...".',
    ),
    check: (f): Verdict => {
      if (!dmarcReady(f)) return null;
      if (f.dmarc.multiple) {
        return {
          severity: "warn",
          detail: text(
            "domain.dmarc-invalid.detailMultiple",
            "_dmarc.{domain} has more than one DMARC record, so receivers apply none (RFC 7489 6.6.3).",
          ),
          values: { domain: f.dmarc.inheritedFrom ?? f.e.domain },
        };
      }
      const problems = f.dmarc.record?.problems ?? [];
      return problems.length > 0
        ? {
            severity: "warn",
            detail: text("domain.dmarc-invalid.detailProblems", '"{record}": {problems}.'),
            values: { record: f.dmarc.record?.record ?? "", problems: wordedList(problems) },
          }
        : null;
    },
  },
  {
    id: "dmarc-none",
    title: text("domain.dmarc-none.title", "DMARC policy is none (monitoring only)"),
    fix: text(
      "domain.dmarc-none.fix",
      "Once the reports show that your own mail passes, move to p=quarantine, then p=reject.",
    ),
    check: (f) =>
      dmarcReady(f) && f.dmarc.policy === "none"
        ? {
            severity: "warn",
            detail: f.dmarc.inheritedFrom
              ? text(
                  "domain.dmarc-none.detailInherited",
                  "The DMARC policy (inherited from {orgDomain}) is none: receivers take no action on mail that fails authentication, so forged mail is still delivered.",
                )
              : text(
                  "domain.dmarc-none.detail",
                  "The DMARC policy is none: receivers take no action on mail that fails authentication, so forged mail is still delivered.",
                ),
            values: { orgDomain: f.dmarc.inheritedFrom ?? "" },
          }
        : null,
  },
  {
    id: "dmarc-partial",
    title: text("domain.dmarc-partial.title", "DMARC policy applies to part of the mail"),
    fix: text("domain.dmarc-partial.fix", "Remove pct= (or set pct=100) once you are confident."),
    check: (f) =>
      dmarcReady(f) && f.dmarc.record?.pct != null && f.dmarc.record.pct < 100 && f.dmarc.policy !== "none"
        ? {
            severity: "info",
            detail: text(
              "domain.dmarc-partial.detail",
              "pct={pct}: the {policy} policy covers only that share of failing mail.",
            ),
            values: { pct: f.dmarc.record.pct, policy: f.dmarc.policy ?? "" },
          }
        : null,
  },
  {
    id: "dmarc-ok",
    title: text("domain.dmarc-ok.title", "DMARC policy enforced"),
    check: (f) =>
      dmarcReady(f) && (f.dmarc.policy === "quarantine" || f.dmarc.policy === "reject")
        ? {
            severity: "pass",
            detail: f.dmarc.inheritedFrom
              ? text("domain.dmarc-ok.detailInherited", 'p={policy}, inherited from {orgDomain}: "{record}".')
              : text("domain.dmarc-ok.detail", 'p={policy}: "{record}".'),
            values: {
              policy: f.dmarc.policy,
              orgDomain: f.dmarc.inheritedFrom ?? "",
              record: f.dmarc.record?.record ?? "",
            },
          }
        : null,
  },
  {
    id: "mta-sts-lookup-failed",
    title: text("domain.mta-sts-lookup-failed.title", "The MTA-STS lookup failed"),
    check: (f) =>
      f.e.mtaStsTxt.failure
        ? {
            severity: "warn",
            detail: text("domain.mta-sts-lookup-failed.detail", "{failure}. MTA-STS could not be checked."),
            values: { failure: failureIn(f.e.mtaStsTxt) },
          }
        : null,
  },
  {
    id: "mta-sts-missing",
    title: text("domain.mta-sts-missing.title", "No MTA-STS policy"),
    fix: text(
      "domain.mta-sts-missing.fix",
      'Optional hardening: publish "v=STSv1; id=<version>" at _mta-sts.<domain> and a policy file at https://mta-sts.<domain>/.well-known/mta-sts.txt (RFC 8461).',
    ),
    check: (f) =>
      !f.e.mtaStsTxt.failure && f.mtaStsRecords.length === 0
        ? {
            severity: "info",
            detail: text(
              "domain.mta-sts-missing.detail",
              "{domain} publishes no MTA-STS record, so sending servers may deliver to it without verified TLS if an attacker strips STARTTLS.",
            ),
            values: { domain: f.e.domain },
          }
        : null,
  },
  {
    id: "mta-sts-invalid",
    title: text("domain.mta-sts-invalid.title", "The MTA-STS policy is not usable"),
    fix: text(
      "domain.mta-sts-invalid.fix",
      "Publish exactly one _mta-sts TXT record with an id=, and serve a valid policy file over HTTPS with a trusted certificate, as text/plain, without redirects.",
    ),
    check: (f) => {
      if (f.mtaStsRecords.length === 0) return null;
      const problems: TextValue[] = [];
      if (f.mtaStsRecords.length > 1)
        problems.push(
          phrase(text("domain.mta-sts-invalid.records", "_mta-sts.{domain} has {count} records"), {
            domain: f.e.domain,
            count: f.mtaStsRecords.length,
          }),
        );
      const only = f.mtaStsRecords.length === 1 ? f.mtaStsRecords[0] : undefined;
      if (only !== undefined && parseMtaStsRecord(only).id === null)
        problems.push(
          phrase(text("domain.mta-sts-invalid.noId", '"{record}" has no valid id='), { record: only }),
        );
      const fetchError = f.e.mtaStsPolicy?.error;
      if (fetchError) problems.push((lang) => wordIn(fetchError, lang));
      if (f.mtaStsProblems.length > 0)
        problems.push(
          phrase(text("domain.mta-sts-invalid.policyFile", "the policy file: {problems}"), {
            problems: wordedList(f.mtaStsProblems),
          }),
        );
      return problems.length > 0
        ? {
            severity: "warn",
            detail: text(
              "domain.mta-sts-invalid.detail",
              "{problems}. Senders treat the domain as having no MTA-STS policy (RFC 8461 3).",
            ),
            values: { problems: listIn(problems) },
          }
        : null;
    },
  },
  {
    id: "mta-sts-mx-mismatch",
    title: text("domain.mta-sts-mx-mismatch.title", "The MTA-STS policy does not cover every MX"),
    fix: text(
      "domain.mta-sts-mx-mismatch.fix",
      "Add an mx: line for each MX host to the policy file (and change the id= of the TXT record).",
    ),
    check: (f) => {
      if (!f.mtaStsPolicy || f.mtaStsPolicy.mode === "none" || f.e.mx.failure) return null;
      const patterns = f.mtaStsPolicy.mx;
      const uncovered = f.mxHosts.filter(
        (host) => !patterns.some((pattern) => mtaStsPatternMatches(pattern, host)),
      );
      if (uncovered.length === 0) return null;
      return {
        severity: f.mtaStsPolicy.mode === "enforce" ? "fail" : "warn",
        detail:
          MX_MISMATCH_DETAIL[f.mtaStsPolicy.mode === "enforce" ? "enforce" : "testing"][
            uncovered.length === 1 ? "one" : "many"
          ],
        values: { hosts: list(uncovered), patterns: list(patterns) },
      };
    },
  },
  {
    id: "mta-sts-testing",
    title: text("domain.mta-sts-testing.title", "MTA-STS is not enforced"),
    fix: text(
      "domain.mta-sts-testing.fix",
      "Switch the policy to mode: enforce once TLS reports show no failures.",
    ),
    check: (f) =>
      f.mtaStsPolicy && f.mtaStsPolicy.mode !== "enforce"
        ? {
            severity: "info",
            detail:
              f.mtaStsPolicy.mode === "testing"
                ? text(
                    "domain.mta-sts-testing.detail",
                    "The policy is in testing mode: failures are reported but mail is still delivered without verified TLS.",
                  )
                : text(
                    "domain.mta-sts-testing.detailNone",
                    "The policy mode is none: the domain has withdrawn its MTA-STS policy.",
                  ),
          }
        : null,
  },
  {
    id: "mta-sts-ok",
    title: text("domain.mta-sts-ok.title", "MTA-STS enforced"),
    check: (f) =>
      f.mtaStsPolicy?.mode === "enforce"
        ? {
            severity: "pass",
            detail: text("domain.mta-sts-ok.detail", "mode enforce, max_age {maxAge} s, mx {mx}."),
            values: { maxAge: f.mtaStsPolicy.maxAge ?? "?", mx: list(f.mtaStsPolicy.mx) },
          }
        : null,
  },
  {
    id: "tls-rpt-lookup-failed",
    title: text("domain.tls-rpt-lookup-failed.title", "The TLS-RPT lookup failed"),
    check: (f) =>
      f.e.tlsRptTxt.failure
        ? {
            severity: "warn",
            detail: text(
              "domain.tls-rpt-lookup-failed.detail",
              "{failure}. TLS reporting could not be checked.",
            ),
            values: { failure: failureIn(f.e.tlsRptTxt) },
          }
        : null,
  },
  {
    id: "tls-rpt-missing",
    title: text("domain.tls-rpt-missing.title", "No TLS reporting (TLS-RPT)"),
    fix: text(
      "domain.tls-rpt-missing.fix",
      'Publish "v=TLSRPTv1; rua=mailto:<reports address>" at _smtp._tls.<domain> (RFC 8460) to learn when senders cannot reach you over TLS.',
    ),
    check: (f) =>
      !f.e.tlsRptTxt.failure && f.tlsRptRecords.length === 0
        ? {
            severity: "info",
            detail: text(
              "domain.tls-rpt-missing.detail",
              "{domain} asks for no reports about TLS failures when others deliver mail to it.",
            ),
            values: { domain: f.e.domain },
          }
        : null,
  },
  {
    id: "tls-rpt-invalid",
    title: text("domain.tls-rpt-invalid.title", "The TLS-RPT record is not usable"),
    fix: text(
      "domain.tls-rpt-invalid.fix",
      'Publish exactly one record with a rua= of mailto: or https: addresses, e.g. "v=TLSRPTv1; rua=mailto:tlsrpt@example.com".',
    ),
    check: (f): Verdict => {
      if (f.tlsRptRecords.length > 1)
        return {
          severity: "warn",
          detail: text(
            "domain.tls-rpt-invalid.detailMultiple",
            "_smtp._tls.{domain} has {count} records; senders use none (RFC 8460 3).",
          ),
          values: { domain: f.e.domain, count: f.tlsRptRecords.length },
        };
      const only = f.tlsRptRecords[0];
      return only !== undefined && parseTlsRpt(only).rua.length === 0
        ? {
            severity: "warn",
            detail: text(
              "domain.tls-rpt-invalid.detailNoRua",
              '"{record}" has no mailto: or https: rua= address.',
            ),
            values: { record: only },
          }
        : null;
    },
  },
  {
    id: "tls-rpt-ok",
    title: text("domain.tls-rpt-ok.title", "TLS reporting enabled"),
    check: (f) => {
      const only = f.tlsRptRecords.length === 1 ? f.tlsRptRecords[0] : undefined;
      const rua = only !== undefined ? parseTlsRpt(only).rua : [];
      return rua.length > 0
        ? {
            severity: "pass",
            detail: text("domain.tls-rpt-ok.detail", "Reports go to {addresses}."),
            values: { addresses: list(rua) },
          }
        : null;
    },
  },
  {
    id: "srv-lookup-failed",
    title: text("domain.srv-lookup-failed.title", "The submission SRV lookup failed"),
    check: (f) => {
      const failed = f.e.srvSubmissions.failure !== null ? f.e.srvSubmissions : f.e.srvSubmission;
      return failed.failure
        ? {
            severity: "warn",
            detail: text(
              "domain.srv-lookup-failed.detail",
              "{failure}. Published submission servers could not be checked.",
            ),
            values: { failure: failureIn(failed) },
          }
        : null;
    },
  },
  {
    id: "srv-published",
    title: text("domain.srv-published.title", "Submission servers published in DNS"),
    check: (f) => {
      const describe = (label: TextValue, targets: SrvTarget[]): TextValue | null => {
        if (targets.length === 0) return null;
        if (targets.every((t) => t.name === "" || t.name === "."))
          return phrase(text("domain.srv-published.notOffered", '{label}: not offered (target ".")'), {
            label,
          });
        return phrase(text("domain.srv-published.targets", "{label}: {targets}"), {
          label,
          targets: list(targets.map((t) => `${t.name}:${t.port}`)),
        });
      };
      const parts = [
        describe(
          text("domain.srv-published.implicitTls", "_submissions._tcp (implicit TLS)"),
          f.e.srvSubmissions.value,
        ),
        describe("_submission._tcp (STARTTLS)", f.e.srvSubmission.value),
      ].filter((part): part is TextValue => part !== null);
      return parts.length > 0
        ? {
            severity: "info",
            detail: text("domain.srv-published.detail", "{services} (RFC 6186, RFC 8314)."),
            values: { services: (lang) => parts.map((part) => localize(part, lang)).join("; ") },
          }
        : null;
    },
  },
  {
    id: "dane-lookup-failed",
    title: text("domain.dane-lookup-failed.title", "A DANE (TLSA) lookup failed"),
    check: (f) => {
      const failed = f.e.dane.filter((d) => d.tlsa === null);
      return failed.length > 0
        ? {
            severity: "warn",
            detail: text(
              "domain.dane-lookup-failed.detail",
              "{failures}. DANE could not be checked for {hosts}.",
            ),
            values: {
              failures: listIn(failed.map((d) => (d.failure !== null ? failureIn(d) : `_25._tcp.${d.mx}`))),
              hosts: list(failed.map((d) => d.mx)),
            },
          }
        : null;
    },
  },
  {
    id: "dane-present",
    title: text("domain.dane-present.title", "DANE TLSA records on every MX"),
    check: (f) =>
      f.e.dane.length > 0 && f.e.dane.every((d) => d.tlsa === true)
        ? {
            severity: "pass",
            detail: text(
              "domain.dane-present.detail",
              "TLSA records exist at _25._tcp of {hosts}. They only protect mail when the zone is DNSSEC-signed (RFC 7672).",
            ),
            values: { hosts: list(f.e.dane.map((d) => d.mx)) },
          }
        : null,
  },
  {
    id: "dane-partial",
    title: text("domain.dane-partial.title", "DANE TLSA records on some MX hosts only"),
    fix: text(
      "domain.dane-partial.fix",
      "Publish TLSA records for every MX host, or senders that use DANE protect only part of your mail.",
    ),
    check: (f) => {
      const withTlsa = f.e.dane.filter((d) => d.tlsa === true);
      const without = f.e.dane.filter((d) => d.tlsa === false);
      return withTlsa.length > 0 && without.length > 0
        ? {
            severity: "warn",
            detail: text("domain.dane-partial.detail", "TLSA at {withTlsa}, none at {without}."),
            values: { withTlsa: list(withTlsa.map((d) => d.mx)), without: list(without.map((d) => d.mx)) },
          }
        : null;
    },
  },
  {
    id: "dane-missing",
    title: text("domain.dane-missing.title", "No DANE (TLSA) records"),
    fix: text(
      "domain.dane-missing.fix",
      "Optional hardening where the zone is DNSSEC-signed: publish TLSA records at _25._tcp.<mx host> (RFC 7672).",
    ),
    check: (f) =>
      f.e.dane.length > 0 && f.e.dane.every((d) => d.tlsa === false)
        ? {
            severity: "info",
            detail: text("domain.dane-missing.detail", "No TLSA records at _25._tcp of {hosts}."),
            values: { hosts: list(f.e.dane.map((d) => d.mx)) },
          }
        : null,
  },
];

/** Every finding id the domain report can produce, in report order. */
export const DOMAIN_FINDING_IDS: readonly string[] = [
  "domain-not-found",
  ...DOMAIN_RULES.map((rule) => rule.id),
];

/**
 * The findings for this evidence, worded in `lang` (English unless given; a
 * language other than English needs loadLanguage first, else texts stay English).
 */
export function domainFindings(evidence: DomainEvidence, lang: Lang = "en"): Finding[] {
  const say = (words: Text, values: Readonly<Record<string, TextValue>> = {}): string =>
    fillText(localize(words, lang), values, lang);
  if (evidence.notFound) {
    return [
      {
        id: "domain-not-found",
        severity: "fail",
        title: say(text("domain.domain-not-found.title", "The domain does not exist")),
        detail: say(
          text(
            "domain.domain-not-found.detail",
            "DNS says {domain} does not exist (NXDOMAIN): no mail can be sent to or verified for it.",
          ),
          { domain: evidence.domain },
        ),
        fix: say(
          text(
            "domain.domain-not-found.fix",
            "Check the spelling of the domain; if it is yours, check its registration and name servers.",
          ),
        ),
      },
    ];
  }
  const facts = gatherFacts(evidence);
  const findings: Finding[] = [];
  for (const rule of DOMAIN_RULES) {
    const verdict = rule.check(facts);
    if (!verdict) continue;
    const finding: Finding = {
      id: rule.id,
      severity: verdict.severity,
      title: say(rule.title),
      detail: say(verdict.detail, verdict.values),
    };
    if (rule.fix && verdict.severity !== "pass") finding.fix = say(rule.fix);
    findings.push(finding);
  }
  return findings;
}

const POLICY_FILE_PROBLEMS = text("records.mtaSts.policyFile", "policy file: {problems}");

/** Why the MTA-STS policy file is not usable, in `lang`: it could not be fetched, or what is wrong in it. */
function policyErrorIn(evidence: DomainEvidence, facts: Facts, lang: Lang): string | null {
  const fetchError = evidence.mtaStsPolicy?.error;
  if (fetchError) return wordIn(fetchError, lang);
  if (facts.mtaStsProblems.length === 0) return null;
  return wordIn(phraseOf(POLICY_FILE_PROBLEMS, { problems: facts.mtaStsProblems }), lang);
}

/** The report (without checkedAt) from the evidence: summaries of each record plus the findings. */
export function buildDomainReport(
  evidence: DomainEvidence,
  lang: Lang = "en",
): Omit<DomainReport, "checkedAt"> {
  const facts = gatherFacts(evidence);
  const tlsRpt = facts.tlsRptRecords[0];
  const mtaStsRecord = facts.mtaStsRecords.length === 1 ? (facts.mtaStsRecords[0] ?? null) : null;
  return {
    domain: evidence.domain,
    mx: [...evidence.mx.value].sort(
      (a, b) => a.priority - b.priority || a.exchange.localeCompare(b.exchange),
    ),
    spf: {
      record: facts.spfRecords[0] ?? null,
      records: facts.spfRecords,
      lookups: evidence.spfLookups?.count ?? facts.spf?.lookupTerms ?? 0,
      all: facts.spf?.all ?? null,
    },
    dmarc: {
      record: facts.dmarc.record?.record ?? null,
      policy: facts.dmarc.policy,
      pct: facts.dmarc.record?.pct ?? null,
      rua: facts.dmarc.record?.rua ?? [],
      inheritedFrom: facts.dmarc.inheritedFrom,
    },
    mtaSts: {
      record: mtaStsRecord,
      policy: facts.mtaStsPolicy,
      policyError: policyErrorIn(evidence, facts, lang),
    },
    tlsRpt: { record: tlsRpt ?? null, rua: tlsRpt !== undefined ? parseTlsRpt(tlsRpt).rua : [] },
    srv: { submission: evidence.srvSubmission.value, submissions: evidence.srvSubmissions.value },
    dane: evidence.dane.filter((d) => d.tlsa !== null).map((d) => ({ mx: d.mx, tlsa: d.tlsa === true })),
    findings: domainFindings(evidence, lang),
  };
}
