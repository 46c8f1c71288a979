// English UI strings of the task pane: the reference catalogue. Its shape is
// the PaneStrings type, so every other language must provide every key.
// Provider-specific text (notes, steps, checklist) comes from src/core.

import type {
  AuthMethod,
  Confidence,
  Security,
  SettingsSource,
  Severity,
  VerifyStepName,
} from "../../core/types.js";

export const en = {
  appTitle: "Outbox Doctor",
  connecting: "Connecting to Outlook…",
  standaloneNotice: "Running outside Outlook. Type an address to see its outgoing server settings.",
  standaloneOfficeTimeout: "Outlook did not answer in time, so the pane runs on its own.",

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
  nothingFound: (domain: string) =>
    `No settings are known for ${domain}. Ask your email provider or administrator for the outgoing (SMTP) server.`,
  unverifiedSource:
    "These settings were not confirmed by the provider. Use “Verify this server” before you type a password.",

  outgoingHeading: "Outgoing server",
  recommended: "Recommended",
  alternativesHeading: "Alternatives",
  alternativeLabel: (port: number, security: string) => `Port ${port}, ${security}`,
  fields: {
    server: "Server",
    port: "Port",
    encryption: "Encryption",
    auth: "Authentication",
    username: "User name",
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
    },
    outlookCom: {
      title: "Outlook.com account: nothing to set up in Outlook",
      body: "Outlook sends through Outlook.com directly. Other apps must sign in with OAuth2 at smtp-mail.outlook.com, port 587, STARTTLS: passwords and app passwords stopped working there on 16 September 2024.",
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
  openReport: "Open full report",
  tlsSummary: (protocol: string, cipher: string) => `${protocol}, ${cipher}`,
  certificateSummary: (subject: string, days: number) => `Certificate for ${subject}, ${days} days left`,
  certificateExpiredSummary: (subject: string) => `Certificate for ${subject}, expired`,

  explainHeading: "Fix an error",
  explainLabel: "Paste the error message or code",
  explainPlaceholder: "e.g. 535 5.7.139 Authentication unsuccessful or 0x800CCC0E",
  explainButton: "Explain",
  explainEmpty: "Paste an error message or code first.",
  explainNoMatch: "No known error code found in this text. Paste the whole message, including the number.",
  explainCause: "Cause",
  explainFixes: "Try these, in order",

  diagnosticsHeading: "Diagnostics",
  diagnosticsIntro: "Support staff may ask for these.",
  diagnostics: {
    hostName: "Host",
    hostVersion: "Host version",
    platform: "Platform",
    language: "Language",
    mailboxRequirementSet: "Highest Mailbox requirement set",
    mode: "Mode",
  },
  diagnosticsStandalone: "No Office host (standalone)",
  diagnosticsUnknown: "not reported",
  copyDiagnostics: "Copy diagnostics",

  opensInBrowser: "(opens in your browser)",
};

export type PaneStrings = typeof en;
