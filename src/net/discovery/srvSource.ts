// SRV records: submission (RFC 6186 _submission._tcp, RFC 8314
// _submissions._tcp) and incoming (_imaps, _imap, _pop3s, _pop3). Published
// by the domain owner but not authenticated here, and silent on sign-in.
import { dnsFailurePhrase } from "../../core/domainFindings.js";
import { text } from "../../core/language.js";
import { phraseOf } from "../../core/phrase.js";
import type { MailDns } from "../dnsResolver.js";
import {
  incomingTemplates,
  isNotOffered,
  lookupIncomingSrv,
  lookupSubmissionSrv,
  submissionTemplates,
} from "../srvDiscovery.js";
import type { DiscoverySource } from "./source.js";

const SRV_NOTE = {
  notOffered: text(
    "discovery.srv.notOffered",
    'SRV records for {domain} say submission is not offered (target ".")',
  ),
  none: text("discovery.srv.none", "no submission SRV records for {domain}"),
  published: text(
    "discovery.srv.published",
    "Published in DNS by {domain} ({names}; RFC 6186, RFC 8314). SRV records do not say how to sign in: your password and full address are assumed.",
  ),
} as const;

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
      const failedLookup = srv.submissions.failedLookup ?? srv.submission.failedLookup;
      const lookupFailure =
        failedLookup && failure !== null ? { ...dnsFailurePhrase(failedLookup), original: failure } : failure;
      if (outgoing.length === 0 && incoming.length === 0) {
        const notOffered = [srv.submissions.value, srv.submission.value].some(isNotOffered);
        return {
          answer: null,
          failure: lookupFailure ?? phraseOf(notOffered ? SRV_NOTE.notOffered : SRV_NOTE.none, { domain }),
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
          notes: [phraseOf(SRV_NOTE.published, { domain, names })],
          unauthenticated: true,
        },
        failure: null,
      };
    },
  };
}
