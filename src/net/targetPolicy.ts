// The target guard: which ports and addresses the probe may connect to. The
// server probes hosts that strangers name, so without this it would be a way
// into loopback services, the private network and cloud metadata endpoints.
// The rule is applied to every address a name resolves to, and the probe then
// dials exactly the address that was checked (no second lookup, so no DNS
// rebinding between check and use).
import { ForbiddenTargetError } from "../core/errors.js";
import { parseIpLiteral, parseIpLiteralBytes } from "../core/hostName.js";
import { text, type Text } from "../core/language.js";
import { phraseOf, type Phrase } from "../core/phrase.js";
import { DnsLookupError, type MailDns } from "./dnsResolver.js";

export interface TargetPolicy {
  readonly allowPrivate: boolean;
  readonly probePorts: readonly number[];
}

export function createTargetPolicy(config: {
  allowPrivate: boolean;
  probePorts: readonly number[];
}): TargetPolicy {
  return Object.freeze({
    allowPrivate: config.allowPrivate,
    probePorts: Object.freeze([...config.probePorts]),
  });
}

interface AddressRange {
  cidr: string;
  reason: string;
  /** For prefixes that embed an IPv4 address: the byte offset of that address; it is judged instead. */
  embedsIpv4At?: number;
}

// IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890 and later),
// most specific first. Anything in this table is refused unless allowPrivate.
const IPV4_RANGES: readonly AddressRange[] = [
  { cidr: "0.0.0.0/32", reason: "unspecified" },
  { cidr: "0.0.0.0/8", reason: "this network (RFC 1122)" },
  { cidr: "10.0.0.0/8", reason: "private (RFC 1918)" },
  { cidr: "100.100.100.200/32", reason: "cloud metadata" }, // Alibaba Cloud
  { cidr: "100.64.0.0/10", reason: "carrier-grade NAT (RFC 6598)" },
  { cidr: "127.0.0.0/8", reason: "loopback" },
  { cidr: "169.254.169.254/32", reason: "cloud metadata" }, // AWS, GCP, Azure IMDS, OpenStack
  { cidr: "169.254.170.2/32", reason: "cloud metadata" }, // AWS ECS task metadata
  { cidr: "169.254.0.0/16", reason: "link-local" },
  { cidr: "168.63.129.16/32", reason: "cloud metadata" }, // Azure WireServer, a public-looking host address
  { cidr: "172.16.0.0/12", reason: "private (RFC 1918)" },
  { cidr: "192.0.0.0/24", reason: "reserved (IETF protocol assignments)" },
  { cidr: "192.0.2.0/24", reason: "documentation" },
  { cidr: "192.88.99.0/24", reason: "reserved (6to4 relay anycast, RFC 7526)" },
  { cidr: "192.168.0.0/16", reason: "private (RFC 1918)" },
  { cidr: "198.18.0.0/15", reason: "benchmarking" },
  { cidr: "198.51.100.0/24", reason: "documentation" },
  { cidr: "203.0.113.0/24", reason: "documentation" },
  { cidr: "224.0.0.0/4", reason: "multicast" },
  { cidr: "255.255.255.255/32", reason: "broadcast" },
  { cidr: "240.0.0.0/4", reason: "reserved" },
];

const IPV6_RANGES: readonly AddressRange[] = [
  { cidr: "::/128", reason: "unspecified" },
  { cidr: "::1/128", reason: "loopback" },
  { cidr: "::ffff:0:0/96", reason: "IPv4-mapped", embedsIpv4At: 12 },
  { cidr: "::/96", reason: "IPv4-compatible (deprecated, RFC 4291)" },
  { cidr: "::ffff:0:0:0/96", reason: "reserved (IPv4-translated, RFC 6145)" },
  { cidr: "64:ff9b:1::/48", reason: "reserved (local-use NAT64, RFC 8215)" },
  { cidr: "64:ff9b::/96", reason: "NAT64", embedsIpv4At: 12 },
  { cidr: "100::/64", reason: "reserved (discard-only, RFC 6666)" },
  { cidr: "2001::/32", reason: "Teredo tunnel (RFC 4380)" },
  { cidr: "2001:2::/48", reason: "benchmarking" },
  { cidr: "2001:10::/28", reason: "reserved (ORCHID)" },
  { cidr: "2001:20::/28", reason: "reserved (ORCHIDv2)" },
  { cidr: "2001:db8::/32", reason: "documentation" },
  { cidr: "3fff::/20", reason: "documentation" },
  { cidr: "2002::/16", reason: "6to4", embedsIpv4At: 2 },
  { cidr: "fd00:ec2::254/128", reason: "cloud metadata" }, // AWS IMDS over IPv6
  { cidr: "fc00::/7", reason: "unique local (ULA)" },
  { cidr: "fe80::/10", reason: "link-local" },
  { cidr: "fec0::/10", reason: "site-local" },
  { cidr: "ff00::/8", reason: "multicast" },
];
// Only 2000::/3 is allocated for global unicast; any other IPv6 address is not a host on the internet.
const GLOBAL_UNICAST_V6 = "2000::/3";
const OUTSIDE_GLOBAL_UNICAST = "reserved (outside global unicast 2000::/3)";

interface CompiledRange extends AddressRange {
  bytes: number[];
  bits: number;
}

function compile(ranges: readonly AddressRange[]): CompiledRange[] {
  return ranges.map((range) => {
    const [prefix, bits] = range.cidr.split("/") as [string, string];
    const bytes = parseIpLiteralBytes(prefix);
    if (bytes === null) throw new Error(`bad range ${range.cidr}`);
    return { ...range, bytes, bits: Number(bits) };
  });
}

const COMPILED_V4 = compile(IPV4_RANGES);
const COMPILED_V6 = compile(IPV6_RANGES);
const [COMPILED_GLOBAL_UNICAST_V6] = compile([{ cidr: GLOBAL_UNICAST_V6, reason: "" }]) as [CompiledRange];

function inRange(bytes: number[], range: CompiledRange): boolean {
  for (let bit = 0; bit < range.bits; bit += 8) {
    const width = Math.min(8, range.bits - bit);
    const mask = (0xff << (8 - width)) & 0xff;
    if (((bytes[bit / 8] as number) & mask) !== ((range.bytes[bit / 8] as number) & mask)) return false;
  }
  return true;
}

function classifyBytes(bytes: number[]): string | null {
  const table = bytes.length === 4 ? COMPILED_V4 : COMPILED_V6;
  const range = table.find((r) => inRange(bytes, r));
  if (range) {
    if (range.embedsIpv4At === undefined) return range.reason;
    const embedded = classifyBytes(bytes.slice(range.embedsIpv4At, range.embedsIpv4At + 4));
    return embedded === null ? null : `${range.reason} ${embedded}`;
  }
  if (bytes.length === 16 && !inRange(bytes, COMPILED_GLOBAL_UNICAST_V6)) return OUTSIDE_GLOBAL_UNICAST;
  return null;
}

/** null when the address is public; otherwise why it is not (e.g. "loopback", "private (RFC 1918)"). */
export function classifyAddress(address: string): string | null {
  const bytes = parseIpLiteralBytes(address);
  return bytes === null ? "not an IP address" : classifyBytes(bytes);
}

// Refusals in the user's language (German in src/core/i18n/de/errors.ts). classifyAddress and
// classifyHostName keep answering the English reason; REASON_TEXTS words it.
const REFUSAL = {
  port: text("error.target.port", "port {port} is not one the probe may use (allowed: {allowed})"),
  name: text(
    "error.target.name",
    "{host} is {reason}: Outbox Doctor only connects to hosts on the public internet",
  ),
  address: text(
    "error.target.address",
    "{address} is {reason}: Outbox Doctor only connects to public addresses",
  ),
  resolved: text(
    "error.target.resolved",
    "{host} resolves to {address}, which is {reason}: Outbox Doctor only connects to public addresses",
  ),
  // "IPv4-mapped loopback": the prefix's kind, then what the embedded IPv4 address is.
  embedded: text("error.target.embedded", "{kind} {reason}"),
};

const REASON_TEXTS: ReadonlyMap<string, Text> = new Map(
  (
    [
      ["unspecified", "unspecified"],
      ["this network (RFC 1122)", "thisNetwork"],
      ["private (RFC 1918)", "private"],
      ["cloud metadata", "cloudMetadata"],
      ["carrier-grade NAT (RFC 6598)", "carrierNat"],
      ["loopback", "loopback"],
      ["link-local", "linkLocal"],
      ["reserved (IETF protocol assignments)", "ietfProtocol"],
      ["documentation", "documentation"],
      ["reserved (6to4 relay anycast, RFC 7526)", "relayAnycast"],
      ["benchmarking", "benchmarking"],
      ["multicast", "multicast"],
      ["broadcast", "broadcast"],
      ["reserved", "reserved"],
      ["IPv4-mapped", "ipv4Mapped"],
      ["IPv4-compatible (deprecated, RFC 4291)", "ipv4Compatible"],
      ["reserved (IPv4-translated, RFC 6145)", "ipv4Translated"],
      ["reserved (local-use NAT64, RFC 8215)", "localNat64"],
      ["NAT64", "nat64"],
      ["reserved (discard-only, RFC 6666)", "discardOnly"],
      ["Teredo tunnel (RFC 4380)", "teredo"],
      ["reserved (ORCHID)", "orchid"],
      ["reserved (ORCHIDv2)", "orchidV2"],
      ["6to4", "sixToFour"],
      ["unique local (ULA)", "uniqueLocal"],
      ["site-local", "siteLocal"],
      ["reserved (outside global unicast 2000::/3)", "outsideGlobalUnicast"],
      ["a loopback name (RFC 6761)", "name.loopback"],
      ["a name that never exists (RFC 6761)", "name.invalid"],
      ["reserved for testing (RFC 6761)", "name.test"],
      ["reserved for documentation (RFC 6761)", "name.example"],
      ["a multicast DNS name of a local network (RFC 6762)", "name.local"],
      ["a Tor onion service name (RFC 7686)", "name.onion"],
      ["reserved for non-DNS name systems (RFC 9476)", "name.alt"],
      ["reserved for private networks (ICANN, 2024)", "name.internal"],
      ["a home network name (RFC 8375)", "name.homeArpa"],
      ["a reverse-lookup name, not a host", "name.reverse"],
      ["reserved for resolver discovery (RFC 9462)", "name.resolverArpa"],
    ] as const
  ).map(([en, key]) => [en, { id: `error.target.reason.${key}`, en }]),
);

/** Every reason's text (for the test that each has German). */
export const TARGET_REASON_TEXTS: readonly Text[] = [...REASON_TEXTS.values()];

/**
 * A reason of the tables above as a phrase; an embedded-IPv4 reason ("IPv4-mapped
 * loopback") as its two parts. A reason no table holds stays as it is.
 */
function reasonPhrase(reason: string): Phrase | string {
  const whole = REASON_TEXTS.get(reason);
  if (whole !== undefined) return phraseOf(whole);
  for (const [en, words] of REASON_TEXTS) {
    if (reason.startsWith(`${en} `)) {
      return phraseOf(REFUSAL.embedded, {
        kind: phraseOf(words),
        reason: reasonPhrase(reason.slice(en.length + 1)),
      });
    }
  }
  return reason;
}

export function checkPort(policy: TargetPolicy, port: number): void {
  if (!policy.probePorts.includes(port)) {
    const allowed = [...policy.probePorts].sort((a, b) => a - b).join(", ");
    throw new ForbiddenTargetError(phraseOf(REFUSAL.port, { port, allowed }));
  }
}

/**
 * Special-use domain names: never hosts on the public internet, so they are
 * refused by name before any DNS query (a resolver may answer them from a
 * local zone, or leak the query upstream). Suffix -> why.
 */
const SPECIAL_USE_NAMES: ReadonlyArray<[suffix: string, reason: string]> = [
  ["localhost", "a loopback name (RFC 6761)"],
  ["invalid", "a name that never exists (RFC 6761)"],
  ["test", "reserved for testing (RFC 6761)"],
  ["example", "reserved for documentation (RFC 6761)"],
  ["local", "a multicast DNS name of a local network (RFC 6762)"],
  ["onion", "a Tor onion service name (RFC 7686)"],
  ["alt", "reserved for non-DNS name systems (RFC 9476)"],
  ["internal", "reserved for private networks (ICANN, 2024)"],
  ["home.arpa", "a home network name (RFC 8375)"],
  ["in-addr.arpa", "a reverse-lookup name, not a host"],
  ["ip6.arpa", "a reverse-lookup name, not a host"],
  ["resolver.arpa", "reserved for resolver discovery (RFC 9462)"],
];

/** null when the name may be a public host; otherwise why it is not (special-use names only). */
export function classifyHostName(host: string): string | null {
  const name = host.trim().toLowerCase().replace(/\.$/, "");
  const match = SPECIAL_USE_NAMES.find(([suffix]) => name === suffix || name.endsWith(`.${suffix}`));
  return match === undefined ? null : match[1];
}

/** Refuses special-use names (localhost, *.test, *.local, ...) before any lookup; allowPrivate lifts it for local testing. */
export function checkHostName(policy: TargetPolicy, host: string): void {
  const reason = classifyHostName(host);
  if (reason !== null && !policy.allowPrivate) {
    throw new ForbiddenTargetError(phraseOf(REFUSAL.name, { host, reason: reasonPhrase(reason) }));
  }
}

function refusal(address: string, reason: string, host?: string): ForbiddenTargetError {
  const why = reasonPhrase(reason);
  return new ForbiddenTargetError(
    host === undefined || host === address
      ? phraseOf(REFUSAL.address, { address, reason: why })
      : phraseOf(REFUSAL.resolved, { host, address, reason: why }),
  );
}

export function checkAddress(policy: TargetPolicy, address: string): void {
  const reason = classifyAddress(address);
  if (reason !== null && !policy.allowPrivate) throw refusal(address, reason);
}

async function addressesOf(
  lookup: Promise<string[]>,
): Promise<{ addresses: string[]; error: DnsLookupError | null }> {
  try {
    return { addresses: await lookup, error: null };
  } catch (error) {
    if (error instanceof DnsLookupError) return { addresses: [], error };
    throw error;
  }
}

/**
 * The one address to dial for host. Every A and AAAA answer is checked, so a
 * name with one public and one loopback address is refused as a whole. IPv4
 * is preferred because many networks still lack an IPv6 route.
 */
export async function resolveTargetAddress(
  host: string,
  dns: MailDns,
  policy: TargetPolicy,
): Promise<string> {
  const literal = parseIpLiteral(host);
  if (literal !== null) {
    checkAddress(policy, literal.address);
    return literal.address;
  }
  checkHostName(policy, host);
  const [v4, v6] = await Promise.all([addressesOf(dns.resolve4(host)), addressesOf(dns.resolve6(host))]);
  const answers = [...v4.addresses, ...v6.addresses];
  if (answers.length === 0) {
    const errors = [v4.error, v6.error].filter((e): e is DnsLookupError => e !== null);
    // Prefer the error that explains most: a SERVFAIL or timeout over "no AAAA records".
    const telling = errors.find((e) => e.kind !== "nodata" && e.kind !== "nxdomain") ?? errors[0];
    throw telling ?? new DnsLookupError("nodata", host, `${host} has no A or AAAA records`);
  }
  const addresses: string[] = [];
  for (const answer of answers) {
    // The dialled value must be an address: a name here would make the socket look it up again.
    const parsed = parseIpLiteral(answer);
    if (parsed === null)
      throw new DnsLookupError("other", host, `DNS answer for ${host} is not an IP address`);
    const reason = classifyAddress(parsed.address);
    if (reason !== null && !policy.allowPrivate) throw refusal(parsed.address, reason, host);
    addresses.push(parsed.address);
  }
  return addresses[0] as string;
}
