// English UI strings of the task pane: the reference catalogue. Its shape is
// the PaneStrings type, so every other language must provide every key.
// Provider-specific text (notes, steps, checklist) comes from src/core.

import type { BounceActor } from "../../core/bounceReasons.js";
import type {
  AuthMethod,
  IncomingProtocol,
  Confidence,
  Security,
  SettingsSource,
  Severity,
  VerifyStepName,
} from "../../core/types.js";

export const en = {
  appTitle: "Outbox Doctor",
  connecting: "Connecting to Outlook…",
  waitingForOutlook:
    "Outlook has not answered yet. You can type an address meanwhile; the pane switches to your mailbox as soon as Outlook answers.",
  previousVisit: (time: string) =>
    `Last answer shown on this device (${time}), until Outlook confirms which mailbox this is.`,
  standaloneNotice: "Running outside Outlook. Type an address to see its outgoing server settings.",
  standaloneNoHost: "Outlook did not give the pane a mailbox, so it runs on its own.",

  accountHeading: "Which account won't send?",
  accountWhy:
    "Outlook runs this pane in a Microsoft mailbox, but the account that won't send may be another one: an IMAP or POP account in the same Outlook, a shared mailbox, or a printer or app that sends as this mailbox.",
  accountSources: {
    from: "From of this message",
    mailbox: "Your mailbox (signed in)",
    shared: "Shared mailbox of this item",
    recent: "Checked recently on this device",
    typed: "Typed",
  },
  accountOther: "Another address",
  recentKept:
    "Recently checked addresses are kept in this browser's storage on this device only, so you can pick them again.",
  forgetRecent: "Forget recent addresses",
  forgotten: "Recent addresses forgotten.",

  sharedTitle: "This item is in a shared mailbox",
  sharedOwner: (owner: string) => `It belongs to ${owner}.`,
  sharedPermissions: (permissions: string) => `Your rights on its folders: ${permissions}.`,
  sharedPermissionNames: {
    read: "read",
    write: "create",
    deleteOwn: "delete own",
    deleteAll: "delete all",
    editOwn: "edit own",
    editAll: "edit all",
  },
  sharedNoPermissions: "none reported",
  sendAsExplained: (owner: string) =>
    `Rights on its folders do not let you send from it. To send as ${owner} an administrator gives you one of two rights: Send As (recipients see only ${owner}) or Send on Behalf (recipients see “you on behalf of ${owner}”). Without either, Microsoft 365 rejects the message with 554 5.2.0 SendAsDenied.`,

  addressLabel: "Email address",
  addressPlaceholder: "name@example.com",
  addressSubmit: "Show settings",
  addressInvalid: (detail: string) => detail,
  addressMissing: "Outlook did not tell the pane your address. Type it here.",

  addressInUseLabel: "Settings for",
  providerLabel: "Provider",
  providerUnknown: "Unknown provider",
  sourceLabel: "Source",
  sources: {
    builtin: "Outbox Doctor's provider list",
    autoconfig: "the provider's own autoconfig file",
    ispdb: "the Thunderbird ISPDB",
    srv: "the domain's SRV records",
    mx: "inferred from the domain's MX records",
    guess: "guessed from the domain name",
    none: "nothing found",
  } satisfies Record<SettingsSource, string>,
  confidence: {
    high: "sure",
    medium: "likely, not confirmed",
    low: "a guess: check before you use it",
  } satisfies Record<Confidence, string>,
  checkedOn: (date: string) => `Checked against the provider's documentation on ${date}.`,
  providerDocs: "Provider documentation",

  fromDiffersTitle: "Sending from a different address",
  fromDiffers: (from: string, mailbox: string) =>
    `This message is sent from ${from}, not from your mailbox ${mailbox}, so the settings below are for ${from}.`,
  fromDiffersWhy:
    "That happens with a shared mailbox, with “Send as” permission, or when a second account is added to Outlook. Sending as another address needs permission for it, or the server rejects the message.",

  lookupRunning: "Asking the Outbox Doctor server about this domain…",
  lookupUnreachable:
    "The Outbox Doctor server can't be reached, so only the built-in provider list was used. Everything else in this pane still works.",
  lookupRejected: (message: string) => `The Outbox Doctor server could not look this up: ${message}`,
  lookupSlow:
    "Still working: the server is asking this domain's own servers, which can take up to 20 seconds. The server is up.",
  lookupNoAnswer: (seconds: number) =>
    `The Outbox Doctor server did not answer within ${seconds} seconds. It may be busy; try again.`,
  lastGoodAnswer: (time: string) => `Showing the last good answer for this address, from ${time}.`,
  retry: "Retry",
  nothingFound: (domain: string) =>
    `No settings are known for ${domain}. Ask your email provider or administrator for the outgoing (SMTP) server.`,
  unverifiedSource:
    "These settings were not confirmed by the provider. Use “Verify this server” before you type a password.",

  outgoingHeading: "Outgoing server",
  incomingHeading: "Incoming server",
  incomingProtocol: {
    imap: "IMAP",
    pop3: "POP3",
  } satisfies Record<IncomingProtocol, string>,
  incomingUnknown: "The incoming server for this address is not known.",
  recommended: "Recommended",
  alternativesHeading: "Alternatives",
  alternativeLabel: (port: number, security: string) => `Port ${port}, ${security}`,
  fields: {
    server: "Server",
    port: "Port",
    encryption: "Encryption",
    auth: "Authentication",
    username: "User name",
    protocol: "Account type",
  },
  security: {
    starttls: "STARTTLS",
    tls: "SSL/TLS",
    none: "None",
  } satisfies Record<Security, string>,
  // Outlook 2010–2016 offer None / SSL / TLS / Auto, where "TLS" means STARTTLS.
  securityOlderName: {
    starttls: "Older Outlook versions call this “TLS”.",
    tls: "Older Outlook versions call this “SSL”.",
    none: "",
  } satisfies Record<Security, string>,
  auth: {
    oauth2: "OAuth2 (sign in with the provider)",
    password: "Password",
    "app-password": "App password",
    none: "None",
  } satisfies Record<AuthMethod, string>,
  copy: (field: string) => `Copy ${field.toLowerCase()}`,
  copyFor: (field: string, which: string) => `Copy ${field.toLowerCase()} (${which})`,
  copied: "Copied",
  copiedAnnouncement: (field: string) => `${field} copied to the clipboard.`,
  copyFailed: "Could not copy. Select the text and press Ctrl+C.",
  notesHeading: "Good to know",

  guidance: {
    microsoft365: {
      title: "Microsoft 365 account: nothing to set up in Outlook",
      body: "Outlook sends through Microsoft 365 directly; it needs no SMTP settings. SMTP is for devices and apps such as printers, scanners and business software. Microsoft offers three ways:",
      options: [
        "SMTP AUTH client submission: smtp.office365.com, port 587, STARTTLS, signed in as a mailbox (OAuth2). Port 465 is not supported.",
        "Direct send: your tenant's MX endpoint on port 25, no sign-in, only to recipients inside your organisation.",
        "SMTP relay through a connector: your tenant's MX endpoint on port 25, identified by a static IP address or a certificate.",
      ],
      mxEndpoint: (host: string) => `Your tenant's MX endpoint is ${host}.`,
      devicesHeading: "Devices and apps that send as this mailbox",
      basicAuthChange: (date: string) =>
        `Microsoft turns off basic authentication (user name and password) for SMTP AUTH by default at ${date} (message center MC786329). A printer, scanner or app that signs in with a password must move to OAuth2, direct send or a connector by then, or an administrator must turn basic authentication back on for the tenant.`,
    },
    outlookCom: {
      title: "Outlook.com account: nothing to set up in Outlook",
      body: (ended: string) =>
        `Outlook sends through Outlook.com directly. Other apps must sign in with OAuth2 at smtp-mail.outlook.com, port 587, STARTTLS: passwords and app passwords stopped working there on ${ended}.`,
    },
    oauthOnly: {
      title: "Sign-in only (OAuth2)",
      body: "This provider accepts no passwords over SMTP. Use an app that offers “Sign in with …” for this provider; apps that only ask for a user name and password cannot send here.",
    },
    appPassword: {
      title: "Sign in, or use an app password",
      body: "Prefer an app that signs in with OAuth2. An app that only takes a password needs an app password created in your account's security settings, not your normal password.",
      caveats:
        "An app password is a secret for one app: it skips two-step verification, so give each app its own and revoke it when you stop using the app.",
    },
  },

  setupHeading: "Set up in Outlook",
  clientLabel: "Your Outlook",
  noSmtpNeeded: "This Outlook needs no SMTP settings for this account.",

  checklistHeading: "Security checklist",
  checklistPendingServer: "More checks appear after “Verify this server”.",
  severity: {
    pass: "OK",
    info: "Info",
    warn: "Warning",
    fail: "Problem",
  } satisfies Record<Severity, string>,
  whyLabel: "Why",
  actionLabel: "What to do",

  verifyHeading: "Verify this server",
  verifyIntro:
    "The Outbox Doctor server connects to the mail server and checks encryption, certificate and sign-in options. It never sends a password or a message.",
  verifyServerLabel: "Server to check",
  verifyButton: "Verify server",
  verifyAgain: "Verify again",
  verifyRunning: (target: string) => `Checking ${target}…`,
  verifyElapsed: (seconds: number) => `${seconds} s elapsed (up to 15 s)`,
  verifyStepsHeading: "Steps",
  verifySteps: {
    resolve: "Look up the server name",
    connect: "Connect",
    greeting: "Read the server greeting",
    ehlo: "Ask what the server supports (EHLO)",
    starttls: "Switch to encryption (STARTTLS)",
    tls: "TLS handshake and certificate",
    "ehlo-tls": "Ask again under encryption",
  } satisfies Record<VerifyStepName, string>,
  stepOk: "done",
  stepFailed: "failed",
  verifyPassed: (target: string) => `${target}: no problems found.`,
  verifyFailed: (target: string) => `${target}: problems found.`,
  verifyFindingsHeading: "Findings",
  verifyUnreachable:
    "The Outbox Doctor server can't be reached, so the server cannot be checked right now. The settings and the checklist above still apply.",
  verifyRejected: (message: string) => `The check did not run: ${message}`,
  verifySlow: "Still working: a slow mail server can take up to 15 seconds to answer.",
  verifyNoAnswer: (seconds: number) =>
    `No answer from the Outbox Doctor server within ${seconds} seconds. It may be busy; try again.`,
  openReport: "Open full report",
  copyReportLink: "Copy link to the report",
  reportLinkCopied: "Link to the report copied to the clipboard.",
  tlsSummary: (protocol: string, cipher: string) => `${protocol}, ${cipher}`,
  certificateSummary: (subject: string, days: number) => `Certificate for ${subject}, ${days} days left`,
  certificateExpiredSummary: (subject: string) => `Certificate for ${subject}, expired`,

  explainHeading: "Fix an error",
  explainLabel: "Paste the error message or code",
  explainPlaceholder: "e.g. 535 5.7.139 Authentication unsuccessful or 0x800CCC0E",
  explainButton: "Explain",
  explainEmpty: "Paste an error message or code first.",
  explainNoMatch: "No known error code found in this text. Paste the whole message, including the number.",
  explainLoadFailed:
    "The explanation could not be loaded: check the connection to the Outbox Doctor server and try again.",
  explainCause: "Cause",
  explainFixes: "Try these, in order",

  bounceHeading: "This message is a bounce",
  bounceReading: "Reading the selected message…",
  bounceUnreadable:
    "Outlook did not give the pane this message's text. Copy the text into “Fix an error” below.",
  bounceNothing:
    "This looks like a delivery report, but the pane recognises nothing in it. Paste the reply line with the number (for example “550 5.1.1 …”) into “Fix an error”.",
  bounceRecipients: "Not delivered to",
  bounceWhoActs: "Who must act",
  bounceActors: {
    you: "You: your settings, sign-in, sending limits or From address",
    recipient: "The recipient's side: their mailbox or their server",
    "domain-admin": "Your domain's administrator: SPF, DKIM, DMARC, blocklists or reverse DNS",
    "nobody-yet": "Nobody yet: this is temporary, and the message is tried again",
  } satisfies Record<BounceActor, string>,
  bounceOffline: "Explained on your device: the message did not leave Outlook for this.",

  diagnosticsHeading: "Diagnostics",
  diagnosticsIntro: "Support staff may ask for these.",
  diagnostics: {
    hostName: "Host",
    hostVersion: "Host version",
    platform: "Platform",
    language: "Language",
    mailboxRequirementSet: "Highest Mailbox requirement set",
    mode: "Mode",
    addinVersion: "Add-in version",
    build: "Build",
    userAgent: "Browser / webview",
    serverOrigin: "Server",
    serverHealth: "Server health",
    accountType: "Account type (Outlook)",
    addressInUse: "Address in use",
    settingsSource: "Settings source",
    lastVerify: "Last verify",
  },
  diagnosticsStandalone: "No Office host (standalone)",
  diagnosticsUnknown: "not reported",
  healthStates: {
    ok: "up",
    checking: "checking…",
    unreachable: "can't be reached",
    other: "answered with an error",
  },
  verifySummary: (target: string, ok: boolean, failures: number) =>
    `${target}: ${ok ? "passed" : `failed (${failures} problems)`}`,
  verifyNone: "not run",
  copyDiagnostics: "Copy diagnostics",
  copyTicket: "Copy for a ticket",
  copyTicketJson: "Copy for a ticket (JSON)",
  ticketHeadings: {
    diagnostics: "Diagnostics",
    settings: "Settings",
    incoming: "Incoming",
    checklist: "Checklist",
    findings: "Verify findings",
  },

  opensInBrowser: "(opens in your browser)",
};

export type PaneStrings = typeof en;
