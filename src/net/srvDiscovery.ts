// Mail servers published in DNS. Submission: RFC 6186 _submission._tcp
// (STARTTLS, usually 587) and RFC 8314 _submissions._tcp (implicit TLS,
// usually 465, preferred). Incoming: RFC 6186 _imap._tcp and _pop3._tcp
// (STARTTLS) and _imaps._tcp and _pop3s._tcp (implicit TLS, preferred by
// RFC 8314). A single record with target "." says the service is not offered
// at all (RFC 2782).
import type { Gathered } from "../core/domainFindings.js";
import type { IncomingProtocol, Security, SrvTarget } from "../core/types.js";
import type { IncomingServerTemplate, OutgoingServerTemplate } from "./autoconfigXml.js";
import { DnsLookupError, type MailDns } from "./dnsResolver.js";

export interface SubmissionSrv {
  /** _submissions._tcp: implicit TLS. */
  submissions: Gathered<SrvTarget[]>;
  /** _submission._tcp: STARTTLS. */
  submission: Gathered<SrvTarget[]>;
}

/** "." (reported by Node as "") as the only target: not offered. */
export function isNotOffered(targets: readonly SrvTarget[]): boolean {
  return targets.length > 0 && targets.every((t) => t.name === "" || t.name === ".");
}

/** RFC 2782 order, made deterministic: lowest priority first, then highest weight, then name. */
export function orderSrvTargets(targets: readonly SrvTarget[]): SrvTarget[] {
  return [...targets].sort(
    (a, b) => a.priority - b.priority || b.weight - a.weight || a.name.localeCompare(b.name),
  );
}

/** Targets used per name at most: a zone listing thousands costs no more. */
const MAX_TARGETS_PER_NAME = 10;

async function gather(dns: MailDns, name: string): Promise<Gathered<SrvTarget[]>> {
  try {
    return {
      value: orderSrvTargets(await dns.resolveSrv(name)).slice(0, MAX_TARGETS_PER_NAME),
      failure: null,
    };
  } catch (error) {
    if (error instanceof DnsLookupError) {
      if (error.kind === "nxdomain" || error.kind === "nodata") return { value: [], failure: null };
      return {
        value: [],
        failure: `DNS SRV lookup for ${name} failed (${error.kind})`,
        // The query itself, so reports word the failure in any language.
        failedLookup: { name, kind: error.kind },
      };
    }
    throw error;
  }
}

export async function lookupSubmissionSrv(domain: string, dns: MailDns): Promise<SubmissionSrv> {
  const [submissions, submission] = await Promise.all([
    gather(dns, `_submissions._tcp.${domain}`),
    gather(dns, `_submission._tcp.${domain}`),
  ]);
  return { submissions, submission };
}

/**
 * The servers the SRV records publish, implicit TLS first (RFC 8314 5.1).
 * SRV names no sign-in method, so auth is the password the user already has,
 * and the user name is the full address (RFC 6186 5).
 */
export function submissionTemplates(srv: SubmissionSrv): OutgoingServerTemplate[] {
  return [...templatesOf(srv.submissions.value, "tls"), ...templatesOf(srv.submission.value, "starttls")];
}

function templatesOf(targets: SrvTarget[], security: Security): OutgoingServerTemplate[] {
  if (isNotOffered(targets)) return [];
  const templates: OutgoingServerTemplate[] = [];
  for (const target of targets) {
    const host = target.name.replace(/\.$/, "").toLowerCase();
    if (host === "" || target.port === 0) continue;
    templates.push({
      host,
      port: target.port,
      security,
      auth: ["password"],
      usernameTemplate: "%EMAILADDRESS%",
      notes: [],
    });
  }
  return templates;
}

/** The incoming services of RFC 6186, in the order offered: IMAP first, implicit TLS before STARTTLS (RFC 8314). */
export const INCOMING_SRV_SERVICES: ReadonlyArray<{
  service: string;
  protocol: IncomingProtocol;
  security: Security;
}> = [
  { service: "_imaps._tcp", protocol: "imap", security: "tls" },
  { service: "_imap._tcp", protocol: "imap", security: "starttls" },
  { service: "_pop3s._tcp", protocol: "pop3", security: "tls" },
  { service: "_pop3._tcp", protocol: "pop3", security: "starttls" },
];

/** Each incoming service's records, in INCOMING_SRV_SERVICES order. */
export type IncomingSrv = Array<
  { name: string; protocol: IncomingProtocol; security: Security } & Gathered<SrvTarget[]>
>;

export async function lookupIncomingSrv(domain: string, dns: MailDns): Promise<IncomingSrv> {
  return Promise.all(
    INCOMING_SRV_SERVICES.map(async ({ service, protocol, security }) => {
      const name = `${service}.${domain}`;
      return { name, protocol, security, ...(await gather(dns, name)) };
    }),
  );
}

/** The incoming servers the SRV records publish (RFC 6186 names no sign-in method: password, full address). */
export function incomingTemplates(srv: IncomingSrv): IncomingServerTemplate[] {
  return srv.flatMap((entry) =>
    templatesOf(entry.value, entry.security).map((template) => ({ ...template, protocol: entry.protocol })),
  );
}
