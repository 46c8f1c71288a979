// What the routes call: the core and net functions wired to one DNS resolver,
// one target policy and one trust store, with the server's own limits around
// them (probe slots, route deadlines). The API and the report page share it,
// so a check behaves the same whichever of them asked for it.
import { InputError } from "../core/errors.js";
import { explainBounceReport, type ExplainBounceReport } from "../core/explainBounce.js";
import { LANGS, loadLanguage, text, type Lang } from "../core/language.js";
import { phraseOf } from "../core/phrase.js";
import { validateHostInput, validatePortInput, validateSecurityInput } from "../core/hostName.js";
import { localizeSettingsNotes } from "../core/providerMatch.js";
import { resolveSettings } from "../core/resolveSettings.js";
import {
  ACCOUNT_TYPES,
  type DomainReport,
  type MailboxContext,
  type OutlookAccountType,
  type Security,
  type Settings,
  type VerifyReport,
} from "../core/types.js";
import { createMailDns } from "../net/dnsResolver.js";
import { createDomainChecker } from "../net/domainReport.js";
import { probeSubmissionServer } from "../net/probeSubmissionServer.js";
import { surveyPorts, type PortSurveyReport } from "../net/portSurvey.js";
import type { RuntimeConfig } from "../net/runtimeConfig.js";
import type { SharedStore } from "../net/sharedStore.js";
import { createSettingsDiscovery } from "../net/settingsDiscovery.js";
import { createTargetPolicy } from "../net/targetPolicy.js";
import { loadTrustedCas } from "../net/trustStore.js";
import type { ProbeSlots } from "./probeSlots.js";
import { withDeadline, type RouteDeadlines } from "./routeDeadline.js";

/** A port survey tries 25, 465, 587 and 2525: it holds four probe slots. */
export const SURVEY_SLOTS = 4;

const DEFAULT_PORT = "587";
const DEFAULT_SECURITY: Security = "starttls";

export interface SettingsRequest {
  email: string;
  accountType?: string;
  offline?: string;
  /** The language of the notes: en or de (see readLang); English when absent. */
  lang?: string;
}

export interface VerifyRequest {
  host: string;
  port?: string;
  security?: string;
  /** The language of the findings: en or de (see readLang); English when absent. */
  lang?: string;
}

export type VerifyOutcome =
  { kind: "single"; report: VerifyReport } | { kind: "survey"; survey: PortSurveyReport };

export interface CheckServices {
  /** False when the answer needs no network (offline=1, or the embedded database knows the domain). */
  settingsNeedNetwork(request: SettingsRequest): boolean;
  settings(request: SettingsRequest): Promise<Settings>;
  verify(request: VerifyRequest): Promise<VerifyOutcome>;
  domain(domain: string, lang?: Lang): Promise<DomainReport>;
  /** A pasted error or whole bounce: explainError's fields plus the parsed bounce and ranked explanations. */
  explain(text: string, lang?: Lang): Promise<ExplainBounceReport>;
  discoveryStats(): { upstreamLookups: number; cacheHits: number };
}

export type CheckKind = "verify" | "survey" | "domain";

/** How a check ended, for metrics: pass (nothing failed), fail (a finding failed), or the error it threw. */
export type CheckObserver = (kind: CheckKind, outcome: unknown, seconds: number) => void;

export interface CheckServicesOptions {
  config: RuntimeConfig;
  slots: ProbeSlots;
  deadlines: RouteDeadlines;
  now: () => Date;
  /** Shared state for discovery (cache, single flight across instances); memory when absent. */
  store?: SharedStore;
  onCheck?: CheckObserver;
}

// Bad-input messages a pane user can meet, with German in src/core/i18n/de/errors.ts.
const FLAG_NOT_BOOLEAN = text("error.param.flag", 'The parameter "{name}" must be 1 or 0.');
const LANG_UNKNOWN = text("error.param.lang", 'The parameter "lang" must be one of {langs}.');
const ACCOUNT_TYPE_UNKNOWN = text("error.param.accountType", "accountType must be one of {types}.");
const SECURITY_WITH_SURVEY = text(
  "error.param.securityWithSurvey",
  "security cannot be combined with port=all: the survey tries every port and mode.",
);
// Route deadlines: the subject of "… did not finish within 20 s".
const SETTINGS_WORK = text("error.work.settings", "Looking up the settings");
const VERIFY_WORK = text("error.work.verify", "The check");
const SURVEY_WORK = text("error.work.survey", "The port survey");
const DOMAIN_WORK = text("error.work.domain", "The domain check");

function readFlag(name: string, value: string | undefined): boolean {
  if (value === undefined || value === "0" || value === "false") return false;
  if (value === "1" || value === "true") return true;
  throw new InputError(phraseOf(FLAG_NOT_BOOLEAN, { name }));
}

/** The `lang` parameter: a language we have texts for, English when absent; anything else is an InputError (400). */
export function readLang(value: string | undefined): Lang {
  const lang = value ?? "en";
  if (!(LANGS as readonly string[]).includes(lang)) {
    throw new InputError(phraseOf(LANG_UNKNOWN, { langs: LANGS.join(", ") }));
  }
  return lang as Lang;
}

function readAccountType(value: string | undefined): OutlookAccountType | undefined {
  if (value === undefined) return undefined;
  const match = ACCOUNT_TYPES.find((type) => type === value);
  if (match === undefined)
    throw new InputError(phraseOf(ACCOUNT_TYPE_UNKNOWN, { types: ACCOUNT_TYPES.join(", ") }));
  return match;
}

/** Times `work` and reports its end to the observer; the result passes through unchanged. */
function observed<T>(kind: CheckKind, work: Promise<T>, observer: CheckObserver | undefined): Promise<T> {
  if (observer === undefined) return work;
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  work.then(
    (result) => observer(kind, result, seconds()),
    (error: unknown) => observer(kind, error, seconds()),
  );
  return work;
}

export function createCheckServices({
  config,
  slots,
  deadlines,
  now,
  store,
  onCheck,
}: CheckServicesOptions): CheckServices {
  const dns = createMailDns(config.dnsServers);
  const policy = createTargetPolicy({ allowPrivate: config.allowPrivate, probePorts: config.probePorts });
  const trustedCas = loadTrustedCas(config.extraCaPath);
  const networkDeps = { dns, policy, config, trustedCas, now };
  // The discovery engineer's deps take the shared store and the probe slots (issue 11): its
  // guess probes then run in the slots, and its cache and single flight span every instance.
  const discoveryDeps = {
    ...networkDeps,
    ...(store === undefined ? {} : { store }),
    withProbeSlot: <T>(work: () => Promise<T>): Promise<T> => slots.run(1, work),
  };
  const discovery = createSettingsDiscovery(discoveryDeps);
  const domainChecker = createDomainChecker(networkDeps);
  const probeDeps = { dns, policy, trustedCas, now, ehloName: config.ehloName };

  return {
    settingsNeedNetwork(request) {
      if (readFlag("offline", request.offline)) return false;
      const accountType = readAccountType(request.accountType);
      return (
        resolveSettings(request.email, accountType === undefined ? undefined : { accountType }).source !==
        "builtin"
      );
    },

    async settings(request) {
      const offline = readFlag("offline", request.offline);
      const accountType = readAccountType(request.accountType);
      const lang = readLang(request.lang);
      await loadLanguage(lang);
      const context: Partial<MailboxContext> | undefined =
        accountType === undefined ? undefined : { accountType };
      // The embedded database answers offline and for every domain it knows, in the language asked for.
      const builtin = resolveSettings(request.email, context, { lang });
      if (offline || builtin.source === "builtin") return builtin;
      // Discovery gets a little less than the route so it can answer with what it has found.
      const deadlineMs = Math.max(1000, deadlines.settings - 1000);
      const discovered = await withDeadline(
        discovery.discover(
          request.email,
          context === undefined ? { deadlineMs, lang } : { context, deadlineMs, lang },
        ),
        deadlines.settings,
        phraseOf(SETTINGS_WORK),
      );
      // Discovery words its own notes in `lang`; this also words a provider's notes that came in English.
      return lang === "en" ? discovered : { ...discovered, notes: localizeSettingsNotes(discovered, lang) };
    },

    async verify(request) {
      const host = validateHostInput(request.host);
      const lang = readLang(request.lang);
      if (request.port === "all") {
        if (request.security !== undefined) {
          throw new InputError(phraseOf(SECURITY_WITH_SURVEY));
        }
        const survey = observed(
          "survey",
          slots.run(SURVEY_SLOTS, () => surveyPorts(host, probeDeps, undefined, undefined, lang)),
          onCheck,
        );
        return {
          kind: "survey",
          survey: await withDeadline(survey, deadlines.survey, phraseOf(SURVEY_WORK)),
        };
      }
      const port = validatePortInput(request.port ?? DEFAULT_PORT);
      const security = validateSecurityInput(request.security ?? DEFAULT_SECURITY);
      const report = observed(
        "verify",
        slots.run(1, () => probeSubmissionServer({ host, port, security, lang }, probeDeps)),
        onCheck,
      );
      return { kind: "single", report: await withDeadline(report, deadlines.verify, phraseOf(VERIFY_WORK)) };
    },

    async domain(domain, lang = "en") {
      await loadLanguage(lang);
      return withDeadline(
        observed("domain", domainChecker.check(domain, lang), onCheck),
        deadlines.domain,
        phraseOf(DOMAIN_WORK),
      );
    },

    async explain(text, lang = "en") {
      await loadLanguage(lang);
      return explainBounceReport(text, { lang });
    },

    discoveryStats() {
      return discovery.stats();
    },
  };
}
