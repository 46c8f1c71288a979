// The schema check for the provider database (DESIGN.md: "the provider
// database is data checked by a schema test"). It takes unknown input so
// tests can prove it rejects malformed entries, not only that today's data passes.
import {
  ACCOUNT_TYPES,
  type AuthMethod,
  type IncomingProtocol,
  type OutlookAccountType,
  type Security,
} from "./types.js";

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
const DOMAIN = new RegExp(`^(?=.{1,253}$)${LABEL}(?:\\.${LABEL})+$`);
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;
// See Provider.mxPatterns: optional leading "*." then labels where "*" may stand for part of a label.
const MX_PATTERN = /^(?:\*\.)?(?:[a-z0-9*](?:[a-z0-9*-]*[a-z0-9*])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const SECURITIES: readonly Security[] = ["starttls", "tls", "none"];
const PROTOCOLS: readonly IncomingProtocol[] = ["imap", "pop3"];
const NOTE_ID = /^provider\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*$/;

/**
 * Help-centre home pages that were once used as `docs` (docs/providers.md):
 * a settings article is a deep link, so these are refused unless the entry is
 * marked unverified.
 */
export const KNOWN_HELP_CENTRE_HOME_PAGES: readonly string[] = [
  "https://www.proximus.be/support/",
  "https://www.a1.net/hilfe-support",
  "https://support.bell.ca/internet/email",
  "https://www.virginmedia.com/help/email",
  "https://help.ovhcloud.com/",
  "https://docs.rackspace.com/",
  "https://help.one.com/hc/en-us",
  "https://napoveda.seznam.cz/cz/email/",
  "https://service.mail.qq.com/",
  "https://help.mail.163.com/",
  "https://support.yahoo-net.jp/PccMail/s/",
  "https://tuta.com/support",
  "https://www.ziggo.nl/klantenservice/e-mail",
];

// Path segments that name a help centre or one of its sections, not an article.
const GENERIC_SEGMENTS = new Set(
  `help hilfe hilfe-support support hc en en-us en-gb de fr it s pccmail cz kb faq assistance assistenza aide ajuda
   pomoc napoveda guide guida guides portal internet email e-mail mail home customer-service kundenservice
   klantenservice service services servizi`.split(/\s+/),
);
const AUTH_METHODS: readonly AuthMethod[] = ["oauth2", "password", "app-password", "none"];
const USERNAME_FORMS = ["email", "localpart"];

type Entry = Record<string, unknown>;

function isObject(value: unknown): value is Entry {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "";
}

function stringArray(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((item) => typeof item === "string") ? (value as string[]) : null;
}

function todayIso(now: Date): string {
  return now.toISOString().slice(0, 10);
}

function checkDate(value: unknown, today: string): string | null {
  if (typeof value !== "string") return "checked is missing (YYYY-MM-DD)";
  const match = ISO_DATE.exec(value);
  if (!match) return `checked "${value}" is not a YYYY-MM-DD date`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return `checked "${value}" is not a real date`;
  }
  if (value > today) return `checked "${value}" is in the future`;
  return null;
}

/** True for a help centre's home page or section index rather than a settings article. */
export function isHelpCentreHomePage(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const normalised = `${url.origin}${url.pathname}`.replace(/\/+$/, "");
  if (KNOWN_HELP_CENTRE_HOME_PAGES.some((home) => home.replace(/\/+$/, "") === normalised)) return true;
  const segments = url.pathname
    .split("/")
    .filter((segment) => segment !== "")
    .map((segment) => segment.toLowerCase());
  return url.search === "" && segments.every((segment) => GENERIC_SEGMENTS.has(segment));
}

function checkDocs(value: unknown, unverified: boolean): string | null {
  if (!isNonEmptyString(value)) return "docs (the source URL) is missing";
  try {
    const url = new URL(value);
    if (url.protocol !== "https:" || !url.hostname.includes("."))
      return `docs "${value}" is not an https URL`;
  } catch {
    return `docs "${value}" is not a URL`;
  }
  if (!unverified && isHelpCentreHomePage(value)) {
    return `docs "${value}" is a help centre's home page, not the settings article (link the article, or mark the entry unverified)`;
  }
  return null;
}

function isText(value: unknown): value is { id: string; en: string } {
  return isObject(value) && typeof value.id === "string" && typeof value.en === "string";
}

/** The text ids and English of every note and hint, so one id never carries two wordings. */
type TextOwners = Map<string, { en: string; owner: string }>;

function checkText(value: unknown, where: string, owner: string, texts: TextOwners): string[] {
  if (!isText(value)) return [`${where} is not a text ({ id, en })`];
  const errors: string[] = [];
  if (!NOTE_ID.test(value.id)) errors.push(`${where} id "${value.id}" does not start with "provider."`);
  if (value.en.trim() === "") errors.push(`${where} ("${value.id}") is empty`);
  const previous = texts.get(value.id);
  if (previous && previous.en !== value.en) {
    errors.push(`${where} id "${value.id}" has another English wording in ${previous.owner}`);
  } else if (!previous) texts.set(value.id, { en: value.en, owner });
  return errors;
}

function checkIncoming(value: unknown, where: string, servers: unknown): string[] {
  if (!Array.isArray(value)) return [`${where} must be a list (IMAP first; empty only without any servers)`];
  const errors: string[] = [];
  if (value.length === 0 && Array.isArray(servers) && servers.length > 0) {
    errors.push(`${where} is empty although the provider has outgoing servers`);
  }
  let seenPop3 = false;
  value.forEach((server, index) => {
    const at = `${where}[${index}]`;
    if (!isObject(server)) return;
    if (!PROTOCOLS.includes(server.protocol as IncomingProtocol)) {
      errors.push(`${at}.protocol ${JSON.stringify(server.protocol)} is not imap or pop3`);
    }
    if (server.protocol === "pop3") seenPop3 = true;
    else if (server.protocol === "imap" && seenPop3)
      errors.push(`${at} is IMAP listed after POP3 (IMAP first)`);
  });
  return [...errors, ...checkServers(value, where)];
}

function checkAuthList(value: unknown, where: string): string[] {
  const list = stringArray(value);
  if (!list || list.length === 0) return [`${where} must be a non-empty list`];
  const errors = list
    .filter((method) => !AUTH_METHODS.includes(method as AuthMethod))
    .map((method) => `${where} has unknown method "${method}"`);
  if (new Set(list).size !== list.length) errors.push(`${where} lists a method twice`);
  return errors;
}

function checkServers(value: unknown, where: string): string[] {
  if (!Array.isArray(value)) return [`${where} must be a list`];
  const errors: string[] = [];
  value.forEach((server, index) => {
    const at = `${where}[${index}]`;
    if (!isObject(server)) {
      errors.push(`${at} is not an object`);
      return;
    }
    const host = server.host;
    if (typeof host !== "string" || !(DOMAIN.test(host) || IPV4.test(host))) {
      errors.push(`${at}.host ${JSON.stringify(host)} is not a lowercase host name or IPv4 address`);
    }
    const port = server.port;
    if (typeof port !== "number" || !Number.isInteger(port) || port < 1 || port > 65535) {
      errors.push(`${at}.port ${JSON.stringify(port)} is not a port number (1-65535)`);
    }
    if (!SECURITIES.includes(server.security as Security)) {
      errors.push(`${at}.security ${JSON.stringify(server.security)} is not starttls, tls or none`);
    }
    if (server.security === "none" && !isNonEmptyString(server.warning)) {
      errors.push(`${at} is not encrypted (security "none") and has no warning`);
    }
    if (server.warning !== undefined && !isNonEmptyString(server.warning))
      errors.push(`${at}.warning is empty`);
    if (server.auth !== undefined) errors.push(...checkAuthList(server.auth, `${at}.auth`));
  });
  return errors;
}

/**
 * Checks every entry against the Provider shape and the cross-entry rules
 * (unique ids, mailbox domains, MX patterns and Outlook account types).
 * Returns one human-readable problem per line; empty means valid.
 */
export function validateProviderDatabase(providers: readonly unknown[], now: Date = new Date()): string[] {
  const errors: string[] = [];
  const today = todayIso(now);
  const idOwner = new Map<string, number>();
  const domainOwner = new Map<string, string>();
  const mxOwner = new Map<string, string>();
  const accountTypeOwner = new Map<string, string>();
  const texts: TextOwners = new Map();

  const claim = (owners: Map<string, string>, key: string, owner: string, what: string, at: string): void => {
    const previous = owners.get(key);
    if (previous !== undefined) errors.push(`${at}: ${what} "${key}" is already used by ${previous}`);
    else owners.set(key, owner);
  };

  providers.forEach((entry, index) => {
    if (!isObject(entry)) {
      errors.push(`providers[${index}] is not an object`);
      return;
    }
    const id = entry.id;
    const at = `providers[${index}]${typeof id === "string" ? ` (${id})` : ""}`;
    const push = (problem: string | null) => {
      if (problem) errors.push(`${at}: ${problem}`);
    };

    if (typeof id !== "string" || !ID.test(id)) push(`id ${JSON.stringify(id)} is not kebab-case`);
    else if (idOwner.has(id)) push(`id "${id}" is used twice`);
    else idOwner.set(id, index);
    const owner = typeof id === "string" ? id : at;

    if (!isNonEmptyString(entry.name)) push("name is missing");

    const domains = stringArray(entry.domains);
    if (!domains) push("domains must be a list of strings");
    const suffixes = entry.domainSuffixes === undefined ? [] : stringArray(entry.domainSuffixes);
    if (!suffixes) push("domainSuffixes must be a list of strings");
    // A suffix may repeat one of the entry's own domains: that domain and its subdomains (so-net.ne.jp).
    const ownSuffixes = (suffixes ?? []).filter((suffix) => !(domains ?? []).includes(suffix));
    for (const domain of [...(domains ?? []), ...ownSuffixes]) {
      if (!DOMAIN.test(domain)) push(`domain "${domain}" is not a lowercase ASCII domain name`);
      else claim(domainOwner, domain, owner, "domain", at);
    }

    const mxPatterns = stringArray(entry.mxPatterns);
    if (!mxPatterns) push("mxPatterns must be a list of strings");
    for (const pattern of mxPatterns ?? []) {
      if (!MX_PATTERN.test(pattern)) push(`MX pattern "${pattern}" is not valid`);
      else claim(mxOwner, pattern, owner, "MX pattern", at);
    }

    const accountTypes =
      entry.outlookAccountTypes === undefined ? [] : stringArray(entry.outlookAccountTypes);
    if (!accountTypes) push("outlookAccountTypes must be a list of strings");
    for (const type of accountTypes ?? []) {
      if (!ACCOUNT_TYPES.includes(type as OutlookAccountType))
        push(`Outlook account type "${type}" is unknown`);
      else claim(accountTypeOwner, type, owner, "Outlook account type", at);
    }

    const findable =
      (domains?.length ?? 0) +
      (suffixes?.length ?? 0) +
      (mxPatterns?.length ?? 0) +
      (accountTypes?.length ?? 0);
    if (domains && mxPatterns && findable === 0)
      push("has no domains, suffixes, MX patterns or account types: nothing can find it");

    errors.push(...checkServers(entry.servers, "servers").map((problem) => `${at}: ${problem}`));
    if (entry.customDomainServers !== undefined) {
      errors.push(
        ...checkServers(entry.customDomainServers, "customDomainServers").map(
          (problem) => `${at}: ${problem}`,
        ),
      );
    }
    errors.push(
      ...checkIncoming(entry.incoming, "incoming", entry.servers).map((problem) => `${at}: ${problem}`),
    );
    if (entry.customDomainIncoming !== undefined) {
      errors.push(
        ...checkIncoming(entry.customDomainIncoming, "customDomainIncoming", entry.customDomainServers).map(
          (problem) => `${at}: ${problem}`,
        ),
      );
    }
    errors.push(...checkAuthList(entry.auth, "auth").map((problem) => `${at}: ${problem}`));
    if (!USERNAME_FORMS.includes(entry.username as string))
      push(`username ${JSON.stringify(entry.username)} is not email or localpart`);
    if (entry.subaddressSeparator !== undefined && entry.subaddressSeparator !== "+")
      push('subaddressSeparator must be "+"');

    const notes = stringArray(entry.notes);
    if (!notes || notes.length === 0) push("notes must be a non-empty list");
    else if (!notes.every(isNonEmptyString)) push("notes contains an empty note");

    if (!Array.isArray(entry.noteTexts)) push("noteTexts must be a list of { text, values } (one per note)");
    else {
      if (notes && entry.noteTexts.length !== notes.length) push("noteTexts and notes differ in length");
      entry.noteTexts.forEach((note, noteIndex) => {
        const where = `noteTexts[${noteIndex}]`;
        if (!isObject(note)) push(`${where} is not an object`);
        else errors.push(...checkText(note.text, where, owner, texts).map((problem) => `${at}: ${problem}`));
      });
    }

    const usesAppPassword = [entry.auth, ...(Array.isArray(entry.servers) ? entry.servers : [])]
      .flatMap((item) =>
        Array.isArray(item) ? item : isObject(item) && Array.isArray(item.auth) ? item.auth : [],
      )
      .includes("app-password");
    if (entry.appPasswordHint === undefined) push("appPasswordHint is missing (a text, or null)");
    else if (entry.appPasswordHint === null) {
      if (usesAppPassword) push('appPasswordHint is null although the provider signs in with "app-password"');
    } else {
      errors.push(
        ...checkText(entry.appPasswordHint, "appPasswordHint", owner, texts).map(
          (problem) => `${at}: ${problem}`,
        ),
      );
    }

    if (entry.unverified !== undefined && entry.unverified !== true)
      push("unverified must be true when present");
    push(checkDocs(entry.docs, entry.unverified === true));
    push(checkDate(entry.checked, today));
  });
  return errors;
}
