// Submission servers published in DNS: RFC 6186 _submission._tcp (STARTTLS,
// usually 587) and RFC 8314 _submissions._tcp (implicit TLS, usually 465,
// preferred). A single record with target "." says the service is not
// offered at all (RFC 2782).
import type { Gathered } from "../core/domainFindings.js";
import type { Security, SrvTarget } from "../core/types.js";
import type { OutgoingServerTemplate } from "./autoconfigXml.js";
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

async function gather(dns: MailDns, name: string): Promise<Gathered<SrvTarget[]>> {
  try {
    return { value: orderSrvTargets(await dns.resolveSrv(name)), failure: null };
  } catch (error) {
    if (error instanceof DnsLookupError) {
      if (error.kind === "nxdomain" || error.kind === "nodata") return { value: [], failure: null };
      return { value: [], failure: `DNS SRV lookup for ${name} failed (${error.kind})` };
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
  const templates: OutgoingServerTemplate[] = [];
  const add = (targets: SrvTarget[], security: Security): void => {
    if (isNotOffered(targets)) return;
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
  };
  add(srv.submissions.value, "tls");
  add(srv.submission.value, "starttls");
  return templates;
}
