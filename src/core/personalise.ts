// Discovery answers are shared between users only in their domain-level form:
// server entries whose user names and host names carry the clientConfig
// placeholders (%EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN%), never one
// user's values. This module decides whether an entry is shareable, turns the
// placeholders an autoconfig server echoed back into templates, and fills the
// templates for one address. Pure: the network side (src/net/discovery) calls it.
import { InputError } from "./errors.js";
import { validateHostInput } from "./hostName.js";

export const PLACEHOLDERS = ["%EMAILADDRESS%", "%EMAILLOCALPART%", "%EMAILDOMAIN%"] as const;

export interface AddressParts {
  /** The whole address, local part as typed. */
  address: string;
  localPart: string;
  /** ASCII lowercase domain. */
  domain: string;
}

/** A server entry before it is made personal: user name and host may hold placeholders. */
export interface ServerTemplateFields {
  host: string;
  usernameTemplate: string;
}

/**
 * The address sent as `emailaddress=` when an autoconfig file is fetched for
 * the shared cache. It is a syntactically valid address (RFC 5322 allows "%"
 * in a local part), so servers that fill in what they receive echo our
 * placeholder instead of a real user's name, and their answer stays a
 * template every address can share. No real address ever leaves for a cache fill.
 */
export function placeholderAddress(domain: string): string {
  return `%EMAILLOCALPART%@${domain}`;
}

const ANY_PLACEHOLDER = /%(EMAILADDRESS|EMAILLOCALPART|EMAILDOMAIN)%/gi;

/** Placeholders as a server echoed them (any case) in their canonical spelling. */
export function canonicalPlaceholders(value: string): string {
  return value.replace(ANY_PLACEHOLDER, (_whole, name: string) => `%${name.toUpperCase()}%`);
}

export function hasPlaceholder(value: string): boolean {
  return new RegExp(ANY_PLACEHOLDER.source, "i").test(value);
}

/** A host that depends on who asks (it holds the local part or the whole address). */
export function isPerUserHost(host: string): boolean {
  return /%EMAIL(ADDRESS|LOCALPART)%/i.test(host);
}

/**
 * A user name written out literally: the same for everyone who asks, so either
 * one user's name (a server that looked the asker up) or a shared account.
 * Neither may be shown to other users.
 */
export function isLiteralUsername(usernameTemplate: string): boolean {
  return !hasPlaceholder(usernameTemplate);
}

/**
 * Whether a value fetched for `asked` carries that user's data: their local
 * part or address appears in it. Values fetched with placeholderAddress()
 * never do; this is the check that keeps it so.
 */
export function containsUserData(value: string, asked: AddressParts): boolean {
  if (asked.localPart.length === 0 || hasPlaceholder(asked.localPart)) return false;
  const lower = value.toLowerCase();
  return lower.includes(asked.address.toLowerCase()) || lower.includes(asked.localPart.toLowerCase());
}

export interface Shareability {
  /** True when the entries may be cached per domain and shown to every address there. */
  shareable: boolean;
  /** Why not, one reason per offending entry. */
  reasons: string[];
}

/**
 * Decides whether server entries fetched for `asked` (null when only
 * placeholders were sent) can be shared by every address of the domain: no
 * literal user name, and nothing of the asker's own address.
 */
export function shareability(
  entries: readonly ServerTemplateFields[],
  asked: AddressParts | null,
): Shareability {
  const reasons: string[] = [];
  for (const entry of entries) {
    if (isLiteralUsername(entry.usernameTemplate)) reasons.push(`${entry.host}: literal user name`);
    else if (asked && containsUserData(entry.usernameTemplate, asked))
      reasons.push(`${entry.host}: user name of the address asked for`);
    if (asked && containsUserData(entry.host, asked))
      reasons.push(`${entry.host}: host of the address asked for`);
  }
  return { shareable: reasons.length === 0, reasons };
}

/** Fills the placeholders for one address. */
export function fillPlaceholders(template: string, parts: AddressParts): string {
  return canonicalPlaceholders(template)
    .replace(/%EMAILADDRESS%/g, parts.address)
    .replace(/%EMAILLOCALPART%/g, parts.localPart)
    .replace(/%EMAILDOMAIN%/g, parts.domain);
}

/**
 * The host of a template for one address: placeholders filled (the local part
 * lowercased, as host names are), then validated as any host name. Returns an
 * error message when the result is not a usable host (a local part with "+"
 * or "_" cannot be part of one).
 */
export function personaliseHost(host: string, parts: AddressParts): { host: string } | { error: string } {
  if (!hasPlaceholder(host)) return { host };
  const filled = fillPlaceholders(host, {
    address: parts.address.toLowerCase(),
    localPart: parts.localPart.toLowerCase(),
    domain: parts.domain,
  });
  try {
    return { host: validateHostInput(filled) };
  } catch (error) {
    return { error: error instanceof InputError ? error.message : "not a valid host name" };
  }
}
