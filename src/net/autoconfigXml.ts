// Thunderbird clientConfig 1.1 documents (provider autoconfig and the ISPDB)
// turned into outgoing servers. The XML comes from the network, so it is
// untrusted: size-limited, refused when it declares a DOCTYPE or entities
// (billion laughs, external entities), parsed with entity processing off, and
// every value validated before use.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { InputError } from "../core/errors.js";
import { validateHostInput } from "../core/hostName.js";
import type { AuthMethod, Security, Server } from "../core/types.js";

/** Documents larger than this are refused (real ones are a few KiB). */
export const MAX_CLIENT_CONFIG_BYTES = 256 * 1024;
const MAX_OUTGOING_SERVERS = 10;

export class AutoconfigXmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AutoconfigXmlError";
  }
}

export interface OutgoingServerTemplate {
  host: string;
  port: number;
  security: Security;
  auth: AuthMethod[];
  /** The user name with %EMAILADDRESS%, %EMAILLOCALPART% or %EMAILDOMAIN% still in it. */
  usernameTemplate: string;
  /** Remarks about this server (e.g. authentication by client address). */
  notes: string[];
}

export interface ClientConfig {
  /** emailProvider id="..." when it is a plain domain-like token. */
  providerId: string | null;
  displayName: string | null;
  /** Encrypted servers first, then plaintext ones; document order otherwise. */
  outgoing: OutgoingServerTemplate[];
  /** Why outgoingServer entries were ignored. */
  skipped: string[];
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

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  trimValues: true,
  maxNestedTags: 32,
  isArray: (name) => ["emailProvider", "outgoingServer", "authentication"].includes(name),
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

function readServer(node: unknown, emailDomain: string, index: number): OutgoingServerTemplate | string {
  const label = `outgoingServer ${index + 1}`;
  if (node === null || typeof node !== "object") return `${label}: not an element`;
  const fields = node as Record<string, unknown>;
  const type = fields["@_type"];
  if (type !== "smtp") return `${label}: type "${String(type)}" is not smtp`;

  const hostText = text(fields.hostname);
  if (!hostText) return `${label}: no hostname`;
  let host: string;
  try {
    host = validateHostInput(hostText.replace(/%EMAILDOMAIN%/g, emailDomain));
  } catch (error) {
    return `${label}: ${error instanceof InputError ? error.message : "invalid hostname"}`;
  }

  const portText = text(fields.port) ?? "";
  const port = Number(portText);
  if (!/^\d{1,5}$/.test(portText) || port < 1 || port > 65535)
    return `${label} (${host}): port "${portText}" is not 1-65535`;

  const socketType = text(fields.socketType) ?? "";
  const security = SOCKET_TYPES[socketType];
  if (security === undefined)
    return `${label} (${host}): socketType "${socketType}" is not SSL, STARTTLS or plain`;

  const notes: string[] = [];
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
      notes.push(
        `${host} authenticates by your network address (client-IP-address): it works only from the provider's network.`,
      );
    }
  }
  if (auth.length === 0) {
    return `${label} (${host}): no usable authentication method${ignored.length > 0 ? ` (${ignored.join(", ")})` : ""}`;
  }

  let usernameTemplate = text(fields.username) ?? "%EMAILADDRESS%";
  const unknown = (usernameTemplate.match(/%[A-Z]+%/g) ?? []).filter((p) => !PLACEHOLDERS.has(p));
  if (
    unknown.length > 0 ||
    usernameTemplate.length === 0 ||
    usernameTemplate.length > 256 ||
    CONTROL_CHARACTERS.test(usernameTemplate)
  ) {
    notes.push(
      `${host}: the document's user name "${usernameTemplate.slice(0, 40)}" is not usable; your full address is the usual one.`,
    );
    usernameTemplate = "%EMAILADDRESS%";
  }
  return { host, port, security, auth, usernameTemplate, notes };
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

  const outgoing: OutgoingServerTemplate[] = [];
  const skipped: string[] = [];
  const entries = asArray(fields.outgoingServer);
  if (entries.length > MAX_OUTGOING_SERVERS)
    skipped.push(`only the first ${MAX_OUTGOING_SERVERS} of ${entries.length} outgoing servers were read`);
  entries.slice(0, MAX_OUTGOING_SERVERS).forEach((entry, index) => {
    const server = readServer(entry, emailDomain, index);
    if (typeof server === "string") skipped.push(server);
    else outgoing.push(server);
  });
  // Plaintext servers are never recommended first.
  const ordered = [
    ...outgoing.filter((s) => s.security !== "none"),
    ...outgoing.filter((s) => s.security === "none"),
  ];
  return { providerId, displayName, outgoing: ordered, skipped };
}

export interface AddressParts {
  address: string;
  localPart: string;
  domain: string;
}

export function fillUsername(template: string, address: AddressParts): string {
  return template
    .replace(/%EMAILADDRESS%/g, address.address)
    .replace(/%EMAILLOCALPART%/g, address.localPart)
    .replace(/%EMAILDOMAIN%/g, address.domain);
}

/** The Server for one address; plaintext servers carry a warning. */
export function serverFromTemplate(template: OutgoingServerTemplate, address: AddressParts): Server {
  const server: Server = {
    host: template.host,
    port: template.port,
    security: template.security,
    auth: [...template.auth],
    username: fillUsername(template.usernameTemplate, address),
  };
  if (template.security === "none") server.warning = PLAINTEXT_WARNING;
  return server;
}
