// The security checklist: rules as data, each a stable item id, its English
// texts (translations: src/core/i18n/) and a function that picks a status (or
// null when the rule does not apply). Items that need a live probe or a DNS report are `info`
// ("run Verify") until the caller passes the report, under the same id, so a
// UI can update them in place. Rules, ids and sources: docs/checklist.md.

import { DATED_FACT_VALUES, factInEffect } from "./datedFacts.js";
import { fillText, localize, text, type Lang, type Text, type TextValue } from "./language.js";
import { addressOwnedByProvider } from "./providerOwnership.js";
import type {
  ChecklistItem,
  DomainReport,
  IncomingServer,
  MailboxContext,
  Server,
  Severity,
  Settings,
  VerifyReport,
} from "./types.js";

export interface ChecklistInput {
  settings: Settings;
  context?: Partial<MailboxContext>;
  verify?: VerifyReport | null;
  domain?: DomainReport | null;
  /**
   * The device's time when the verify report arrived. Defaults to the current
   * time; the clock check runs only when it is given explicitly.
   */
  now?: Date;
}

export interface RuleText {
  title: Text;
  why: Text;
  action: Text;
}

/** A rule text as written: English, or a shared text that has its own id. */
export type RuleTextSource = Record<keyof RuleText, string | Text>;

export interface RuleOutcome<K extends string> {
  status: Severity;
  text: K;
  values?: Readonly<Record<string, TextValue>>;
}

/** What every rule needs, worked out once per build. */
export interface InputFacts {
  server: Server | undefined;
  providerId: string;
  /** Finding ids of the verify report; empty without one. */
  verifyFindings: ReadonlySet<string>;
  verify: VerifyReport | null;
  domain: DomainReport | null;
  now: Date;
}

export interface ChecklistRule<K extends string = string> {
  /** Stable kebab-case item id (documented in docs/checklist.md). */
  id: string;
  texts: Readonly<Record<K, RuleText>>;
  evaluate(input: ChecklistInput, facts: InputFacts): RuleOutcome<K> | null;
}

interface RuleDefinition<K extends string> extends Omit<ChecklistRule<K>, "texts"> {
  texts: Readonly<Record<K, RuleTextSource>>;
}

/**
 * Gives each English text written in a rule its id,
 * `checklist.<rule id>.<text key>.<title|why|action>` (the key of its
 * translations); shared texts keep theirs. Also checks each rule's text keys
 * against its own texts.
 */
function defineRule<K extends string>(rule: RuleDefinition<K>): ChecklistRule {
  const texts: Partial<Record<K, RuleText>> = {};
  for (const [key, source] of Object.entries(rule.texts) as Array<[K, RuleTextSource]>) {
    const at = (field: keyof RuleText): Text => {
      const written = source[field];
      return typeof written === "string" ? text(`checklist.${rule.id}.${key}.${field}`, written) : written;
    };
    texts[key] = { title: at("title"), why: at("why"), action: at("action") };
  }
  return { ...rule, texts: texts as Record<K, RuleText> };
}

// ---- Shared texts and facts -------------------------------------------------

const RUN_VERIFY: Text = text("checklist.runVerify", "Run Verify on this server to check it live.");

const NOTHING_TO_DO: Text = text("checklist.nothingToDo", "Nothing to do.");

const UNREACHED_WHY: Text = text(
  "checklist.unreachedWhy",
  "The live check stopped before this point (see the Verify report), so this could not be checked.",
);

const UNREACHED_ACTION: Text = text(
  "checklist.unreachedAction",
  "Fix the connection problem the Verify report shows, then verify again.",
);

const SECURITY_NAMES: Record<Server["security"], TextValue> = {
  tls: "SSL/TLS",
  starttls: "STARTTLS",
  none: text("checklist.security.none", "no encryption"),
};

/** Ports meant for mail programs: 587 (RFC 6409) and 465 (RFC 8314). */
const SUBMISSION_PORTS: ReadonlySet<number> = new Set([587, 465]);

/** Beyond this, a device clock breaks certificate checks in practice. */
const CLOCK_TOLERANCE_MINUTES = 5;

function isLoopbackHost(host: string): boolean {
  const name = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "");
  return name === "localhost" || name === "::1" || /^127\.\d+\.\d+\.\d+$/.test(name);
}

function hasAny(findings: ReadonlySet<string>, ids: readonly string[]): boolean {
  return ids.some((id) => findings.has(id));
}

// ---- 1. Encryption ------------------------------------------------------------

const encryption = defineRule({
  id: "encryption",
  texts: {
    off: {
      title: "Encryption is off",
      why: "Without TLS your password and every message cross the network readable by anyone on the way. RFC 8314 requires encrypted submission.",
      action:
        "Use port 465 with SSL/TLS or port 587 with STARTTLS. If the provider offers no encrypted server, move to one that does.",
    },
    starttlsMissing: {
      title: "The server did not offer STARTTLS",
      why: "Without STARTTLS a careful client stops and a careless one sends unencrypted. If the server normally offers it, something on the network may be removing it.",
      action:
        "Check the pairing: 465 goes with SSL/TLS, 587 with STARTTLS. If that is right, try another network; a firewall or antivirus mail scanner may strip STARTTLS.",
    },
    starttlsInjection: {
      title: "Something answered before encryption started",
      why: "The server sent more text together with its go-ahead for STARTTLS. That text travelled unencrypted and could have been put there by anyone on the path (a STARTTLS injection); a careful program throws it away, a vulnerable one believes it.",
      action:
        "Tell the server's operator: their server or something in front of it (a firewall, an antivirus proxy) pipelines plaintext after 220 Ready to start TLS. Meanwhile prefer SSL/TLS on port 465 if the provider offers it.",
    },
    tlsFailed: {
      title: "The TLS handshake failed",
      why: "Usually the encryption choice does not match the port (SSL/TLS on 587, STARTTLS on 465), or server and client share no TLS version.",
      action:
        "Use SSL/TLS with port 465 and STARTTLS with port 587, then verify again. Old devices that cannot do TLS 1.2 need an update.",
    },
    tlsOld: {
      title: "Outdated encryption ({protocol})",
      why: "TLS 1.0 and 1.1 are broken and retired; RFC 8997 requires TLS 1.2 or newer, and Microsoft 365 and other providers refuse older versions.",
      action: "Ask the server's operator to enable TLS 1.2 and 1.3.",
    },
    tlsOk: {
      title: "Encrypted with {protocol}",
      why: "The server negotiated TLS 1.2 or newer, as RFC 8997 requires.",
      action: NOTHING_TO_DO,
    },
    notVerified: {
      title: "Encryption: {security} on port {port}",
      why: "These settings encrypt the connection. Only a live check shows which TLS version the server really uses (TLS 1.2 or newer is required).",
      action: RUN_VERIFY,
    },
    unreached: {
      title: "Encryption not checked",
      why: UNREACHED_WHY,
      action: UNREACHED_ACTION,
    },
  },
  evaluate(_input, { server, verify, verifyFindings: f }) {
    if (!server) return null;
    const values = {
      security: SECURITY_NAMES[server.security],
      port: server.port,
      protocol: verify?.tls?.protocol ?? "TLS",
    };
    if (server.security === "none" || f.has("plaintext")) return { status: "fail", text: "off", values };
    if (!verify) return { status: "info", text: "notVerified", values };
    if (f.has("tls-old-version")) return { status: "fail", text: "tlsOld", values };
    if (f.has("tls-failed")) return { status: "fail", text: "tlsFailed", values };
    if (f.has("starttls-missing")) return { status: "fail", text: "starttlsMissing", values };
    if (f.has("starttls-injection")) return { status: "fail", text: "starttlsInjection", values };
    if (f.has("tls-ok")) return { status: "pass", text: "tlsOk", values };
    return { status: "info", text: "unreached", values };
  },
});

// ---- 1b. Incoming mail encryption (IMAP / POP3) -----------------------------

const INCOMING_PROTOCOL_NAMES: Record<IncomingServer["protocol"], string> = { imap: "IMAP", pop3: "POP3" };

/** The implicit-TLS ports RFC 8314 gives each protocol. */
const INCOMING_TLS_PORTS: Record<IncomingServer["protocol"], number> = { imap: 993, pop3: 995 };

const incomingEncryption = defineRule({
  id: "incoming-encryption",
  texts: {
    plaintext: {
      title: "Incoming mail ({protocol}) is not encrypted",
      why: "{protocol} on port {port} without STARTTLS sends your password and every message you read across the network readable by anyone on the way.",
      action:
        "Use {protocol} on port {tlsPort} with SSL/TLS (RFC 8314). If the provider offers no encrypted incoming server, move to one that does.",
    },
    starttls: {
      title: "Incoming mail ({protocol}) encrypted with STARTTLS",
      why: "{protocol} on port {port} switches to TLS with STARTTLS before you sign in. RFC 8314 prefers SSL/TLS from the start, which nothing on the network can strip.",
      action:
        "Keep STARTTLS selected; where the provider offers it, port {tlsPort} with SSL/TLS is better still.",
    },
    tls: {
      title: "Incoming mail ({protocol}) encrypted with SSL/TLS",
      why: "{protocol} on port {port} is encrypted from the first byte (RFC 8314), so your password and messages are protected on the way.",
      action: NOTHING_TO_DO,
    },
  },
  evaluate(input) {
    const server = (input.settings.incoming ?? [])[0];
    if (!server) return null;
    const values = {
      protocol: INCOMING_PROTOCOL_NAMES[server.protocol],
      port: server.port,
      tlsPort: INCOMING_TLS_PORTS[server.protocol],
    };
    if (server.security === "none") return { status: "warn", text: "plaintext", values };
    if (server.security === "starttls") return { status: "pass", text: "starttls", values };
    return { status: "pass", text: "tls", values };
  },
});

// ---- 2. Submission port -------------------------------------------------------

const submissionPort = defineRule({
  id: "submission-port",
  texts: {
    port25: {
      title: "Port 25 is for server-to-server mail",
      why: "RFC 6409 gives mail programs port 587 (and RFC 8314 port 465). Many networks block port 25, and servers there often accept mail without sign-in or encryption.",
      action: "Use port 587 with STARTTLS or port 465 with SSL/TLS.",
    },
    submission: {
      title: "Port {port} is a submission port",
      why: "Port {port} is meant for mail programs (RFC 6409, RFC 8314) and is rarely blocked.",
      action: NOTHING_TO_DO,
    },
    local: {
      title: "Port {port} on this computer",
      why: "The server runs on this computer (a local bridge such as Proton Mail Bridge), so no network can block the port.",
      action: "Use the port the bridge shows in its settings.",
    },
    other: {
      title: "Unusual port {port}",
      why: "Some providers offer an extra port such as 2525 for networks that block 587; it works only where the provider documents it.",
      action: "Prefer 587 or 465 when they are reachable.",
    },
  },
  evaluate(_input, { server, verifyFindings }) {
    if (!server) return null;
    const values = { port: server.port };
    if (server.port === 25 || verifyFindings.has("port-25-submission")) {
      return { status: "warn", text: "port25", values: { port: 25 } };
    }
    if (isLoopbackHost(server.host)) return { status: "pass", text: "local", values };
    if (SUBMISSION_PORTS.has(server.port)) return { status: "pass", text: "submission", values };
    return { status: "info", text: "other", values };
  },
});

// ---- 3. Authentication only after TLS ---------------------------------------

const authAfterTls = defineRule({
  id: "auth-after-tls",
  texts: {
    beforeTls: {
      title: "Password sign-in offered before encryption",
      why: "The server offered {mechanisms} before TLS. A program that uses it sends the password readable; RFC 4954 allows plaintext mechanisms only under TLS.",
      action:
        "Make sure your program uses SSL/TLS or STARTTLS, never 'None'. The server's operator should offer AUTH only after TLS.",
    },
    missing: {
      title: "The server offered no sign-in",
      why: "After TLS the server offered no AUTH. It either accepts mail by network address (a relay for one network) or from anyone, which would be an open relay.",
      action: "Check that this is your provider's submission server: sending normally needs a sign-in.",
    },
    ok: {
      title: "Sign-in only after encryption",
      why: "The server offers sign-in ({mechanisms}) only once the connection is encrypted, as RFC 4954 requires.",
      action: NOTHING_TO_DO,
    },
    notVerified: {
      title: "Sign-in protection not checked yet",
      why: "Only a live check shows whether the server asks for a sign-in, and only after encryption.",
      action: RUN_VERIFY,
    },
    unreached: {
      title: "Sign-in protection not checked",
      why: UNREACHED_WHY,
      action: UNREACHED_ACTION,
    },
  },
  evaluate(_input, { server, verify, verifyFindings: f }) {
    if (!server) return null;
    if (!verify) return { status: "info", text: "notVerified" };
    const mechanisms = (list: string[]): string => (list.length > 0 ? list.join(", ") : "AUTH");
    if (f.has("auth-before-tls")) {
      return { status: "fail", text: "beforeTls", values: { mechanisms: mechanisms(verify.auth.beforeTls) } };
    }
    if (f.has("auth-missing")) return { status: "warn", text: "missing" };
    if (f.has("auth-ok")) {
      return { status: "pass", text: "ok", values: { mechanisms: mechanisms(verify.auth.afterTls) } };
    }
    return { status: "info", text: "unreached" };
  },
});

// ---- 4. OAuth2 preferred over passwords -----------------------------------

const modernSignIn = defineRule({
  id: "modern-sign-in",
  texts: {
    oauth2Only: {
      title: "Modern sign-in only (OAuth2)",
      why: "This provider accepts only OAuth2 for sending: no password sits in the program's settings, and sign-in goes through your two-factor protection.",
      action:
        "Use a program that supports modern sign-in (Outlook, Thunderbird, Apple Mail). Devices and scripts that only know passwords cannot send here.",
    },
    oauth2Offered: {
      title: "Modern sign-in available (OAuth2)",
      why: "Signing in on the provider's own page keeps your password out of the program and works with two-factor sign-in.",
      action:
        "Choose the provider's sign-in where your program offers it; use an app password only for programs that cannot.",
    },
    appPasswordOnly: {
      title: "An app password is needed",
      why: "This provider does not take your main password for sending; an app password is a separate secret for one program.",
      action:
        "Create one app password per program, name it after the program and revoke it when you stop using it.",
    },
    localBridge: {
      title: "Local bridge password",
      why: "The server runs on this computer (such as Proton Mail Bridge) and generates its own password, which never crosses the network.",
      action: "Use the password the bridge shows, not your account password.",
    },
    passwordOnly: {
      title: "Password sign-in only",
      why: "The provider takes only a password for sending. A leaked or reused password opens the whole mailbox.",
      action:
        "Use a long password you use nowhere else (a password manager helps), and turn on two-factor sign-in and app passwords if the provider offers them.",
    },
  },
  evaluate(_input, { server, verifyFindings }) {
    if (!server) return null;
    const methods = server.auth.filter((method) => method !== "none");
    if (methods.length === 0) return null;
    if (methods.every((method) => method === "oauth2")) return { status: "pass", text: "oauth2Only" };
    if (isLoopbackHost(server.host)) return { status: "info", text: "localBridge" };
    if (methods.includes("oauth2") || verifyFindings.has("oauth2-supported")) {
      return { status: "pass", text: "oauth2Offered" };
    }
    if (!methods.includes("password")) return { status: "info", text: "appPasswordOnly" };
    return { status: "warn", text: "passwordOnly" };
  },
});

// ---- 5. MFA and app passwords, per provider -------------------------------

const APP_PASSWORD_RULE_TEXTS = {
  google: {
    title: "Google: sign-in or app password",
    why: "Google stopped accepting the account password alone from mail programs on {gmailPasswordOnlyEnded} (Google Workspace: {workspacePasswordOnlyEnded}). App passwords need 2-Step Verification, do not exist with security-key-only sign-in or Advanced Protection, and are revoked when you change your Google password. Each one bypasses 2-Step Verification for its program.",
    action:
      "Prefer Sign in with Google. If a program needs an app password, create one for it alone in your Google Account under Security and delete it when done.",
  },
  outlookCom: {
    title: "Outlook.com: no app passwords for SMTP",
    why: "Since {outlookComBasicAuthEnded} Outlook.com accepts only modern sign-in (OAuth2) for SMTP; passwords and app passwords are refused.",
    action:
      "Use a program with Microsoft sign-in. Printers, scanners and scripts that only know passwords need another way to send, such as a service that supports OAuth2.",
  },
  microsoft365: {
    title: "Microsoft 365: sign-in and MFA",
    why: "Outlook signs in with modern authentication and your MFA. Password (basic) SMTP AUTH works only where the tenant still allows it: it is off for tenants created after January 2020 and does not work with Security Defaults.",
    action:
      "Keep MFA on. Give apps that must send by SMTP OAuth2; do not turn off MFA or Security Defaults to make a device work.",
  },
  providerHint: {
    title: "{provider}: app password for mail programs",
    why: "Mail programs sign in to {provider} with an app password (or the provider's own equivalent) where it does not take the account password, or once two-factor sign-in is on. Each one works without your second factor, so keep it for one program only.",
    action: "{hint}",
  },
  generic: {
    title: "Two-factor sign-in and app passwords",
    why: "Two-factor sign-in protects the mailbox if the password leaks. Where a provider offers app passwords, each one bypasses the second factor for one program, so it is a secret for that program only.",
    action:
      "Turn on two-factor sign-in if your provider offers it, create one app password per program and revoke the ones you no longer use.",
  },
} satisfies Record<string, RuleTextSource>;

type AppPasswordText = keyof typeof APP_PASSWORD_RULE_TEXTS;

type AppPasswordOutcome = { status: Severity; text: AppPasswordText };

/** Provider policies that say more than where to make an app password: they win over the entry's hint. */
const APP_PASSWORD_POLICY: Readonly<Record<string, AppPasswordOutcome>> = {
  gmail: { status: "info", text: "google" },
  "google-workspace": { status: "info", text: "google" },
  // The old advice ("create an app password") now fails: flag it.
  outlook: { status: "warn", text: "outlookCom" },
  microsoft365: { status: "info", text: "microsoft365" },
};

const appPasswords = defineRule({
  id: "app-passwords",
  texts: APP_PASSWORD_RULE_TEXTS,
  evaluate(input, { server, providerId }) {
    const policy = APP_PASSWORD_POLICY[providerId];
    if (policy) return policy;
    const provider = input.settings.provider;
    const hint = provider?.appPasswordHint;
    if (provider && hint) {
      return { status: "info", text: "providerHint", values: { provider: provider.name, hint } };
    }
    const signsIn = server?.auth.some((method) => method === "password" || method === "app-password");
    return signsIn ? { status: "info", text: "generic" } : null;
  },
});

// ---- 6. No open relay ------------------------------------------------------------

const OPEN_RELAY_WHY: Text = text(
  "checklist.openRelayWhy",
  "A server that passes on mail from anyone (an open relay) is found by scanners within hours and used for spam and phishing, and then its address lands on blocklists.",
);

const openRelay = defineRule({
  id: "open-relay",
  texts: {
    noAuthOnSubmission: {
      title: "Make sure the server requires sign-in",
      why: "It offered no sign-in on submission port {port}. {openRelayWhy} We never send a test message, so this is a warning sign, not proof.",
      action:
        "If it is your server, require authentication or allow relaying only from your own network. If not, use your provider's official submission server.",
    },
    noAuthOnRelayPort: {
      title: "No sign-in on port {port}",
      why: "Servers on port 25 normally take mail for their own domains without sign-in. Whether this one also relays for others only a test message shows, and we do not send one. {openRelayWhy}",
      action:
        "Send your own mail through a submission port with sign-in. An administrator can test relaying from outside the network with a tool such as swaks.",
    },
    signInOffered: {
      title: "Sending needs a sign-in",
      why: "The server offers sign-in, as a submission server that passes on mail only for its users does. {openRelayWhy} We infer this from the server's offer and never send a test message.",
      action: NOTHING_TO_DO,
    },
    notVerified: {
      title: "Open relay not checked yet",
      why: "{openRelayWhy} A live check shows whether the server asks for a sign-in.",
      action: RUN_VERIFY,
    },
    unreached: {
      title: "Open relay not checked",
      why: UNREACHED_WHY,
      action: UNREACHED_ACTION,
    },
  },
  evaluate(_input, { server, verify, verifyFindings: f }) {
    if (!server) return null;
    const port = verify?.target.port ?? server.port;
    const values = { port, openRelayWhy: OPEN_RELAY_WHY };
    if (!verify) return { status: "info", text: "notVerified", values };
    if (f.has("auth-missing")) {
      return port === 25
        ? { status: "info", text: "noAuthOnRelayPort", values }
        : { status: "warn", text: "noAuthOnSubmission", values };
    }
    if (hasAny(f, ["auth-ok", "auth-before-tls"])) return { status: "pass", text: "signInOffered", values };
    return { status: "info", text: "unreached", values };
  },
});

// ---- 7. From matches the signed-in mailbox --------------------------------------

const fromAddress = defineRule({
  id: "from-address",
  texts: {
    mismatch: {
      title: "Sending as {from}, signed in as {mailbox}",
      why: "Servers check that From matches the signed-in mailbox. Without Send As or delegate rights Microsoft 365 rejects the message with 554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException or 550 5.7.60; other providers reject it or rewrite From.",
      action:
        "Ask your administrator for Send As (or Send on Behalf) rights for {from}, or add {from} as its own account and send from it.",
    },
    match: {
      title: "From matches the signed-in mailbox",
      why: "The message goes out from {mailbox}, the mailbox that signs in, so no extra rights are needed.",
      action: NOTHING_TO_DO,
    },
  },
  evaluate(input) {
    const from = input.context?.fromAddress?.trim() ?? "";
    const mailbox = input.context?.emailAddress?.trim() ?? "";
    if (from === "" || mailbox === "") return null;
    const values = { from, mailbox };
    return from.toLowerCase() === mailbox.toLowerCase()
      ? { status: "pass", text: "match", values }
      : { status: "warn", text: "mismatch", values };
  },
});

// ---- 8. Certificate and device clock ------------------------------------------

const CLOCK_HINT: Text = text(
  "checklist.clockHint",
  "If your device shows the certificate as expired or not yet valid while this check passes, check your device's date and time first.",
);

const certificate = defineRule({
  id: "certificate",
  texts: {
    expired: {
      title: "The certificate is expired or not yet valid",
      why: "Certificate valid until {validTo}. Programs that check certificates refuse the connection, and those that do not cannot tell the real server from an impostor.",
      action: "The server's operator must renew the certificate. {clockHint}",
    },
    hostnameMismatch: {
      title: "The certificate is for another name",
      why: "The certificate ({subject}) does not cover {host}, so it does not prove you reached that server (RFC 7817).",
      action: "Use the server name the provider documents (one the certificate covers). {clockHint}",
    },
    chainIncomplete: {
      title: "The server does not send its whole certificate chain",
      why: "The certificate for {host} is valid, but the server leaves out the intermediate certificate that links it to a trusted authority. Outlook for Windows usually fetches the missing piece itself; Outlook for Mac, iOS Mail and Thunderbird may refuse the connection.",
      action:
        "If you run the server, configure it to send the full chain (certificate plus intermediates). Otherwise tell the operator.",
    },
    untrusted: {
      title: "The certificate is not trusted",
      why: "The certificate chain does not lead to a trusted authority ({error}): self-signed, an unknown authority, or something intercepting the connection.",
      action:
        "Do not accept the warning in your program. Ask the operator for a certificate from a public authority. {clockHint}",
    },
    localBridge: {
      title: "Local bridge certificate",
      why: "The server on this computer (such as Proton Mail Bridge) uses its own certificate, which no public authority signs. The connection never leaves the computer.",
      action:
        "Trust the bridge's certificate once when your program asks, or export it from the bridge settings.",
    },
    expiringSoon: {
      title: "The certificate expires in {days} days",
      why: "It is valid until {validTo}. After that, programs refuse the connection until the operator renews it.",
      action: "If you run the server, renew the certificate now (automatic renewal avoids this).",
    },
    valid: {
      title: "Valid certificate",
      why: "Issued by a trusted authority to {subject}, covering {host}, valid until {validTo}.",
      action: "Nothing to do. {clockHint}",
    },
    notVerified: {
      title: "Certificate not checked yet",
      why: "The certificate proves you reached the real server; only a live check shows whether it is valid, trusted and for this name.",
      action: RUN_VERIFY,
    },
    unreached: {
      title: "Certificate not checked",
      why: "No certificate was seen: the live check did not get as far as TLS (see the Verify report).",
      action: UNREACHED_ACTION,
    },
  },
  evaluate(_input, { server, verify, verifyFindings: f }) {
    if (!server) return null;
    if (!verify) return { status: "info", text: "notVerified" };
    const cert = verify.tls?.certificate ?? null;
    const values = {
      host: verify.target.host,
      subject: cert?.subject ?? "?",
      validTo: cert?.validTo.slice(0, 10) ?? "?",
      days: cert?.daysLeft ?? 0,
      error: cert?.error ?? "?",
      clockHint: CLOCK_HINT,
    };
    if (f.has("cert-untrusted") && isLoopbackHost(verify.target.host)) {
      return { status: "info", text: "localBridge", values };
    }
    if (f.has("cert-expired")) return { status: "fail", text: "expired", values };
    if (f.has("cert-hostname-mismatch")) return { status: "fail", text: "hostnameMismatch", values };
    if (f.has("cert-untrusted")) return { status: "fail", text: "untrusted", values };
    if (f.has("cert-chain-incomplete")) return { status: "warn", text: "chainIncomplete", values };
    if (f.has("cert-expiring-soon")) return { status: "warn", text: "expiringSoon", values };
    if (cert) return { status: "pass", text: "valid", values };
    return { status: "info", text: "unreached", values };
  },
});

const CLOCK_DIRECTIONS: Record<"ahead" | "behind", Text> = {
  ahead: text("checklist.clockDirection.ahead", "ahead"),
  behind: text("checklist.clockDirection.behind", "behind"),
};

const deviceClock = defineRule({
  id: "device-clock",
  texts: {
    off: {
      title: "Your device clock is off by {minutes} minutes",
      why: "Your device's clock is {minutes} minutes {direction} the server's. TLS certificate checks fail when the clock is wrong: valid certificates then look expired or not yet valid.",
      action: "Turn on automatic date, time and time zone in the device settings.",
    },
    ok: {
      title: "Your device clock is right",
      why: "It agrees with the server's clock to within {tolerance} minutes, so certificate dates are judged correctly.",
      action: NOTHING_TO_DO,
    },
  },
  evaluate(input, { verify }): RuleOutcome<"off" | "ok"> | null {
    if (!input.now || !verify) return null;
    const serverTime = Date.parse(verify.checkedAt);
    if (Number.isNaN(serverTime)) return null;
    // The report arrives when the probe ends, so compare with its end time.
    const skewMinutes = (input.now.getTime() - (serverTime + verify.durationMs)) / 60_000;
    const minutes = Math.round(Math.abs(skewMinutes));
    if (Math.abs(skewMinutes) <= CLOCK_TOLERANCE_MINUTES) {
      return { status: "pass", text: "ok", values: { tolerance: CLOCK_TOLERANCE_MINUTES } };
    }
    const direction = skewMinutes > 0 ? CLOCK_DIRECTIONS.ahead : CLOCK_DIRECTIONS.behind;
    return { status: "warn", text: "off", values: { minutes, direction } };
  },
});

// ---- 9. SPF, DKIM and DMARC for custom domains ----------------------------------

interface DomainProblem {
  status: Severity;
  label: Text;
  fix: Text;
}

const DOMAIN_PROBLEMS: Readonly<Record<string, DomainProblem>> = {
  "spf-missing": {
    status: "fail",
    label: text("checklist.domainProblem.spf-missing.label", "no SPF record"),
    fix: text(
      "checklist.domainProblem.spf-missing.fix",
      "publish one SPF record listing your mail provider (the provider documents the include)",
    ),
  },
  "spf-multiple": {
    status: "fail",
    label: text("checklist.domainProblem.spf-multiple.label", "more than one SPF record"),
    fix: text(
      "checklist.domainProblem.spf-multiple.fix",
      "merge the SPF records into one (two records make SPF fail, RFC 7208)",
    ),
  },
  "spf-permissive": {
    status: "fail",
    label: text(
      "checklist.domainProblem.spf-permissive.label",
      "an SPF record that allows anyone (+all or ?all)",
    ),
    fix: text("checklist.domainProblem.spf-permissive.fix", "end the SPF record with -all or ~all"),
  },
  "dmarc-missing": {
    status: "warn",
    label: text("checklist.domainProblem.dmarc-missing.label", "no DMARC record"),
    fix: text(
      "checklist.domainProblem.dmarc-missing.fix",
      "publish a DMARC record at _dmarc (start with p=none and a report address, then tighten)",
    ),
  },
  "dmarc-none": {
    status: "warn",
    label: text("checklist.domainProblem.dmarc-none.label", "DMARC policy p=none"),
    fix: text(
      "checklist.domainProblem.dmarc-none.fix",
      "move DMARC to p=quarantine, then p=reject, once the reports show only your own mail",
    ),
  },
};

const SEVERITY_RANK: Record<Severity, number> = { pass: 0, info: 1, warn: 2, fail: 3 };

const DKIM_NOTE: Text = text(
  "checklist.dkimNote",
  "DKIM is switched on at your mail provider, which gives you the DNS records; we cannot look DKIM up without its selector.",
);

/** A list of texts, joined in whatever language the item is built in. */
function joinTexts(parts: readonly Text[], separator: string): TextValue {
  return (lang) => parts.map((part) => localize(part, lang)).join(separator);
}

const domainAuthentication = defineRule({
  id: "domain-authentication",
  texts: {
    problems: {
      title: "{domain}: sender authentication problems",
      why: "Receivers use SPF, DKIM and DMARC to decide whether mail from {domain} is genuine. Found: {problems}. Gmail, Yahoo and Outlook.com junk or reject mail that fails; since {outlookComHighVolumeAuth} Outlook.com refuses high-volume senders without SPF, DKIM and DMARC with 550 5.7.515.",
      action: "At your DNS host: {fixes}. {dkimNote}",
    },
    ok: {
      title: "{domain}: SPF and DMARC in place",
      why: "SPF and an enforcing DMARC policy protect {domain} against forged senders and help delivery (RFC 7208, RFC 7489).",
      action: "Make sure DKIM signing is on in your provider's admin settings. {dkimNote}",
    },
    notChecked: {
      title: "Check {domain}'s SPF, DKIM and DMARC",
      why: "For your own domain, receivers trust mail only when SPF, DKIM and DMARC are set up; since {outlookComHighVolumeAuth} Outlook.com refuses high-volume senders without them (550 5.7.515).",
      action: "Run the domain check for {domain}. {dkimNote}",
    },
  },
  evaluate(input, { domain }) {
    const { settings } = input;
    if (settings.domain.trim() === "") return null;
    // The provider's own domain (gmail.com): its SPF and DMARC are not the user's to fix.
    if (addressOwnedByProvider(settings)) return null;
    const values = { domain: domain?.domain ?? settings.domain, dkimNote: DKIM_NOTE };
    if (!domain) return { status: "info", text: "notChecked", values };
    const problems = domain.findings.flatMap((finding) => DOMAIN_PROBLEMS[finding.id] ?? []);
    if (problems.length === 0) return { status: "pass", text: "ok", values };
    const worst = problems.reduce((a, b) => (SEVERITY_RANK[b.status] > SEVERITY_RANK[a.status] ? b : a));
    return {
      status: worst.status,
      text: "problems",
      values: {
        ...values,
        problems: joinTexts(
          problems.map((problem) => problem.label),
          "; ",
        ),
        fixes: joinTexts(
          problems.map((problem) => problem.fix),
          "; ",
        ),
      },
    };
  },
});

// ---- 10. Microsoft 365 basic-auth retirement ------------------------------------

const M365_ALTERNATIVES: Text = text(
  "checklist.m365Alternatives",
  "Move apps and scripts to OAuth2 (XOAUTH2). For printers and scanners that cannot do OAuth2, use High Volume Email, an SMTP relay connector or direct send to your tenant's MX endpoint.",
);

const m365BasicAuth = defineRule({
  id: "m365-basic-auth",
  texts: {
    before: {
      title: "Microsoft 365: password sign-in for SMTP off by default from {m365BasicAuthOff}",
      why: "Per Microsoft's message MC786329 nothing changes until {m365BasicAuthOff}. Then basic authentication for SMTP AUTH is turned off by default for existing tenants (admins can turn it back on), and tenants created after that never have it; the final removal date will be announced in the second half of 2027. Refused programs see 550 5.7.30 Basic authentication is not supported for Client Submission.",
      action: M365_ALTERNATIVES,
    },
    after: {
      title: "Microsoft 365: password sign-in for SMTP is off by default",
      why: "Since {m365BasicAuthOff} basic authentication for SMTP AUTH is off by default for existing tenants (MC786329); it works only where an admin turned it back on, and tenants created since then do not have it. Microsoft will announce the final removal date in the second half of 2027. Refused programs see 550 5.7.30 Basic authentication is not supported for Client Submission.",
      action: M365_ALTERNATIVES,
    },
  },
  evaluate(_input, { providerId, now }) {
    if (providerId !== "microsoft365") return null;
    return { status: "warn", text: factInEffect("m365-smtp-basic-auth-off", now) ? "after" : "before" };
  },
});

// ---- Proton Mail ----------------------------------------------------------------

/** Proton's SMTP submission (token) host for custom-domain addresses on some plans. */
const PROTON_SUBMISSION_HOST = "smtp.protonmail.ch";

const protonBridge = defineRule({
  id: "proton-bridge",
  texts: {
    bridge: {
      title: "Proton Mail Bridge on this computer",
      why: "Proton Mail has no ordinary SMTP server for mail programs: Proton Mail Bridge runs on this computer (127.0.0.1) and handles the encryption, so a local server address is expected here.",
      action:
        "Keep Bridge running and signed in (paid plans only) and use the host, port and password Bridge shows.",
    },
    submissionToken: {
      title: "Proton SMTP submission with a token",
      why: "For custom-domain addresses on some Proton plans, apps and devices can send through {host} with an SMTP token. These messages are not end-to-end encrypted.",
      action:
        "Create one SMTP token per app in the Proton Mail settings and use the custom-domain address as user name.",
    },
    otherHost: {
      title: "{host} is not a Proton server",
      why: "Proton Mail accepts mail from programs only through Proton Mail Bridge on this computer or, for custom domains on some plans, through {protonHost} with an SMTP token.",
      action: "Install Proton Mail Bridge and use the settings it shows.",
    },
  },
  evaluate(_input, { server, providerId }) {
    if (providerId !== "proton" || !server) return null;
    const values = { host: server.host, protonHost: PROTON_SUBMISSION_HOST };
    if (isLoopbackHost(server.host)) return { status: "info", text: "bridge", values };
    if (server.host.toLowerCase() === PROTON_SUBMISSION_HOST) {
      return { status: "info", text: "submissionToken", values };
    }
    return { status: "warn", text: "otherHost", values };
  },
});

// ---- The checklist -------------------------------------------------------------

/** All rules, in the order their items are shown. */
export const CHECKLIST_RULES: readonly ChecklistRule[] = [
  encryption,
  incomingEncryption,
  submissionPort,
  authAfterTls,
  modernSignIn,
  appPasswords,
  openRelay,
  fromAddress,
  certificate,
  deviceClock,
  domainAuthentication,
  m365BasicAuth,
  protonBridge,
];

function factsOf(input: ChecklistInput): InputFacts {
  const verify = input.verify ?? null;
  return {
    server: input.settings.servers[0],
    providerId: input.settings.provider?.id ?? "",
    verifyFindings: new Set(verify?.findings.map((finding) => finding.id) ?? []),
    verify,
    domain: input.domain ?? null,
    now: input.now ?? new Date(),
  };
}

/** The security checklist for these settings, plus the live and DNS reports when there are any. */
export function buildChecklist(input: ChecklistInput, lang: Lang = "en"): ChecklistItem[] {
  const facts = factsOf(input);
  const items: ChecklistItem[] = [];
  for (const rule of CHECKLIST_RULES) {
    const outcome = rule.evaluate(input, facts);
    if (!outcome) continue;
    const texts = rule.texts[outcome.text];
    if (!texts) throw new Error(`checklist rule ${rule.id} has no text "${outcome.text}"`);
    // Dated facts ({m365BasicAuthOff}, ...) come from one table; a rule's own values win.
    const values = { ...DATED_FACT_VALUES, ...outcome.values };
    items.push({
      id: rule.id,
      status: outcome.status,
      title: fillText(localize(texts.title, lang), values, lang),
      why: fillText(localize(texts.why, lang), values, lang),
      action: fillText(localize(texts.action, lang), values, lang),
    });
  }
  return items;
}

/** Every text of the checklist, for the translation tests. */
export function allChecklistTexts(): Text[] {
  return [
    ...CHECKLIST_RULES.flatMap((rule) =>
      Object.values(rule.texts).flatMap((t) => [t.title, t.why, t.action]),
    ),
    ...Object.values(SECURITY_NAMES).filter((name): name is Text => typeof name === "object"),
    ...Object.values(DOMAIN_PROBLEMS).flatMap((problem) => [problem.label, problem.fix]),
    ...Object.values(CLOCK_DIRECTIONS),
    DKIM_NOTE,
    OPEN_RELAY_WHY,
    CLOCK_HINT,
  ];
}
