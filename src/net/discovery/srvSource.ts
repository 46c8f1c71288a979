// SRV records: submission (RFC 6186 _submission._tcp, RFC 8314
// _submissions._tcp) and incoming (_imaps, _imap, _pop3s, _pop3). Published
// by the domain owner but not authenticated here, and silent on sign-in.
import type { MailDns } from "../dnsResolver.js";
import {
  incomingTemplates,
  isNotOffered,
  lookupIncomingSrv,
  lookupSubmissionSrv,
  submissionTemplates,
} from "../srvDiscovery.js";
import type { DiscoverySource } from "./source.js";

export function createSrvSource(dns: MailDns): DiscoverySource {
  return {
    key: "srv",
    async discover(domain) {
      const [srv, incomingSrv] = await Promise.all([
        lookupSubmissionSrv(domain, dns),
        lookupIncomingSrv(domain, dns),
      ]);
      const outgoing = submissionTemplates(srv);
      const incoming = incomingTemplates(incomingSrv);
      const failure = srv.submissions.failure ?? srv.submission.failure;
      if (outgoing.length === 0 && incoming.length === 0) {
        const notOffered = [srv.submissions.value, srv.submission.value].some(isNotOffered);
        return {
          answer: null,
          failure:
            failure ??
            (notOffered
              ? `SRV records for ${domain} say submission is not offered (target ".")`
              : `no submission SRV records for ${domain}`),
          transient: failure !== null,
        };
      }
      const names = [
        srv.submissions.value.length > 0 ? `_submissions._tcp.${domain}` : null,
        srv.submission.value.length > 0 ? `_submission._tcp.${domain}` : null,
        ...incomingSrv.filter((entry) => entry.value.length > 0).map((entry) => entry.name),
      ].filter((n): n is string => n !== null);
      return {
        answer: {
          key: "srv",
          provider: null,
          outgoing,
          incoming,
          notes: [
            `Published in DNS by ${domain} (${names.join(", ")}; RFC 6186, RFC 8314). SRV records do not say how to sign in: your password and full address are assumed.`,
          ],
          unauthenticated: true,
        },
        failure: null,
      };
    },
  };
}
