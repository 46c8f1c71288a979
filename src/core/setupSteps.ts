// Where each server value goes in each Outlook (the incoming half, IMAP or
// POP3, and the outgoing half, SMTP, of the account dialogs), in the words that
// Outlook itself uses (English here; German and other UI languages in
// src/core/i18n/, keyed by the ids below). Microsoft and Google accounts
// need no SMTP values in current Outlook: the account is added by signing in
// (modern authentication). SMTP values are for IMAP/POP accounts and for other
// apps and devices. Outlook on the web never sends through another server.
// Sources and label checks: docs/checklist.md, "Setup steps".

import { DATED_FACT_VALUES } from "./datedFacts.js";
import { fillText, localize, text, type Lang, type Text, type TextValue } from "./language.js";
import type { IncomingServer, OutlookClient, Security, Server, Settings } from "./types.js";

export interface SetupValue {
  label: string;
  value: string;
}

export interface SetupStep {
  text: string;
  values?: SetupValue[];
}

export interface SetupGuide {
  client: OutlookClient;
  clientName: string;
  /** False when the account is added by signing in, or when this client cannot use another SMTP server. */
  needsSmtpSettings: boolean;
  intro: string;
  steps: SetupStep[];
  notes: string[];
}

/** The fields a step can show, filled from the recommended outgoing and incoming servers. */
type ValueField =
  | "host"
  | "port"
  | "hostAndPort"
  | "encryption"
  | "username"
  | "password"
  | "incomingProtocol"
  | "incomingHost"
  | "incomingPort"
  | "incomingHostAndPort"
  | "incomingEncryption"
  | "incomingUsername"
  | "incomingPassword";

/** Protocol names that every language writes the same, or a text. */
type Wording = string | Text;

interface StepTemplate {
  text: Text;
  values?: readonly ValueField[];
}

interface GuideTemplate {
  intro: Text;
  steps: readonly StepTemplate[];
  notes: readonly Text[];
}

interface ClientGuideData {
  name: Text;
  /** False for Outlook on the web: it only sends through the signed-in mailbox's own servers. */
  acceptsOtherSmtpServers: boolean;
  /** How this client names each encryption choice (may use {port}). */
  encryption: Record<Security, Wording>;
  /** The field names as this client shows them (may use {incomingProtocolName}). */
  labels: Record<ValueField, Text>;
  /** Adding an account by signing in (Microsoft, Google). {email} {signIn} are filled in. */
  signIn: GuideTemplate;
  /** Entering the outgoing server by hand, when no incoming server is known. */
  smtp: GuideTemplate;
  /** Entering both halves of the account dialog, incoming and outgoing, when both are known. */
  account: GuideTemplate;
  /** The incoming protocols this client can set up, preferred first. */
  incomingProtocols: readonly IncomingServer["protocol"][];
}

/** The step that shows the provider's sign-in ({signIn}), in every sign-in guide. */
const SIGN_IN_STEP: StepTemplate = { text: text("setup.signInStep", "{signIn}") };

const GENERIC_ENCRYPTION: Record<Security, Wording> = {
  tls: "SSL/TLS",
  starttls: "STARTTLS",
  none: text("setup.encryption.none", "None (not encrypted)"),
};

const GENERIC_LABELS: Record<ValueField, Text> = {
  host: text("setup.label.host", "Outgoing server (SMTP)"),
  port: text("setup.label.port", "Port"),
  hostAndPort: text("setup.label.hostAndPort", "Outgoing server and port"),
  encryption: text("setup.label.encryption", "Encryption"),
  username: text("setup.label.username", "User name"),
  password: text("setup.label.password", "Password"),
  incomingProtocol: text("setup.label.incomingProtocol", "Account type"),
  incomingHost: text("setup.label.incomingHost", "Incoming server ({incomingProtocolName})"),
  incomingPort: text("setup.label.incomingPort", "Incoming port"),
  incomingHostAndPort: text("setup.label.incomingHostAndPort", "Incoming server and port"),
  incomingEncryption: text("setup.label.incomingEncryption", "Incoming encryption"),
  incomingUsername: text("setup.label.incomingUsername", "Incoming user name"),
  incomingPassword: text("setup.label.incomingPassword", "Incoming password"),
};

// Texts both guides of a client use (outgoing only, and the whole account): written once.
const CLASSIC_WINDOWS_TEXTS = {
  labelEncryption: text(
    "setup.classic-windows.label.encryption",
    "Use the following type of encrypted connection",
  ),
  labelUsername: text("setup.classic-windows.label.username", "User Name"),
  labelPassword: text("setup.classic-windows.label.password", "Password"),
  openAccount: text(
    "setup.classic-windows.smtp.step.openAccount",
    "Choose File > Account Settings > Account Settings…, select {email} on the Email tab and choose Change….",
  ),
  authentication: text(
    "setup.classic-windows.smtp.step.authentication",
    "Choose More Settings… > Outgoing Server tab: tick My outgoing server (SMTP) requires authentication and Use same settings as my incoming mail server.",
  ),
  test: text(
    "setup.classic-windows.smtp.step.test",
    "Choose OK > Next. Outlook sends a test message; when both tests pass choose Close > Finish.",
  ),
  noteNoSpa: text(
    "setup.classic-windows.smtp.note.noSpa",
    'Leave "Require logon using Secure Password Authentication (SPA)" unticked: with it the sign-in fails (0x800CCC18).',
  ),
  noteNoAuto: text(
    "setup.classic-windows.smtp.note.noAuto",
    'Do not pick "Auto": it may fall back to an unencrypted connection.',
  ),
};

const NEW_WINDOWS_TEXTS = {
  labelPort: text("setup.new-windows.label.port", "Port"),
  labelEncryption: text("setup.new-windows.label.encryption", "Secure connection type"),
  addAccount: text(
    "setup.new-windows.smtp.step.addAccount",
    "Open Settings (gear icon) > Accounts > Email accounts and choose Add account.",
  ),
  showMore: text(
    "setup.new-windows.smtp.step.showMore",
    "Choose Show more and fill in the outgoing part: SMTP outgoing server, Port, Secure connection type, SMTP username and SMTP password.",
  ),
  finish: text(
    "setup.new-windows.smtp.step.finish",
    "Choose Continue: Outlook tests the connection and adds the account.",
  ),
  noteReplaceAccount: text(
    "setup.new-windows.smtp.note.replaceAccount",
    "To correct the servers of an account that is already in new Outlook, remove it (Settings > Accounts > Email accounts > Manage > Remove) and add it again with these values.",
  ),
  noteCloudSync: text(
    "setup.new-windows.smtp.note.cloudSync",
    "New Outlook keeps IMAP and POP accounts in sync through the Microsoft cloud, so the provider sees sign-ins from Microsoft's servers, not from your computer.",
  ),
};

const MAC_TEXTS = {
  labelPort: text("setup.mac.label.port", "Override default port"),
  labelEncryption: text("setup.mac.label.encryption", "Use SSL to connect"),
  labelUsername: text("setup.mac.label.username", "User name"),
  labelPassword: text("setup.mac.label.password", "Password"),
  openAccount: text(
    "setup.mac.smtp.step.openAccount",
    "Choose Outlook > Settings… > Accounts (Preferences on older macOS) and select {email}. To add it first, choose + > New Account…, type the address, choose Continue and pick IMAP/POP.",
  ),
  server: text(
    "setup.mac.smtp.step.server",
    "Under Outgoing server type the server, tick Override default port and type the port.",
  ),
  ssl: text("setup.mac.smtp.step.ssl", "Set the Use SSL to connect check box for the outgoing server."),
  authentication: text(
    "setup.mac.smtp.step.authentication",
    "Choose More Options… below the outgoing server, set Authentication to User Name and Password and enter them.",
  ),
};

const WEB_TEXTS = {
  intro: text(
    "setup.web.smtp.intro",
    "Outlook on the web cannot send through another provider's SMTP server: it always sends through the mailbox you are signed in to. Outlook.com's connected accounts, which used to pull other mailboxes in, were removed on {outlookComConnectedAccountsRemoved}.",
  ),
  useAnotherApp: text(
    "setup.web.smtp.step.useAnotherApp",
    "To send as {email} from Outlook, add the account in new or classic Outlook for Windows, Outlook for Mac or Outlook for iOS/Android: pick that app above for its steps.",
  ),
  noteNoForwarding: text(
    "setup.web.smtp.note.noForwarding",
    "Forwarding the other mailbox to this one is no substitute: your replies would still come from this address.",
  ),
};

const MOBILE_TEXTS = {
  labelIncomingHost: text("setup.mobile.label.incomingHost", "IMAP Host Name"),
  addAccount: text(
    "setup.mobile.smtp.step.addAccount",
    "Open Settings (gear icon) and tap Add Mail Account > Add Email Account, type {email} and tap Continue.",
  ),
  manual: text(
    "setup.mobile.smtp.step.manual",
    "If the app suggests a provider, tap Set up account manually, then choose IMAP.",
  ),
  finish: text(
    "setup.mobile.smtp.step.finish",
    "Tap the check mark to sign in; the app tests sending and receiving.",
  ),
};

const CLIENTS: Record<OutlookClient, ClientGuideData> = {
  "classic-windows": {
    name: text("setup.classic-windows.name", "Outlook for Windows (classic)"),
    acceptsOtherSmtpServers: true,
    // The choices of "Use the following type of encrypted connection" (Outlook 2016 and later).
    encryption: {
      tls: "SSL/TLS",
      starttls: "STARTTLS",
      none: text("setup.classic-windows.encryption.none", "None"),
    },
    labels: {
      host: text("setup.classic-windows.label.host", "Outgoing mail server (SMTP)"),
      port: text("setup.classic-windows.label.port", "Outgoing server (SMTP)"),
      hostAndPort: GENERIC_LABELS.hostAndPort,
      encryption: CLASSIC_WINDOWS_TEXTS.labelEncryption,
      username: CLASSIC_WINDOWS_TEXTS.labelUsername,
      password: CLASSIC_WINDOWS_TEXTS.labelPassword,
      // The "POP and IMAP Account Settings" dialog and its Advanced tab.
      incomingProtocol: text("setup.classic-windows.label.incomingProtocol", "Account Type"),
      incomingHost: text("setup.classic-windows.label.incomingHost", "Incoming mail server"),
      incomingPort: text(
        "setup.classic-windows.label.incomingPort",
        "Incoming server ({incomingProtocolName})",
      ),
      incomingHostAndPort: GENERIC_LABELS.incomingHostAndPort,
      incomingEncryption: CLASSIC_WINDOWS_TEXTS.labelEncryption,
      incomingUsername: CLASSIC_WINDOWS_TEXTS.labelUsername,
      incomingPassword: CLASSIC_WINDOWS_TEXTS.labelPassword,
    },
    signIn: {
      intro: text(
        "setup.classic-windows.signIn.intro",
        "This account needs no SMTP settings in Outlook: add it with the address and sign in. Outlook connects with modern authentication (OAuth2) and finds the servers itself.",
      ),
      steps: [
        {
          text: text(
            "setup.classic-windows.signIn.step.addAccount",
            "Choose File > Add Account, type {email} and choose Connect.",
          ),
        },
        SIGN_IN_STEP,
        {
          text: text(
            "setup.classic-windows.signIn.step.noServerNames",
            "Leave Advanced options alone and type no server names: there is nothing to set for sending.",
          ),
        },
      ],
      notes: [],
    },
    smtp: {
      intro: text(
        "setup.classic-windows.smtp.intro",
        "Outlook sends this account's mail through its outgoing (SMTP) server. These steps change an account that is already in Outlook; for a new one choose File > Add Account, then Advanced options > Let me set up my account manually > IMAP.",
      ),
      steps: [
        {
          text: CLASSIC_WINDOWS_TEXTS.openAccount,
        },
        {
          text: text(
            "setup.classic-windows.smtp.step.serverInfo",
            "Under Server Information type the server in Outgoing mail server (SMTP); under Logon Information check the user name and password.",
          ),
          values: ["host", "username", "password"],
        },
        {
          text: CLASSIC_WINDOWS_TEXTS.authentication,
        },
        {
          text: text(
            "setup.classic-windows.smtp.step.advancedTab",
            "On the Advanced tab set the port in Outgoing server (SMTP) and pick the encryption in Use the following type of encrypted connection.",
          ),
          values: ["port", "encryption"],
        },
        {
          text: CLASSIC_WINDOWS_TEXTS.test,
        },
      ],
      notes: [
        CLASSIC_WINDOWS_TEXTS.noteNoSpa,
        CLASSIC_WINDOWS_TEXTS.noteNoAuto,
        text(
          "setup.classic-windows.smtp.note.serverSettings",
          "In current versions File > Account Settings > Server Settings shows the same values in one dialog (Outgoing mail: Server, Port, Encryption method).",
        ),
      ],
    },
    account: {
      intro: text(
        "setup.classic-windows.account.intro",
        "Outlook's account dialog has two halves: the incoming server ({incomingProtocolName}) Outlook reads mail from, and the outgoing server (SMTP) it sends through. These steps change an account that is already in Outlook; for a new one choose File > Add Account, then Advanced options > Let me set up my account manually > {incomingProtocolName}.",
      ),
      steps: [
        {
          text: CLASSIC_WINDOWS_TEXTS.openAccount,
        },
        {
          text: text(
            "setup.classic-windows.account.step.serverInfo",
            "Under Server Information check the account type and type the incoming mail server and the outgoing mail server (SMTP); under Logon Information type the user name and password.",
          ),
          values: ["incomingProtocol", "incomingHost", "host", "incomingUsername", "incomingPassword"],
        },
        {
          text: CLASSIC_WINDOWS_TEXTS.authentication,
        },
        {
          text: text(
            "setup.classic-windows.account.step.advancedTab",
            "On the Advanced tab set the incoming server's port and encryption first, then the outgoing server's (SMTP) port and encryption; each has its own Use the following type of encrypted connection.",
          ),
          values: ["incomingPort", "incomingEncryption", "port", "encryption"],
        },
        {
          text: CLASSIC_WINDOWS_TEXTS.test,
        },
      ],
      notes: [
        CLASSIC_WINDOWS_TEXTS.noteNoSpa,
        CLASSIC_WINDOWS_TEXTS.noteNoAuto,
        text(
          "setup.classic-windows.account.note.serverSettings",
          "In current versions File > Account Settings > Server Settings shows the same values in one dialog: Incoming mail (User name, Password, Server, Port, Encryption method), then Outgoing mail.",
        ),
      ],
    },
    incomingProtocols: ["imap", "pop3"],
  },
  "new-windows": {
    name: text("setup.new-windows.name", "New Outlook for Windows"),
    acceptsOtherSmtpServers: true,
    encryption: {
      tls: "SSL/TLS",
      starttls: "STARTTLS",
      none: text("setup.new-windows.encryption.none", "None"),
    },
    labels: {
      host: text("setup.new-windows.label.host", "SMTP outgoing server"),
      port: NEW_WINDOWS_TEXTS.labelPort,
      hostAndPort: GENERIC_LABELS.hostAndPort,
      encryption: NEW_WINDOWS_TEXTS.labelEncryption,
      username: text("setup.new-windows.label.username", "SMTP username"),
      password: text("setup.new-windows.label.password", "SMTP password"),
      incomingProtocol: GENERIC_LABELS.incomingProtocol,
      incomingHost: text("setup.new-windows.label.incomingHost", "{incomingProtocolName} incoming server"),
      incomingPort: NEW_WINDOWS_TEXTS.labelPort,
      incomingHostAndPort: GENERIC_LABELS.incomingHostAndPort,
      incomingEncryption: NEW_WINDOWS_TEXTS.labelEncryption,
      incomingUsername: text("setup.new-windows.label.incomingUsername", "{incomingProtocolName} username"),
      incomingPassword: text("setup.new-windows.label.incomingPassword", "{incomingProtocolName} password"),
    },
    signIn: {
      intro: text(
        "setup.new-windows.signIn.intro",
        "This account needs no SMTP settings in new Outlook: add it with the address and sign in (modern authentication, OAuth2).",
      ),
      steps: [
        {
          text: text(
            "setup.new-windows.signIn.step.addAccount",
            "Open Settings (gear icon) > Accounts > Email accounts and choose Add account.",
          ),
        },
        {
          text: text("setup.new-windows.signIn.step.typeAddress", "Type {email} and choose Continue."),
        },
        SIGN_IN_STEP,
      ],
      notes: [],
    },
    smtp: {
      intro: text(
        "setup.new-windows.smtp.intro",
        "New Outlook asks for the outgoing server when you add an IMAP or POP account.",
      ),
      steps: [
        {
          text: NEW_WINDOWS_TEXTS.addAccount,
        },
        {
          text: text(
            "setup.new-windows.smtp.step.chooseImap",
            "Type {email} and choose Continue; when asked for the account type choose IMAP (or POP).",
          ),
        },
        {
          text: NEW_WINDOWS_TEXTS.showMore,
          values: ["host", "port", "encryption", "username", "password"],
        },
        {
          text: NEW_WINDOWS_TEXTS.finish,
        },
      ],
      notes: [NEW_WINDOWS_TEXTS.noteReplaceAccount, NEW_WINDOWS_TEXTS.noteCloudSync],
    },
    account: {
      intro: text(
        "setup.new-windows.account.intro",
        "New Outlook asks for both servers when you add an IMAP or POP account: first the incoming server, then, under Show more, the outgoing one.",
      ),
      steps: [
        {
          text: NEW_WINDOWS_TEXTS.addAccount,
        },
        {
          text: text(
            "setup.new-windows.account.step.chooseType",
            "Type {email} and choose Continue; when asked for the account type choose {incomingProtocolName}.",
          ),
        },
        {
          text: text(
            "setup.new-windows.account.step.incoming",
            "Fill in the incoming part: {incomingProtocolName} incoming server, Port, Secure connection type, {incomingProtocolName} username and password.",
          ),
          values: [
            "incomingHost",
            "incomingPort",
            "incomingEncryption",
            "incomingUsername",
            "incomingPassword",
          ],
        },
        {
          text: NEW_WINDOWS_TEXTS.showMore,
          values: ["host", "port", "encryption", "username", "password"],
        },
        {
          text: NEW_WINDOWS_TEXTS.finish,
        },
      ],
      notes: [NEW_WINDOWS_TEXTS.noteReplaceAccount, NEW_WINDOWS_TEXTS.noteCloudSync],
    },
    incomingProtocols: ["imap", "pop3"],
  },
  mac: {
    name: text("setup.mac.name", "Outlook for Mac"),
    acceptsOtherSmtpServers: true,
    // Outlook for Mac has one check box; with it ticked on port 587 it upgrades with STARTTLS.
    encryption: {
      tls: text("setup.mac.encryption.tls", "ticked, with port {port} (SSL/TLS from the start)"),
      starttls: text(
        "setup.mac.encryption.starttls",
        "ticked, with port {port} (Outlook for Mac then upgrades the connection with STARTTLS)",
      ),
      none: text("setup.mac.encryption.none", "unticked (the connection is not encrypted)"),
    },
    labels: {
      host: text("setup.mac.label.host", "Outgoing server"),
      port: MAC_TEXTS.labelPort,
      hostAndPort: GENERIC_LABELS.hostAndPort,
      encryption: MAC_TEXTS.labelEncryption,
      username: MAC_TEXTS.labelUsername,
      password: MAC_TEXTS.labelPassword,
      incomingProtocol: GENERIC_LABELS.incomingProtocol,
      incomingHost: text("setup.mac.label.incomingHost", "Incoming server"),
      incomingPort: MAC_TEXTS.labelPort,
      incomingHostAndPort: GENERIC_LABELS.incomingHostAndPort,
      incomingEncryption: MAC_TEXTS.labelEncryption,
      incomingUsername: MAC_TEXTS.labelUsername,
      incomingPassword: MAC_TEXTS.labelPassword,
    },
    signIn: {
      intro: text(
        "setup.mac.signIn.intro",
        "This account needs no SMTP settings in Outlook for Mac: add it with the address and sign in (modern authentication, OAuth2).",
      ),
      steps: [
        {
          text: text(
            "setup.mac.signIn.step.newAccount",
            "Choose Outlook > Settings… > Accounts (Preferences on older macOS), then + > New Account….",
          ),
        },
        {
          text: text("setup.mac.signIn.step.typeAddress", "Type {email} and choose Continue."),
        },
        SIGN_IN_STEP,
      ],
      notes: [],
    },
    smtp: {
      intro: text(
        "setup.mac.smtp.intro",
        "Outlook for Mac keeps the outgoing server on the account's page in Settings > Accounts.",
      ),
      steps: [
        {
          text: MAC_TEXTS.openAccount,
        },
        {
          text: MAC_TEXTS.server,
          values: ["host", "port"],
        },
        {
          text: MAC_TEXTS.ssl,
          values: ["encryption"],
        },
        {
          text: MAC_TEXTS.authentication,
          values: ["username", "password"],
        },
      ],
      notes: [],
    },
    account: {
      intro: text(
        "setup.mac.account.intro",
        "Outlook for Mac keeps both servers on the account's page in Settings > Accounts: the incoming server at the top, the outgoing server below it.",
      ),
      steps: [
        {
          text: MAC_TEXTS.openAccount,
        },
        {
          text: text(
            "setup.mac.account.step.incoming",
            "Type the user name and password, then under Incoming server type the server, tick Override default port, type the port and set Use SSL to connect.",
          ),
          values: [
            "incomingUsername",
            "incomingPassword",
            "incomingHost",
            "incomingPort",
            "incomingEncryption",
          ],
        },
        {
          text: MAC_TEXTS.server,
          values: ["host", "port"],
        },
        {
          text: MAC_TEXTS.ssl,
          values: ["encryption"],
        },
        {
          text: MAC_TEXTS.authentication,
          values: ["username", "password"],
        },
      ],
      notes: [],
    },
    incomingProtocols: ["imap", "pop3"],
  },
  web: {
    name: text("setup.web.name", "Outlook on the web"),
    acceptsOtherSmtpServers: false,
    encryption: GENERIC_ENCRYPTION,
    labels: GENERIC_LABELS,
    signIn: {
      intro: text(
        "setup.web.signIn.intro",
        "Outlook on the web already sends this mailbox's mail through its own servers: there is nothing to set.",
      ),
      steps: [
        {
          text: text(
            "setup.web.signIn.step.nothingToDo",
            "Nothing to do: signed in to Outlook on the web as {email}, mail goes out through your mailbox's own servers.",
          ),
        },
      ],
      notes: [],
    },
    smtp: {
      intro: WEB_TEXTS.intro,
      steps: [
        {
          text: WEB_TEXTS.useAnotherApp,
        },
        {
          text: text("setup.web.smtp.step.values", "Those apps (and other mail programs) need these values:"),
          values: ["host", "port", "encryption", "username", "password"],
        },
      ],
      notes: [WEB_TEXTS.noteNoForwarding],
    },
    account: {
      intro: WEB_TEXTS.intro,
      steps: [
        {
          text: WEB_TEXTS.useAnotherApp,
        },
        {
          text: text(
            "setup.web.account.step.incomingValues",
            "Those apps (and other mail programs) need the incoming server:",
          ),
          values: [
            "incomingProtocol",
            "incomingHost",
            "incomingPort",
            "incomingEncryption",
            "incomingUsername",
          ],
        },
        {
          text: text("setup.web.account.step.outgoingValues", "and the outgoing server:"),
          values: ["host", "port", "encryption", "username", "password"],
        },
      ],
      notes: [WEB_TEXTS.noteNoForwarding],
    },
    incomingProtocols: ["imap", "pop3"],
  },
  mobile: {
    name: text("setup.mobile.name", "Outlook for iOS and Android"),
    acceptsOtherSmtpServers: true,
    // The app has no encryption field: it negotiates from the port.
    encryption: {
      tls: text("setup.mobile.encryption.tls", "SSL/TLS (chosen by the app for port {port})"),
      starttls: text("setup.mobile.encryption.starttls", "STARTTLS (chosen by the app for port {port})"),
      none: text("setup.mobile.encryption.none", "None (not encrypted)"),
    },
    labels: {
      host: text("setup.mobile.label.host", "SMTP Host Name"),
      port: GENERIC_LABELS.port,
      hostAndPort: text("setup.mobile.label.hostAndPort", "SMTP Host Name"),
      encryption: GENERIC_LABELS.encryption,
      username: text("setup.mobile.label.username", "SMTP Username"),
      password: text("setup.mobile.label.password", "SMTP Password"),
      incomingProtocol: GENERIC_LABELS.incomingProtocol,
      incomingHost: MOBILE_TEXTS.labelIncomingHost,
      incomingPort: GENERIC_LABELS.port,
      incomingHostAndPort: MOBILE_TEXTS.labelIncomingHost,
      incomingEncryption: GENERIC_LABELS.encryption,
      incomingUsername: text("setup.mobile.label.incomingUsername", "IMAP Username"),
      incomingPassword: text("setup.mobile.label.incomingPassword", "IMAP Password"),
    },
    signIn: {
      intro: text(
        "setup.mobile.signIn.intro",
        "This account needs no SMTP settings in the Outlook app: add it with the address and sign in (modern authentication, OAuth2).",
      ),
      steps: [
        {
          text: text(
            "setup.mobile.signIn.step.addAccount",
            "Open Settings (gear icon) and tap Add Mail Account > Add Email Account.",
          ),
        },
        {
          text: text("setup.mobile.signIn.step.typeAddress", "Type {email} and tap Continue."),
        },
        SIGN_IN_STEP,
      ],
      notes: [],
    },
    smtp: {
      intro: text(
        "setup.mobile.smtp.intro",
        "The Outlook app asks for the outgoing server when you set up an IMAP account by hand.",
      ),
      steps: [
        {
          text: MOBILE_TEXTS.addAccount,
        },
        {
          text: MOBILE_TEXTS.manual,
        },
        {
          text: text(
            "setup.mobile.smtp.step.advanced",
            "Turn on Advanced Settings and fill in the SMTP part; type the port after the host name with a colon.",
          ),
          values: ["hostAndPort", "encryption", "username", "password"],
        },
        {
          text: MOBILE_TEXTS.finish,
        },
      ],
      notes: [],
    },
    account: {
      intro: text(
        "setup.mobile.account.intro",
        "The Outlook app asks for both servers when you set up an IMAP account by hand: first IMAP for receiving, then SMTP for sending.",
      ),
      steps: [
        {
          text: MOBILE_TEXTS.addAccount,
        },
        {
          text: MOBILE_TEXTS.manual,
        },
        {
          text: text(
            "setup.mobile.account.step.incoming",
            "Turn on Advanced Settings and fill in the IMAP part; type the port after the host name with a colon.",
          ),
          values: ["incomingHostAndPort", "incomingEncryption", "incomingUsername", "incomingPassword"],
        },
        {
          text: text(
            "setup.mobile.account.step.outgoing",
            "Below it fill in the SMTP part the same way, the port again after the host name.",
          ),
          values: ["hostAndPort", "encryption", "username", "password"],
        },
        {
          text: MOBILE_TEXTS.finish,
        },
      ],
      notes: [],
    },
    // The Outlook app sets up IMAP accounts by hand, not POP.
    incomingProtocols: ["imap"],
  },
};

const POP_NOT_IN_APP: Text = text(
  "setup.mobile.note.noPop",
  "The Outlook app cannot add POP accounts, and this provider lists only POP: use Outlook on a computer, or ask the provider for IMAP access.",
);

/** The Outlook clients for a switcher, in the order to show them. */
export const OUTLOOK_CLIENTS: ReadonlyArray<{ id: OutlookClient; name: Text }> = (
  ["new-windows", "classic-windows", "mac", "web", "mobile"] as const
).map((id) => ({ id, name: CLIENTS[id].name }));

interface SignInProvider {
  /** Clients where the account is added by signing in, without SMTP values. */
  clients: readonly OutlookClient[];
  /** What the sign-in looks like. */
  signIn: Text;
  /** Where the SMTP values still matter. */
  notes: readonly Text[];
}

const MICROSOFT_SIGN_IN: Text = text(
  "setup.signIn.microsoft",
  "Sign in with your Microsoft password and second factor in the Microsoft window that opens.",
);

const GOOGLE_SIGN_IN: Text = text(
  "setup.signIn.google",
  "Outlook recognises Google and opens Google's sign-in (Continue with Google / Sign in with Google): sign in there and allow Outlook access. No app password is needed.",
);

const OTHER_APPS_NOTE: Text = text(
  "setup.note.otherApps",
  "The SMTP values ({host}, port {port}, {encryptionName}) are for other apps and devices such as printers, scanners and scripts, and for IMAP/POP setups.",
);

const SIGN_IN_PROVIDERS: Readonly<Record<string, SignInProvider>> = {
  microsoft365: {
    clients: ["classic-windows", "new-windows", "mac", "web", "mobile"],
    signIn: MICROSOFT_SIGN_IN,
    notes: [
      OTHER_APPS_NOTE,
      text(
        "setup.signInNote.microsoft365",
        "Devices and apps that send through smtp.office365.com need SMTP AUTH enabled for the mailbox and OAuth2; password (basic) sign-in is off by default for existing tenants from {m365BasicAuthOff}. Alternatives: direct send or an SMTP relay connector to your tenant's MX endpoint on port 25.",
      ),
    ],
  },
  outlook: {
    clients: ["classic-windows", "new-windows", "mac", "web", "mobile"],
    signIn: MICROSOFT_SIGN_IN,
    notes: [
      OTHER_APPS_NOTE,
      text(
        "setup.signInNote.outlook",
        "Other apps can send through Outlook.com only with Microsoft sign-in (OAuth2): passwords and app passwords stopped working for SMTP on {outlookComBasicAuthEnded}.",
      ),
    ],
  },
  gmail: {
    clients: ["classic-windows", "new-windows", "mac", "mobile"],
    signIn: GOOGLE_SIGN_IN,
    notes: [
      OTHER_APPS_NOTE,
      text(
        "setup.signInNote.gmail",
        "Outlook 2016 and 2019 bought without Microsoft 365 cannot sign in with Google: they need the IMAP and SMTP server values and an app password (which needs 2-Step Verification).",
      ),
    ],
  },
};
// A Google Workspace account signs in exactly like a Gmail one.
const SIGN_IN_BY_PROVIDER: Readonly<Record<string, SignInProvider | undefined>> = {
  ...SIGN_IN_PROVIDERS,
  "google-workspace": SIGN_IN_PROVIDERS.gmail,
};

/** What to type as the password, where the provider calls it something else. */
const PASSWORD_BY_PROVIDER: Readonly<Record<string, Text>> = {
  qq: text("setup.passwordFor.qq", "the 16-character authorization code"),
  netease163: text("setup.passwordFor.netease163", "the client authorization code"),
  netease126: text("setup.passwordFor.netease126", "the client authorization code"),
  att: text("setup.passwordFor.att", "your secure mail key"),
  proton: text("setup.passwordFor.proton", "the password Proton Mail Bridge shows"),
};

type PasswordKind = "password" | "password-or-app" | "app-password" | "oauth2" | "none";

const PASSWORD_BY_KIND: Readonly<Record<PasswordKind, Text>> = {
  password: text("setup.passwordKind.password", "your email password"),
  "password-or-app": text(
    "setup.passwordKind.password-or-app",
    "your email password, or an app password if two-factor sign-in is on",
  ),
  "app-password": text("setup.passwordKind.app-password", "an app password for this app"),
  oauth2: text("setup.passwordKind.oauth2", "none: sign in when the provider's window opens (OAuth2)"),
  none: text("setup.passwordKind.none", "none: this server does not ask for a sign-in"),
};

/** Setup remarks that hold whatever the client. */
const PROVIDER_NOTES: Readonly<Record<string, readonly Text[]>> = {
  proton: [
    text(
      "setup.providerNote.proton",
      "Proton Mail Bridge must be running on this computer: the server 127.0.0.1 is the Bridge itself. Outlook may ask once to trust Bridge's own certificate.",
    ),
  ],
  gmx: [
    text(
      "setup.providerNote.gmx",
      "Turn on POP3/IMAP access in the GMX web mail settings first, or sign-in is refused.",
    ),
  ],
  webde: [
    text(
      "setup.providerNote.webde",
      "Turn on POP3/IMAP access in the WEB.DE web mail settings first, or sign-in is refused.",
    ),
  ],
  qq: [
    text(
      "setup.providerNote.qq",
      "Turn on the SMTP service in QQ Mail's settings and generate the authorization code there.",
    ),
  ],
  icloud: [
    text(
      "setup.providerNote.icloud",
      "Use an app-specific password from your Apple Account (two-factor authentication must be on) and the full address as user name.",
    ),
  ],
};

const NO_SERVER: GuideTemplate = {
  intro: text(
    "setup.noServer.intro",
    "No outgoing server is known for {email} yet, so there is nothing to fill in.",
  ),
  steps: [
    {
      text: text(
        "setup.noServer.askProvider",
        "Ask your email provider for the outgoing (SMTP) server name, port, encryption and user name, then check them here with Verify.",
      ),
    },
  ],
  notes: [],
};

// Manual IMAP setups in Outlook sign in with a password, so a password-type
// method wins over OAuth2 here even when the provider prefers OAuth2.
function passwordKind(server: Server | IncomingServer): PasswordKind {
  const has = (method: Server["auth"][number]): boolean => server.auth.includes(method);
  if (has("password")) return has("app-password") ? "password-or-app" : "password";
  if (has("app-password")) return "app-password";
  if (has("oauth2")) return "oauth2";
  return "none";
}

function passwordText(settings: Settings, server: Server | IncomingServer): Text {
  const byProvider = settings.provider ? PASSWORD_BY_PROVIDER[settings.provider.id] : undefined;
  return byProvider ?? PASSWORD_BY_KIND[passwordKind(server)];
}

const INCOMING_PROTOCOL_NAMES: Record<IncomingServer["protocol"], string> = { imap: "IMAP", pop3: "POP3" };

/** The incoming server to set up in this client: the first of a protocol the client offers. */
function incomingFor(data: ClientGuideData, settings: Settings): IncomingServer | undefined {
  const incoming = settings.incoming ?? [];
  for (const protocol of data.incomingProtocols) {
    const server = incoming.find((candidate) => candidate.protocol === protocol);
    if (server) return server;
  }
  return undefined;
}

function encryptionValue(data: ClientGuideData, security: Security, port: number): TextValue {
  const wording = data.encryption[security];
  return (lang: Lang) => fillText(localize(wording, lang), { port }, lang);
}

function fieldValues(
  data: ClientGuideData,
  settings: Settings,
  server: Server | undefined,
  incoming: IncomingServer | undefined,
): Record<string, TextValue> {
  const values: Record<string, TextValue> = { ...DATED_FACT_VALUES, email: settings.email };
  if (server) {
    Object.assign(values, {
      host: server.host,
      port: server.port,
      hostAndPort: `${server.host}:${server.port}`,
      encryption: encryptionValue(data, server.security, server.port),
      encryptionName: GENERIC_ENCRYPTION[server.security],
      username: server.username,
      password: passwordText(settings, server),
    });
  }
  if (incoming) {
    const name = INCOMING_PROTOCOL_NAMES[incoming.protocol];
    Object.assign(values, {
      incomingProtocol: name,
      incomingProtocolName: name,
      incomingHost: incoming.host,
      incomingPort: incoming.port,
      incomingHostAndPort: `${incoming.host}:${incoming.port}`,
      incomingEncryption: encryptionValue(data, incoming.security, incoming.port),
      incomingUsername: incoming.username,
      incomingPassword: passwordText(settings, incoming),
    });
  }
  return values;
}

function renderTemplate(
  template: GuideTemplate,
  data: ClientGuideData,
  values: Record<string, TextValue>,
  lang: Lang,
): Pick<SetupGuide, "intro" | "steps" | "notes"> {
  return {
    intro: fillText(localize(template.intro, lang), values, lang),
    steps: template.steps.map((step) => {
      const filled = fillText(localize(step.text, lang), values, lang);
      if (!step.values) return { text: filled };
      return {
        text: filled,
        values: step.values.map((field) => ({
          label: fillText(localize(data.labels[field], lang), values, lang),
          value: fillText(`{${field}}`, values, lang),
        })),
      };
    }),
    notes: template.notes.map((note) => fillText(localize(note, lang), values, lang)),
  };
}

/** Step-by-step instructions for putting these settings into one Outlook client. */
export function setupGuide(client: OutlookClient, settings: Settings, lang: Lang): SetupGuide {
  const data = CLIENTS[client];
  const server = settings.servers[0];
  const incoming = incomingFor(data, settings);
  const providerId = settings.provider?.id ?? "";
  const signInProvider = SIGN_IN_BY_PROVIDER[providerId];
  const signsIn = signInProvider?.clients.includes(client) === true;
  const values = fieldValues(data, settings, server, incoming);
  const providerNotes = (PROVIDER_NOTES[providerId] ?? []).map((note) =>
    fillText(localize(note, lang), values, lang),
  );

  let body: Pick<SetupGuide, "intro" | "steps" | "notes">;
  if (signsIn && signInProvider) {
    body = renderTemplate(data.signIn, data, { ...values, signIn: signInProvider.signIn }, lang);
    // Notes about SMTP values only make sense when we know them.
    if (server)
      body.notes.push(...signInProvider.notes.map((note) => fillText(localize(note, lang), values, lang)));
  } else if (!server && data.acceptsOtherSmtpServers) {
    body = renderTemplate(NO_SERVER, data, values, lang);
  } else if (!server) {
    body = renderTemplate({ ...data.smtp, steps: data.smtp.steps.slice(0, 1) }, data, values, lang);
  } else if (incoming) {
    // Both halves of the dialog: the incoming server first, as Outlook asks for it.
    body = renderTemplate(data.account, data, values, lang);
  } else {
    body = renderTemplate(data.smtp, data, values, lang);
    const onlyOtherProtocols = (settings.incoming ?? []).length > 0;
    if (onlyOtherProtocols && data.acceptsOtherSmtpServers) body.notes.push(localize(POP_NOT_IN_APP, lang));
  }
  return {
    client,
    clientName: localize(data.name, lang),
    needsSmtpSettings: !signsIn && data.acceptsOtherSmtpServers,
    intro: body.intro,
    steps: body.steps,
    notes: [...body.notes, ...providerNotes],
  };
}

/** Every text of the setup data, for the translation tests. */
export function allSetupTexts(): Text[] {
  const guides = (Object.values(CLIENTS) as ClientGuideData[]).flatMap((data) => [
    data.name,
    ...Object.values(data.encryption).filter((wording): wording is Text => typeof wording === "object"),
    ...Object.values(data.labels),
    ...[data.signIn, data.smtp, data.account].flatMap((t) => [
      t.intro,
      ...t.steps.map((s) => s.text),
      ...t.notes,
    ]),
  ]);
  return [
    ...guides,
    ...Object.values(SIGN_IN_PROVIDERS).flatMap((p) => [p.signIn, ...p.notes]),
    ...Object.values(PASSWORD_BY_PROVIDER),
    ...Object.values(PASSWORD_BY_KIND),
    ...Object.values(PROVIDER_NOTES).flat(),
    NO_SERVER.intro,
    ...NO_SERVER.steps.map((s) => s.text),
    POP_NOT_IN_APP,
  ];
}
