// Judges the certificate a server presented, independently of whether the
// handshake was allowed to finish: the probe connects with
// rejectUnauthorized false so an old or misconfigured server is measured, and
// trust, name and dates are evaluated here instead.
import { X509Certificate } from "node:crypto";
import {
  checkServerIdentity,
  createSecureContext,
  type DetailedPeerCertificate,
  type SecureContext,
  type TLSSocket,
} from "node:tls";
import type { CertificateInfo } from "../core/types.js";
import { chainLeadsToTrustedRoot } from "../core/verifyFindings.js";

const DAY_MS = 86_400_000;

// TLS 1.0+ and OpenSSL security level 0 so a server that only speaks old TLS
// or old ciphers completes the handshake and gets a tls-old-version finding
// rather than an unexplained failure.
const PROBE_TLS_OPTIONS = { minVersion: "TLSv1", ciphers: "DEFAULT:@SECLEVEL=0" } as const;

const contexts = new WeakMap<readonly string[], SecureContext>();
let defaultContext: SecureContext | null = null;

/**
 * The TLS context the probe dials with: the given roots (or Node's bundled
 * store) as the trust anchors for the chain check. Cached per roots array,
 * since parsing some 150 roots for every probe is wasted work.
 */
export function probeSecureContext(trustedCas?: readonly string[]): SecureContext {
  if (trustedCas === undefined) {
    defaultContext ??= createSecureContext({ ...PROBE_TLS_OPTIONS });
    return defaultContext;
  }
  let context = contexts.get(trustedCas);
  if (!context) {
    context = createSecureContext({ ...PROBE_TLS_OPTIONS, ca: [...trustedCas] });
    contexts.set(trustedCas, context);
  }
  return context;
}

// "CN=smtp.example.com\nO=Example" -> the attribute values asked for, in order.
function distinguishedName(dn: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of dn.split("\n")) {
    const eq = line.indexOf("=");
    if (eq > 0 && !fields.has(line.slice(0, eq))) fields.set(line.slice(0, eq), line.slice(eq + 1));
  }
  return fields;
}

function describeName(dn: string): string {
  const fields = distinguishedName(dn);
  const parts = ["CN", "O"].flatMap((key) => (fields.has(key) ? [`${key}=${fields.get(key)}`] : []));
  return parts.length > 0 ? parts.join(", ") : dn.replace(/\n/g, ", ");
}

// "DNS:a.example, IP Address:192.0.2.1" -> ["a.example", "192.0.2.1"]
function alternativeNames(subjectAltName: string | undefined): string[] {
  if (!subjectAltName) return [];
  return subjectAltName
    .split(", ")
    .map((entry) => entry.replace(/^(DNS|IP Address):/, "").replace(/^"(.*)"$/, "$1"))
    .filter((name) => name.length > 0);
}

/** Certificates in the chain Node assembled: the ones the server sent, completed from the trust store. */
function chainLength(leaf: DetailedPeerCertificate): number {
  let count = 1;
  let current = leaf;
  const seen = new Set([leaf.fingerprint256]);
  while (current.issuerCertificate && !seen.has(current.issuerCertificate.fingerprint256)) {
    current = current.issuerCertificate;
    seen.add(current.fingerprint256);
    count++;
  }
  return count;
}

/** The leaf's AIA "CA Issuers" URL: where Outlook for Windows fetches a missing intermediate. */
function issuerUrl(leaf: DetailedPeerCertificate): string | null {
  const urls = (leaf.infoAccess as Record<string, string[] | undefined> | undefined)?.["CA Issuers - URI"];
  const url = urls?.find((candidate) => /^https?:\/\/[\x21-\x7e]{1,300}$/.test(candidate));
  return url ?? null;
}

function isoDate(text: string): string {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? text : new Date(ms).toISOString();
}

/**
 * The server's certificate as the report shows it. `identity` is the name the
 * user asked for (a host name or an IP literal), checked by RFC 6125 rules:
 * subject alternative names only when present, wildcards in the left-most label.
 */
export function describePeerCertificate(
  socket: TLSSocket,
  identity: string,
  now: Date,
): CertificateInfo | null {
  // getPeerCertificate, not getPeerX509Certificate: on Node 20 calling the latter first
  // leaves the former (needed by checkServerIdentity) empty.
  const peer = socket.getPeerCertificate(true);
  if (!peer?.raw) return null;
  const x509 = new X509Certificate(peer.raw);
  // With our own checkServerIdentity disabled at connect time, this is the chain verdict alone.
  const rawError = socket.authorized ? null : (socket.authorizationError as unknown);
  const error = rawError === null ? null : String(rawError);
  const validTo = isoDate(x509.validTo);
  const subject = distinguishedName(x509.subject);
  return {
    subject: subject.get("CN") ?? describeName(x509.subject),
    issuer: describeName(x509.issuer),
    validFrom: isoDate(x509.validFrom),
    validTo,
    daysLeft: Math.floor((Date.parse(validTo) - now.getTime()) / DAY_MS),
    hostnameMatch: checkServerIdentity(identity, peer) === undefined,
    trusted: chainLeadsToTrustedRoot(error),
    error,
    altNames: alternativeNames(x509.subjectAltName),
    fingerprint256: x509.fingerprint256,
    chainLength: chainLength(peer),
    issuerUrl: issuerUrl(peer),
  };
}
