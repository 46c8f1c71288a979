// Thunderbird clientConfig 1.1 documents (provider autoconfig and the ISPDB)
// turned into outgoing (SMTP) and incoming (IMAP, POP3) server templates. The XML comes from the network, so it is
// untrusted: size-limited, refused when it declares a DOCTYPE or entities
// (billion laughs, external entities), parsed with entity processing off, and
// every value validated before use.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { InputError } from "../core/errors.js";
import { text as defineText, type Text } from "../core/language.js";
import { phraseOf, type PhraseValue, type Worded } from "../core/phrase.js";
import { validateHostInput } from "../core/hostName.js";
import {
  canonicalPlaceholders,
  fillPlaceholders,
  isLiteralUsername,
  isPerUserHost,
  personaliseHost,
  type AddressParts,
} from "../core/personalise.js";
import type { AuthMethod, IncomingProtocol, IncomingServer, Security, Server } from "../core/types.js";

/** Documents larger than this are refused (real ones are a few KiB). */
export const MAX_CLIENT_CONFIG_BYTES = 256 * 1024;
/** Entries read per kind; a document listing thousands costs no more than this. */
const MAX_SERVERS_PER_KIND = 10;

export class AutoconfigXmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AutoconfigXmlError";
  }
}

/** A server as the document describes it, before it is made personal for one address. */
export interface OutgoingServerTemplate {
  /** Lowercase host; holds %EMAILLOCALPART% or %EMAILADDRESS% when perUserHost. */
  host: string;
  port: number;
  security: Security;
  auth: AuthMethod[];
  /** The user name with %EMAILADDRESS%, %EMAILLOCALPART% or %EMAILDOMAIN% still in it. */
  usernameTemplate: string;
  /** Remarks about this server (e.g. authentication by client address), worded per language later. */
  notes: Worded[];
  /** The host depends on the address (filled in per address, never shared filled in). */
  perUserHost?: boolean;
}

export interface IncomingServerTemplate extends OutgoingServerTemplate {
  protocol: IncomingProtocol;
}

export interface ClientConfig {
  /** emailProvider id="..." when it is a plain domain-like token. */
  providerId: string | null;
  displayName: string | null;
  /** Encrypted servers first, then plaintext ones; document order otherwise. */
  outgoing: OutgoingServerTemplate[];
  /** IMAP before POP3, encrypted before plaintext; document order otherwise. */
  incoming: IncomingServerTemplate[];
  /** Why outgoingServer and incomingServer entries were ignored. */
  skipped: Worded[];
}

const SOCKET_TYPES: Record<string, Security> = { SSL: "tls", STARTTLS: "starttls", plain: "none" };

// clientConfig authentication values we can act on; others (NTLM, GSSAPI,
// TLS-client-cert, smtp-after-pop...) are ignored.
const AUTH_METHODS: Record<string, AuthMethod> = {
  OAuth2: "oauth2",
  "password-cleartext": "password",
  "password-encrypted": "password",
  none: "none",
  "client-IP-address": "none",
};

// eslint-disable-next-line no-control-regex -- control characters make a user name unusable
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

const PLACEHOLDERS = new Set(["%EMAILADDRESS%", "%EMAILLOCALPART%", "%EMAILDOMAIN%"]);

export const PLAINTEXT_WARNING =
  "Not encrypted: your password and messages would cross the network readable by anyone on the path. Use an encrypted server instead (RFC 8314).";

/** PLAINTEXT_WARNING as a text of every language (discovery words it per request). */
export const PLAINTEXT_WARNING_TEXT = defineText("discovery.plaintextWarning", PLAINTEXT_WARNING);

// Why a server entry of a document was ignored; {label} is e.g. "outgoingServer 2".
const SKIPPED_SERVER = {
  notElement: defineText("discovery.skipped.notElement", "{label}: not an element"),
  type: defineText("discovery.skipped.type", '{label}: type "{type}" is not {expected}'),
  noHostname: defineText("discovery.skipped.noHostname", "{label}: no hostname"),
  badHostname: defineText(
    "discovery.skipped.badHostname",
    '{label}: "{hostname}" is not a usable server name',
  ),
  port: defineText("discovery.skipped.port", '{label} ({host}): port "{port}" is not 1-65535'),
  socketType: defineText(
    "discovery.skipped.socketType",
    '{label} ({host}): socketType "{socketType}" is not SSL, STARTTLS or plain',
  ),
  noAuth: defineText("discovery.skipped.noAuth", "{label} ({host}): no usable authentication method"),
  authIgnored: defineText(
    "discovery.skipped.authIgnored",
    "{label} ({host}): no usable authentication method ({methods})",
  ),
} as const;

// Remarks on a document's servers, worded per language when an answer is made personal.
const TEMPLATE_NOTE = {
  clientAddress: defineText(
    "discovery.template.clientAddress",
    "{host} authenticates by your network address (client-IP-address): it works only from the provider's network.",
  ),
  unusableUserName: defineText(
    "discovery.template.unusableUserName",
    '{host}: the document\'s user name "{name}" is not usable; your full address is the usual one.',
  ),
  fixedUserName: defineText(
    "discovery.template.fixedUserName",
    "{host}: the document names one fixed user name rather than one for your address; your full address is the usual one.",
  ),
  tooManyEntries: defineText(
    "discovery.template.tooManyEntries",
    "only the first {max} of {count} {kind} entries were read",
  ),
} as const;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  trimValues: true,
  maxNestedTags: 32,
  isArray: (name) => ["emailProvider", "outgoingServer", "incomingServer", "authentication"].includes(name),
});

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The five predefined XML entities and character references; nothing else is expanded. */
function decodeText(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return XML_ENTITIES[name] ?? whole;
  });
}

function text(node: unknown): string | null {
  if (typeof node === "string") return decodeText(node).trim();
  if (node !== null && typeof node === "object" && "#text" in node) {
    const value = (node as Record<string, unknown>)["#text"];
    return typeof value === "string" ? decodeText(value).trim() : null;
  }
  return null;
}

function asArray(node: unknown): unknown[] {
  if (node === undefined || node === null) return [];
  return Array.isArray(node) ? node : [node];
}

function cleanLabel(value: string | null, max: number): string | null {
  if (value === null) return null;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const cleaned = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, "").trim();
  return cleaned.length > 0 ? cleaned.slice(0, max) : null;
}

type ServerKind = "outgoingServer" | "incomingServer";

const SERVER_TYPES: Record<ServerKind, readonly string[]> = {
  outgoingServer: ["smtp"],
  incomingServer: ["imap", "pop3"],
};

/** Checks a host that may hold a placeholder: filled with a sample address, it must be a valid name. */
function readHost(hostText: string, emailDomain: string): string {
  const host = canonicalPlaceholders(hostText).replace(/%EMAILDOMAIN%/g, emailDomain);
  if (!isPerUserHost(host)) return validateHostInput(host);
  const sample = personaliseHost(host, {
    address: `user@${emailDomain}`,
    localPart: "user",
    domain: emailDomain,
  });
  if ("error" in sample) throw new InputError(sample.error);
  return host.toLowerCase().replace(/%email(address|localpart)%/g, (p) => p.toUpperCase());
}

function readServer(
  kind: ServerKind,
  node: unknown,
  emailDomain: string,
  index: number,
): IncomingServerTemplate | { skipped: Worded } {
  const label = `${kind} ${index + 1}`;
  const skip = (words: Text, values: Readonly<Record<string, PhraseValue>> = {}, original?: string) => ({
    skipped: phraseOf(words, { label, ...values }, original),
  });
  if (node === null || typeof node !== "object") return skip(SKIPPED_SERVER.notElement);
  const fields = node as Record<string, unknown>;
  const type = fields["@_type"];
  if (typeof type !== "string" || !SERVER_TYPES[kind].includes(type))
    return skip(
      SKIPPED_SERVER.type,
      { type: String(type).slice(0, 40), expected: SERVER_TYPES[kind].join(" / ") },
      `${label}: type "${String(type).slice(0, 40)}" is not ${SERVER_TYPES[kind].join(" or ")}`,
    );

  const hostText = text(fields.hostname);
  if (!hostText) return skip(SKIPPED_SERVER.noHostname);
  let host: string;
  try {
    host = readHost(hostText, emailDomain);
  } catch (error) {
    return skip(
      SKIPPED_SERVER.badHostname,
      { hostname: hostText.slice(0, 80) },
      `${label}: ${error instanceof InputError ? error.message : "invalid hostname"}`,
    );
  }

  const portText = text(fields.port) ?? "";
  const port = Number(portText);
  if (!/^\d{1,5}$/.test(portText) || port < 1 || port > 65535)
    return skip(SKIPPED_SERVER.port, { host, port: portText.slice(0, 20) });

  const socketType = text(fields.socketType) ?? "";
  const security = SOCKET_TYPES[socketType];
  if (security === undefined)
    return skip(SKIPPED_SERVER.socketType, { host, socketType: socketType.slice(0, 40) });

  const notes: Worded[] = [];
  const auth: AuthMethod[] = [];
  const ignored: string[] = [];
  for (const entry of asArray(fields.authentication)) {
    const value = text(entry) ?? "";
    const method = AUTH_METHODS[value];
    if (method === undefined) {
      ignored.push(value);
      continue;
    }
    if (!auth.includes(method)) auth.push(method);
    if (value === "client-IP-address") {
      notes.push(phraseOf(TEMPLATE_NOTE.clientAddress, { host }));
    }
  }
  if (auth.length === 0) {
    return ignored.length > 0
      ? skip(SKIPPED_SERVER.authIgnored, { host, methods: ignored.map((m) => m.slice(0, 40)).slice(0, 10) })
      : skip(SKIPPED_SERVER.noAuth, { host });
  }

  let usernameTemplate = canonicalPlaceholders(text(fields.username) ?? "%EMAILADDRESS%");
  const unknown = (usernameTemplate.match(/%[A-Z]+%/g) ?? []).filter((p) => !PLACEHOLDERS.has(p));
  if (
    unknown.length > 0 ||
    usernameTemplate.length === 0 ||
    usernameTemplate.length > 256 ||
    CONTROL_CHARACTERS.test(usernameTemplate)
  ) {
    notes.push(phraseOf(TEMPLATE_NOTE.unusableUserName, { host, name: usernameTemplate.slice(0, 40) }));
    usernameTemplate = "%EMAILADDRESS%";
  } else if (isLiteralUsername(usernameTemplate)) {
    // The same name for everyone who asks: one user's name or a shared
    // account. Either way it is not shown to other users (issue 11).
    notes.push(phraseOf(TEMPLATE_NOTE.fixedUserName, { host }));
    usernameTemplate = "%EMAILADDRESS%";
  }
  const template: IncomingServerTemplate = {
    protocol: type === "pop3" ? "pop3" : "imap",
    host,
    port,
    security,
    auth,
    usernameTemplate,
    notes,
  };
  if (isPerUserHost(host)) template.perUserHost = true;
  return template;
}

const encryptedFirst = <T extends { security: Security }>(servers: T[]): T[] => [
  ...servers.filter((s) => s.security !== "none"),
  ...servers.filter((s) => s.security === "none"),
];

function readServers(
  kind: ServerKind,
  entries: unknown[],
  emailDomain: string,
  skipped: Worded[],
): IncomingServerTemplate[] {
  if (entries.length > MAX_SERVERS_PER_KIND)
    skipped.push(
      phraseOf(TEMPLATE_NOTE.tooManyEntries, { max: MAX_SERVERS_PER_KIND, count: entries.length, kind }),
    );
  const servers: IncomingServerTemplate[] = [];
  entries.slice(0, MAX_SERVERS_PER_KIND).forEach((entry, index) => {
    const server = readServer(kind, entry, emailDomain, index);
    if ("skipped" in server) skipped.push(server.skipped);
    else servers.push(server);
  });
  return servers;
}

/**
 * The outgoing servers of a clientConfig document for an address at
 * `emailDomain` (used for %EMAILDOMAIN% in host names). Throws
 * AutoconfigXmlError when the document is refused or not a clientConfig.
 */
export function parseClientConfig(xml: string, emailDomain: string): ClientConfig {
  if (Buffer.byteLength(xml, "utf8") > MAX_CLIENT_CONFIG_BYTES) {
    throw new AutoconfigXmlError(`document larger than ${MAX_CLIENT_CONFIG_BYTES} bytes`);
  }
  // DTDs are the vehicle of entity expansion (billion laughs) and external
  // entities (XXE); clientConfig never needs one.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml))
    throw new AutoconfigXmlError("document declares a DOCTYPE or entities, which are refused");
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw new AutoconfigXmlError(`not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  let document: Record<string, unknown>;
  try {
    document = parser.parse(xml) as Record<string, unknown>;
  } catch (error) {
    throw new AutoconfigXmlError(`XML could not be parsed (${(error as Error).message})`);
  }
  const root = document.clientConfig;
  if (root === null || typeof root !== "object") throw new AutoconfigXmlError("not a clientConfig document");
  const provider = asArray((root as Record<string, unknown>).emailProvider)[0];
  if (provider === null || typeof provider !== "object")
    throw new AutoconfigXmlError("clientConfig has no emailProvider");
  const fields = provider as Record<string, unknown>;

  const idText = typeof fields["@_id"] === "string" ? decodeText(fields["@_id"]) : "";
  const providerId = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(idText) ? idText.toLowerCase() : null;
  const displayName = cleanLabel(text(fields.displayName), 100);

  const skipped: Worded[] = [];
  const outgoing = readServers("outgoingServer", asArray(fields.outgoingServer), emailDomain, skipped).map(
    ({ protocol: _protocol, ...server }): OutgoingServerTemplate => server,
  );
  const incoming = readServers("incomingServer", asArray(fields.incomingServer), emailDomain, skipped);
  // Plaintext servers are never recommended first; IMAP keeps mail on the server for every device.
  return {
    providerId,
    displayName,
    outgoing: encryptedFirst(outgoing),
    incoming: [
      ...encryptedFirst(incoming.filter((s) => s.protocol === "imap")),
      ...encryptedFirst(incoming.filter((s) => s.protocol === "pop3")),
    ],
    skipped,
  };
}

export type { AddressParts };

export function fillUsername(template: string, address: AddressParts): string {
  return fillPlaceholders(template, address);
}

/** The Server for one address; plaintext servers carry a warning. Throws InputError when a per-user host does not fill into a valid name. */
export function serverFromTemplate(template: OutgoingServerTemplate, address: AddressParts): Server {
  const filled = personaliseHost(template.host, address);
  if ("error" in filled) throw new InputError(`${template.host} for ${address.address}: ${filled.error}`);
  const server: Server = {
    host: filled.host,
    port: template.port,
    security: template.security,
    auth: [...template.auth],
    username: fillUsername(template.usernameTemplate, address),
  };
  if (template.security === "none") server.warning = PLAINTEXT_WARNING;
  return server;
}

/** The IncomingServer for one address; plaintext servers carry a warning. Throws like serverFromTemplate. */
export function incomingFromTemplate(
  template: IncomingServerTemplate,
  address: AddressParts,
): IncomingServer {
  return { protocol: template.protocol, ...serverFromTemplate(template, address) };
}
