// Guessing, last resort: probes of smtp.<domain> and mail.<domain> on 465
// (implicit TLS) and 587 (STARTTLS), and of imap.<domain> and mail.<domain>
// on 993. Only when no other source found outgoing servers, and never for a
// domain that does not exist. Every connection runs inside a probe slot of
// the server (withProbeSlot), so discovery cannot open more sockets than the
// verify route may.
import { text } from "../../core/language.js";
import { phraseOf } from "../../core/phrase.js";
import type { AuthMethod, Security, VerifyReport } from "../../core/types.js";
import type { IncomingServerTemplate, OutgoingServerTemplate } from "../autoconfigXml.js";
import type { MailDns } from "../dnsResolver.js";
import type { probeSubmissionServer } from "../probeSubmissionServer.js";
import type { TargetPolicy } from "../targetPolicy.js";
import { checkImapGreeting } from "./imapGreeting.js";
import { hasOutgoing, NO_ANSWER, type DiscoverySource } from "./source.js";

export type WithProbeSlot = <T>(work: () => Promise<T>) => Promise<T>;

export interface GuessDeps {
  dns: MailDns;
  policy: TargetPolicy;
  trustedCas: string[];
  probe: typeof probeSubmissionServer;
  /** Ports tried: 465/587/993 in production; tests use ephemeral ports. */
  ports: { tls: number; starttls: number; imaps: number };
  withProbeSlot?: WithProbeSlot;
  /** Counts connections actually attempted (stats, benchmarks). */
  onProbe?: () => void;
}

const SASL_TO_AUTH: Record<string, AuthMethod> = {
  XOAUTH2: "oauth2",
  OAUTHBEARER: "oauth2",
  PLAIN: "password",
  LOGIN: "password",
  "CRAM-MD5": "password",
};

/** Verify findings that make a guessed server unfit to recommend. */
const DISQUALIFYING = new Set([
  "tls-failed",
  "tls-old-version",
  "cert-expired",
  "cert-hostname-mismatch",
  "cert-untrusted",
  "starttls-missing",
  "plaintext",
  "timeout",
  "connect-failed",
  "greeting-rejected",
]);

function authFromProbe(report: VerifyReport): AuthMethod[] {
  const methods: AuthMethod[] = [];
  for (const mechanism of report.auth.afterTls) {
    const method = SASL_TO_AUTH[mechanism.toUpperCase()];
    if (method && !methods.includes(method)) methods.push(method);
  }
  return methods.sort((a, b) => (a === "oauth2" ? -1 : b === "oauth2" ? 1 : 0));
}

/** A probe result we would recommend: TLS with a trusted certificate for the name, and sign-in offered after TLS. */
function isRecommendable(report: VerifyReport): boolean {
  const certificate = report.tls?.certificate;
  return (
    certificate?.trusted === true &&
    certificate.hostnameMatch &&
    !report.findings.some((f) => f.severity === "fail" && DISQUALIFYING.has(f.id)) &&
    authFromProbe(report).length > 0
  );
}

const GUESS_NOTE = {
  noTime: text("discovery.guess.noTime", "no time left to probe smtp/mail host names"),
  busy: text("discovery.guess.busy", "the server was too busy to probe smtp/mail host names"),
  nothingFound: text(
    "discovery.guess.nothingFound",
    "no server at smtp.{domain} or mail.{domain} offered TLS with a valid certificate and sign-in",
  ),
  foundWithSignIn: text(
    "discovery.guess.foundWithSignIn",
    "Found by probing: {found} offered encryption with a valid certificate for the name and sign-in after TLS. No published data confirms this is your provider's server; your full address is assumed as the user name.",
  ),
  found: text(
    "discovery.guess.found",
    "Found by probing: {found} offered encryption with a valid certificate for the name. No published data confirms this is your provider's server; your full address is assumed as the user name.",
  ),
} as const;

export function createGuessSource(deps: GuessDeps): DiscoverySource {
  const inSlot: WithProbeSlot = deps.withProbeSlot ?? ((work) => work());
  return {
    key: "guess",
    async discover(domain, context) {
      // Guessing costs six connections and is last in precedence: it runs only
      // when every other source has settled without outgoing servers (so it
      // delays no answer), and never for a domain that does not exist.
      const others = await Promise.all(
        (["autoconfig", "wellKnown", "ispdb", "srv", "mx", "ispdbMx"] as const).map((key) =>
          context.outcomeOf(key),
        ),
      );
      const mxLookup = await context.mx();
      if (context.signal.aborted || mxLookup.missing || others.some((outcome) => hasOutgoing(outcome.answer)))
        return NO_ANSWER;
      const timeoutMs = Math.min(10_000, context.deadline - Date.now());
      if (timeoutMs < 100) return { answer: null, failure: phraseOf(GUESS_NOTE.noTime), transient: true };

      const smtpCandidates: Array<{ host: string; port: number; security: Security }> = [];
      for (const host of [`smtp.${domain}`, `mail.${domain}`]) {
        // RFC 8314: implicit TLS first.
        smtpCandidates.push(
          { host, port: deps.ports.tls, security: "tls" },
          { host, port: deps.ports.starttls, security: "starttls" },
        );
      }
      const imapHosts = [`imap.${domain}`, `mail.${domain}`];
      let busy = false;
      // A probe refused a slot is not a verdict on the host: the answer is then cached only briefly.
      const slotted = <T>(work: () => Promise<T>): Promise<T | null> => {
        let started = false;
        // Promise.resolve().then: a slot keeper that refuses by throwing at once (ProbeSlots.run) is a refusal too.
        return Promise.resolve()
          .then(() =>
            inSlot(() => {
              started = true;
              deps.onProbe?.();
              return work();
            }),
          )
          .catch(() => {
            if (!started) busy = true;
            return null;
          });
      };
      const probeDeps = { dns: deps.dns, policy: deps.policy, trustedCas: deps.trustedCas };
      const [reports, greetings] = await Promise.all([
        Promise.all(
          smtpCandidates.map((candidate) =>
            slotted(() => deps.probe({ ...candidate, timeoutMs }, probeDeps)),
          ),
        ),
        Promise.all(
          imapHosts.map((host) =>
            slotted(() => checkImapGreeting({ host, port: deps.ports.imaps, timeoutMs }, probeDeps)),
          ),
        ),
      ]);
      const outgoing: OutgoingServerTemplate[] = [];
      reports.forEach((report, index) => {
        const candidate = smtpCandidates[index];
        if (!report || !candidate || !isRecommendable(report)) return;
        outgoing.push({
          ...candidate,
          auth: authFromProbe(report),
          usernameTemplate: "%EMAILADDRESS%",
          notes: [],
        });
      });
      const incoming: IncomingServerTemplate[] = [];
      greetings.forEach((greeting, index) => {
        const host = imapHosts[index];
        if (!greeting?.ok || !host) return;
        incoming.push({
          protocol: "imap",
          host,
          port: deps.ports.imaps,
          security: "tls",
          auth: ["password"],
          usernameTemplate: "%EMAILADDRESS%",
          notes: [],
        });
      });
      if (outgoing.length === 0 && incoming.length === 0) {
        return {
          answer: null,
          failure: busy ? phraseOf(GUESS_NOTE.busy) : phraseOf(GUESS_NOTE.nothingFound, { domain }),
          transient: busy,
        };
      }
      const found = [...outgoing, ...incoming].map((t) => `${t.host}:${t.port}`);
      return {
        answer: {
          key: "guess",
          provider: null,
          outgoing,
          incoming,
          notes: [phraseOf(outgoing.length > 0 ? GUESS_NOTE.foundWithSignIn : GUESS_NOTE.found, { found })],
          unauthenticated: false,
        },
        failure: null,
        transient: busy,
      };
    },
  };
}
