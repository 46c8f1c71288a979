// Providers used worldwide. Facts per entry come from the linked docs; where
// the project's checked facts (FACTS.md, Nov 2026) cover a provider they win.
// Dated facts in notes are placeholders filled from src/core/datedFacts.ts.
import { factDate } from "../datedFacts.js";
import type { ProviderSpec } from "../providerDatabase.js";
import { text } from "../language.js";
import {
  CHECKED,
  FULL_ADDRESS_LOGIN,
  RECHECKED,
  domainList,
  imap,
  imapAndPop,
  implicitTls,
  note,
  startTls,
  tlsThenStartTls,
} from "./serverSpec.js";

const GOOGLE_APP_PASSWORD_TEXT = text(
  "provider.google.appPassword",
  "An app password needs 2-Step Verification; it is not available with security-key-only 2-Step Verification or Advanced Protection, and every app password is revoked when you change your Google password.",
);

// Yahoo and AOL run the same account system and document app passwords the same way
// (help.yahoo.com SLN15241, help.aol.com "Create and manage 3rd-party app passwords", checked 2026-12-01).
const YAHOO_APP_PASSWORD_TEXT = text(
  "provider.yahoo.appPasswordHint",
  'Create the app password on your Yahoo Account security page (Create app password, under "External connections"), in a browser you have used to sign in to Yahoo for several days and not in a private window. It stays valid when you change your Yahoo password: delete it there to revoke it.',
);
const AOL_APP_PASSWORD_TEXT = text(
  "provider.aol.appPasswordHint",
  "Create the app password on your AOL Account security page (Generate and manage app passwords), in a browser you have used to sign in to AOL Mail for several days and not in a private window. It stays valid when you change your AOL password: delete it there to revoke it.",
);

const ZOHO_APP_PASSWORD_TEXT = text(
  "provider.zoho.appPassword",
  "With two-factor authentication on, create an application-specific password in Zoho Accounts (Security, App Passwords) and use it instead of your password.",
);

const ZOHO_NOTES = [
  note(
    "zoho.dataCentre",
    "Use the servers of the data centre your account lives in: it is the domain of your Zoho Mail web address (zoho.com, zoho.eu, zoho.in, zoho.com.au, zoho.jp, zohocloud.ca).",
  ),
  note(
    "zoho.proServers",
    "Personal addresses (@zoho.com, @zohomail.com ...) use smtp.zoho.* and imap.zoho.*; addresses on your organisation's own domain use smtppro.zoho.* and imappro.zoho.*.",
  ),
  { text: ZOHO_APP_PASSWORD_TEXT },
  note(
    "zoho.fromAddress",
    "The From address must be your account's address or one of its aliases, or Zoho rejects the message.",
  ),
  note(
    "zoho.enableImap",
    "Turn on IMAP or POP access in Zoho Mail's settings (Mail Accounts) before adding the account.",
  ),
];

function zohoRegion(id: string, name: string, tld: string, domains: string): ProviderSpec {
  return {
    id,
    name,
    domains: domainList(domains),
    mxPatterns: [`mx*.${tld}`],
    servers: tlsThenStartTls(`smtp.${tld}`),
    customDomainServers: tlsThenStartTls(`smtppro.${tld}`),
    incoming: imapAndPop(`imap.${tld}`, `pop.${tld}`),
    customDomainIncoming: imapAndPop(`imappro.${tld}`, `poppro.${tld}`),
    auth: ["password", "app-password"],
    username: "email",
    subaddressSeparator: "+",
    notes: ZOHO_NOTES,
    appPasswordHint: ZOHO_APP_PASSWORD_TEXT,
    docs: "https://www.zoho.com/mail/help/zoho-smtp.html",
    checked: CHECKED,
  };
}

export const GLOBAL_PROVIDERS: ProviderSpec[] = [
  {
    id: "microsoft365",
    name: "Microsoft 365",
    domains: [],
    // Tenant default domains; also contoso.mail.onmicrosoft.com routing addresses.
    domainSuffixes: ["onmicrosoft.com"],
    // <tenant>.mail.protection.outlook.com; newer DNSSEC-signed tenants use <tenant>.<x>.mx.microsoft.
    mxPatterns: ["*.mail.protection.outlook.com", "*.mx.microsoft"],
    // Microsoft documents 587 STARTTLS only; 465 (implicit TLS) is not supported.
    servers: [startTls("smtp.office365.com")],
    // Exchange Online turned basic authentication off for IMAP and POP in 2022: OAuth2 only.
    incoming: [
      { ...imap("outlook.office365.com"), auth: ["oauth2"] },
      { protocol: "pop3", host: "outlook.office365.com", port: 995, security: "tls", auth: ["oauth2"] },
    ],
    auth: ["oauth2", "password"],
    username: "email",
    subaddressSeparator: "+",
    outlookAccountTypes: ["office365"],
    notes: [
      note(
        "microsoft365.basicAuth",
        "Sign in with OAuth2 (modern authentication). A plain password (basic authentication) only works while your organisation still allows SMTP AUTH: Microsoft disables basic authentication for SMTP AUTH by default for existing tenants at {date} (MC786329); apps that still use it then fail with 550 5.7.30.",
        { date: (lang) => factDate("m365-smtp-basic-auth-off", lang) },
      ),
      note(
        "microsoft365.smtpAuthOff",
        "SMTP AUTH is off by default for tenants created after January 2020 and does not work while Security Defaults are on; an administrator enables it per mailbox (Set-CASMailbox -SmtpClientAuthenticationDisabled $false).",
      ),
      note("microsoft365.no465", "Port 465 is not supported: use port 587 with STARTTLS (TLS 1.2 or later)."),
      note(
        "microsoft365.imapOauth",
        "IMAP and POP (outlook.office365.com) accept only OAuth2: choose a mail app that signs in with Microsoft.",
      ),
      note(
        "microsoft365.upn",
        "User name: your Microsoft 365 sign-in name (UPN), usually your email address.",
      ),
      note(
        "microsoft365.devices",
        "For printers, scanners and apps Microsoft documents three ways: SMTP AUTH client submission to smtp.office365.com:587 (a licensed mailbox signs in); direct send to your tenant's MX endpoint <tenant>.mail.protection.outlook.com on port 25 (no sign-in, recipients in your organisation only); SMTP relay through a connector to that MX endpoint on port 25 (allowed by your static IP address or certificate).",
      ),
    ],
    appPasswordHint: null,
    docs: "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365",
    checked: CHECKED,
  },
  {
    id: "outlook",
    name: "Outlook.com (Hotmail, Live, MSN)",
    domains: domainList(`
      outlook.com hotmail.com live.com msn.com windowslive.com passport.com livemail.tw
      outlook.at outlook.be outlook.cl outlook.cz outlook.de outlook.dk outlook.es outlook.fr outlook.hu outlook.ie
      outlook.in outlook.it outlook.jp outlook.kr outlook.lv outlook.my outlook.ph outlook.pt outlook.sa outlook.sg
      outlook.sk outlook.co.id outlook.co.il outlook.co.th outlook.com.ar outlook.com.au outlook.com.br
      outlook.com.gr outlook.com.tr outlook.com.vn
      hotmail.be hotmail.ca hotmail.cl hotmail.cz hotmail.de hotmail.dk hotmail.es hotmail.fi hotmail.fr hotmail.gr
      hotmail.hu hotmail.it hotmail.lt hotmail.lv hotmail.my hotmail.nl hotmail.no hotmail.ph hotmail.rs hotmail.se
      hotmail.sg hotmail.sk hotmail.co.id hotmail.co.il hotmail.co.in hotmail.co.jp hotmail.co.kr hotmail.co.th
      hotmail.co.uk hotmail.co.za hotmail.com.ar hotmail.com.au hotmail.com.br hotmail.com.hk hotmail.com.tr
      hotmail.com.tw hotmail.com.vn
      live.at live.be live.ca live.cl live.cn live.de live.dk live.fi live.fr live.hk live.ie live.in live.it live.jp
      live.nl live.no live.ru live.se live.co.jp live.co.kr live.co.uk live.co.za live.com.ar live.com.au live.com.mx
      live.com.my live.com.ph live.com.pt live.com.sg
    `),
    // Consumer mailboxes receive through <domain>.olc.protection.outlook.com.
    mxPatterns: ["*.olc.protection.outlook.com"],
    servers: [startTls("smtp-mail.outlook.com")],
    // Microsoft's Outlook.com settings article names outlook.office365.com for IMAP and POP.
    incoming: imapAndPop("outlook.office365.com", "outlook.office365.com"),
    auth: ["oauth2"],
    username: "email",
    subaddressSeparator: "+",
    outlookAccountTypes: ["outlookCom"],
    notes: [
      note(
        "outlook.oauthOnly",
        'Outlook.com accepts only OAuth2 ("Sign in with Microsoft") since {date}: app passwords and plain passwords no longer work for SMTP, IMAP or POP, so use a mail app that signs in with Microsoft.',
        { date: (lang) => factDate("outlookcom-basic-auth-ended", lang) },
      ),
      note("outlook.oldName", "smtp.live.com is an old name for this service: use smtp-mail.outlook.com."),
      FULL_ADDRESS_LOGIN,
    ],
    appPasswordHint: null,
    docs: "https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040",
    checked: CHECKED,
  },
  {
    id: "gmail",
    name: "Gmail",
    domains: ["gmail.com", "googlemail.com"],
    mxPatterns: [],
    servers: tlsThenStartTls("smtp.gmail.com"),
    incoming: imapAndPop("imap.gmail.com", "pop.gmail.com"),
    auth: ["oauth2", "app-password"],
    username: "email",
    subaddressSeparator: "+",
    outlookAccountTypes: ["gmail"],
    notes: [
      note(
        "gmail.oauth",
        'Prefer "Sign in with Google" (OAuth2): signing in with just your Google password stopped working on {date}.',
        { date: (lang) => factDate("gmail-password-only-ended", lang) },
      ),
      { text: GOOGLE_APP_PASSWORD_TEXT },
    ],
    appPasswordHint: GOOGLE_APP_PASSWORD_TEXT,
    docs: "https://support.google.com/mail/answer/7126229",
    checked: CHECKED,
  },
  {
    id: "google-workspace",
    name: "Google Workspace",
    domains: [],
    // aspmx.l.google.com and altN.aspmx.l.google.com, aspmxN.googlemail.com, and smtp.google.com (since 2023).
    mxPatterns: ["*.google.com", "*.googlemail.com"],
    servers: tlsThenStartTls("smtp.gmail.com"),
    incoming: imapAndPop("imap.gmail.com", "pop.gmail.com"),
    auth: ["oauth2", "app-password"],
    username: "email",
    subaddressSeparator: "+",
    notes: [
      note(
        "googleWorkspace.oauth",
        'Prefer "Sign in with Google" (OAuth2): password-only access for Workspace accounts ended on {date}.',
        { date: (lang) => factDate("workspace-password-only-ended", lang) },
      ),
      { text: GOOGLE_APP_PASSWORD_TEXT },
      note(
        "googleWorkspace.relay",
        "Printers and apps that cannot sign in can use smtp-relay.gmail.com once an administrator turns on the SMTP relay service in the Admin console (allowed by IP address or SMTP authentication).",
      ),
    ],
    appPasswordHint: GOOGLE_APP_PASSWORD_TEXT,
    docs: "https://support.google.com/a/answer/176600",
    checked: CHECKED,
  },
  {
    id: "yahoo",
    name: "Yahoo Mail",
    domains: domainList(`
      yahoo.com ymail.com rocketmail.com myyahoo.com
      yahoo.at yahoo.be yahoo.ca yahoo.cl yahoo.de yahoo.dk yahoo.es yahoo.fr yahoo.gr yahoo.ie yahoo.in yahoo.it
      yahoo.nl yahoo.no yahoo.pl yahoo.ro yahoo.se yahoo.co.id yahoo.co.in yahoo.co.nz yahoo.co.th yahoo.co.uk
      yahoo.co.za yahoo.com.ar yahoo.com.au yahoo.com.br yahoo.com.co yahoo.com.hk yahoo.com.mx yahoo.com.my
      yahoo.com.pe yahoo.com.ph yahoo.com.sg yahoo.com.tw yahoo.com.vn
      cox.net
    `),
    // mta5.am0.yahoodns.net and the like; custom domains on Yahoo use the same MX.
    mxPatterns: ["*.yahoodns.net"],
    servers: [implicitTls("smtp.mail.yahoo.com"), startTls("smtp.mail.yahoo.com")],
    incoming: imapAndPop("imap.mail.yahoo.com", "pop.mail.yahoo.com"),
    auth: ["oauth2", "app-password"],
    username: "email",
    notes: [
      note(
        "yahoo.appPassword",
        "Mail apps that sign in with Yahoo directly use OAuth2; any other app needs an app password from Yahoo's Account security page: your normal Yahoo password is refused.",
      ),
      note(
        "yahoo.cox",
        "Addresses at cox.net moved to Yahoo Mail when Cox stopped running email, and use these settings.",
      ),
      FULL_ADDRESS_LOGIN,
    ],
    appPasswordHint: YAHOO_APP_PASSWORD_TEXT,
    docs: "https://help.yahoo.com/kb/SLN4075.html",
    checked: RECHECKED,
  },
  {
    id: "aol",
    name: "AOL Mail",
    domains: domainList(`
      aol.com aim.com verizon.net netscape.net netscape.com compuserve.com cs.com wmconnect.com love.com games.com wow.com
      aol.de aol.it aol.fr aol.es aol.se aol.co.uk aol.co.nz aol.com.au aol.com.ar aol.com.br aol.com.mx
    `),
    mxPatterns: ["*.gm0.yahoodns.net"],
    servers: [implicitTls("smtp.aol.com")],
    incoming: imapAndPop("imap.aol.com", "pop.aol.com"),
    auth: ["oauth2", "app-password"],
    username: "email",
    notes: [
      note(
        "aol.appPassword",
        "Mail apps that sign in with AOL directly use OAuth2; any other app needs an app password from AOL's Account security page.",
      ),
      note("aol.verizon", "Verizon.net addresses are hosted by AOL Mail and use these settings."),
      FULL_ADDRESS_LOGIN,
    ],
    appPasswordHint: AOL_APP_PASSWORD_TEXT,
    docs: "https://help.aol.com/articles/how-do-i-use-other-email-applications-to-send-and-receive-my-aol-mail",
    checked: RECHECKED,
  },
  {
    id: "icloud",
    name: "iCloud Mail",
    domains: ["icloud.com", "me.com", "mac.com"],
    // Custom email domains in iCloud+ receive through mx01/mx02.mail.icloud.com.
    mxPatterns: ["mx*.mail.icloud.com"],
    servers: [startTls("smtp.mail.me.com")],
    // Apple documents IMAP only (no POP).
    incoming: [imap("imap.mail.me.com")],
    auth: ["app-password"],
    username: "email",
    notes: [
      note(
        "icloud.appPassword",
        "Create an app-specific password at account.apple.com (Sign-In and Security); it needs two-factor authentication on your Apple Account.",
      ),
      note("icloud.username", "User name: your full iCloud Mail address (not an alias)."),
      note(
        "icloud.imapUsername",
        "For IMAP Apple gives the part of your address before the @ as the user name; if the full address is refused there, use that part.",
      ),
    ],
    appPasswordHint: text(
      "provider.icloud.appPasswordHint",
      "Create an app-specific password at account.apple.com under Sign-In and Security, App-Specific Passwords; your Apple Account needs two-factor authentication.",
    ),
    docs: "https://support.apple.com/en-us/102525",
    checked: CHECKED,
  },
  zohoRegion("zoho", "Zoho Mail", "zoho.com", "zoho.com zohomail.com"),
  zohoRegion("zoho-eu", "Zoho Mail (EU data centre)", "zoho.eu", "zoho.eu zohomail.eu"),
  zohoRegion("zoho-in", "Zoho Mail (India data centre)", "zoho.in", "zoho.in zohomail.in"),
  zohoRegion("zoho-au", "Zoho Mail (Australia data centre)", "zoho.com.au", "zoho.com.au zohomail.com.au"),
  // No personal mailbox domain of the Japan and Canada data centres could be confirmed
  // (docs/providers.md): organisations there are found by their MX (mx.zoho.jp, mx.zohocloud.ca).
  zohoRegion("zoho-jp", "Zoho Mail (Japan data centre)", "zoho.jp", ""),
  zohoRegion("zoho-ca", "Zoho Mail (Canada data centre)", "zohocloud.ca", ""),
  {
    id: "fastmail",
    name: "Fastmail",
    domains: domainList(`
      fastmail.com fastmail.fm fastmail.cn fastmail.co.uk fastmail.com.au fastmail.de fastmail.es fastmail.fr
      fastmail.im fastmail.in fastmail.jp fastmail.mx fastmail.net fastmail.nl fastmail.org fastmail.se fastmail.to
      fastmail.tw fastmail.uk fastmail.us
      123mail.org 150mail.com 150ml.com 16mail.com 2-mail.com 4email.net 50mail.com airpost.net allmail.net
      bestmail.us cluemail.com elitemail.org emailcorner.net emailengine.net emailengine.org emailgroups.net
      emailplus.org emailuser.net eml.cc f-m.fm fast-email.com fast-mail.org fastem.com fastemail.us fastemailer.com
      fastest.cc fastimap.com fastmailbox.net fastmessaging.com fea.st fmail.co.uk fmailbox.com fmgirl.com fmguy.com
      ftml.net h-mail.us hailmail.net imap-mail.com imap.cc imapmail.org inoutbox.com internet-e-mail.com
      internet-mail.org internetemails.net internetmailing.net jetemail.net justemail.net letterboxes.org
      mail-central.com mail-page.com mailandftp.com mailas.com mailbolt.com mailc.net mailcan.com mailforce.net
      mailftp.com mailhaven.com mailingaddress.org mailite.com mailmight.com mailnew.com mailsent.net mailservice.ms
      mailup.net mailworks.org ml1.net mm.st myfastmail.com mymacmail.com nospammail.net ownmail.net petml.com
      postinbox.com postpro.net proinbox.com promessage.com realemail.net reallyfast.biz reallyfast.info rushpost.com
      sent.as sent.at sent.com speedpost.net speedymail.org ssl-mail.com swift-mail.com the-fastest.net
      the-quickest.com theinternetemail.com veryfast.biz veryspeedy.net warpmail.net xsmail.com yepmail.net
      your-mail.com
    `),
    mxPatterns: ["*.messagingengine.com"],
    servers: [implicitTls("smtp.fastmail.com")],
    incoming: imapAndPop("imap.fastmail.com", "pop.fastmail.com"),
    auth: ["app-password"],
    username: "email",
    subaddressSeparator: "+",
    notes: [
      note(
        "fastmail.appPassword",
        "An app password is mandatory for SMTP, IMAP and POP: create one in Fastmail's settings (Privacy & Security). Your Fastmail login password does not work in mail apps.",
      ),
      FULL_ADDRESS_LOGIN,
    ],
    appPasswordHint: text(
      "provider.fastmail.appPasswordHint",
      "Create an app password in Fastmail's settings under Privacy & Security, Manage app passwords, with access to IMAP, POP and SMTP.",
    ),
    docs: "https://www.fastmail.help/hc/en-us/articles/1500000278342",
    checked: CHECKED,
  },
  {
    id: "proton",
    name: "Proton Mail",
    domains: ["proton.me", "protonmail.com", "protonmail.ch", "pm.me"],
    mxPatterns: ["mail.protonmail.ch", "mailsec.protonmail.ch"],
    // Proton Mail Bridge listens on the user's own computer; FACTS: default port 1025 is unverified.
    servers: [startTls("127.0.0.1", 1025)],
    customDomainServers: [startTls("smtp.protonmail.ch", 587), startTls("127.0.0.1", 1025)],
    // Bridge's IMAP side, by default 1143 with STARTTLS (read it from the Bridge window, like the SMTP port).
    incoming: [{ protocol: "imap", host: "127.0.0.1", port: 1143, security: "starttls" }],
    auth: ["app-password"],
    username: "email",
    subaddressSeparator: "+",
    notes: [
      note(
        "proton.bridge",
        "Proton Mail has no direct SMTP or IMAP server for mail apps: install Proton Mail Bridge (paid plans only). It runs on your own computer at 127.0.0.1.",
      ),
      note(
        "proton.bridgePorts",
        "Read the SMTP and IMAP ports and the password from the Bridge window: the ports are often 1025 and 1143 but not always, and the Bridge password is not your Proton password.",
      ),
      note(
        "proton.certificate",
        "Bridge uses its own self-signed certificate, which your mail app has to trust.",
      ),
      note(
        "proton.smtpToken",
        "Organisations with their own domain on an eligible business plan can instead create an SMTP token and send through smtp.protonmail.ch on port 587 (STARTTLS) from devices and apps.",
      ),
    ],
    appPasswordHint: text(
      "provider.proton.appPasswordHint",
      "Use the password that Proton Mail Bridge shows for this account in its window, not your Proton password.",
    ),
    docs: "https://proton.me/support/smtp-submission",
    checked: CHECKED,
  },
  {
    id: "tutanota",
    name: "Tuta (Tutanota)",
    domains: ["tuta.com", "tutanota.com", "tutanota.de", "tutamail.com", "tuta.io", "keemail.me"],
    mxPatterns: ["mail.tutanota.de"],
    servers: [],
    incoming: [],
    auth: ["password"],
    username: "email",
    notes: [
      note(
        "tutanota.noSmtp",
        "Tuta offers no SMTP, IMAP or POP access at all: mail is sent only from the Tuta apps and web app, so no mail app can be set up to send from this address.",
      ),
    ],
    appPasswordHint: null,
    docs: "https://tuta.com/support",
    checked: CHECKED,
    unverified: true,
  },
  {
    id: "mailcom",
    name: "mail.com",
    domains: domainList(`
      mail.com email.com groupmail.com post.com homemail.com housemail.com writeme.com mail-me.com workmail.com
      accountant.com activist.com adexec.com allergist.com alumni.com alumnidirector.com archaeologist.com
      auctioneer.net bartender.net brew-master.com chef.net chemist.com collector.org columnist.com comic.com
      consultant.com contractor.net counsellor.com deliveryman.com diplomats.com dr.com engineer.com financier.com
      fireman.net gardener.com geologist.com graphic-designer.com graduate.org hairdresser.net instructor.net
      insurer.com journalist.com legislator.com lobbyist.com minister.com musician.org optician.com orthodontist.net
      pediatrician.com photographer.net physicist.net politician.com presidency.com priest.com programmer.net
      publicist.com radiologist.net realtyagent.com registerednurses.com repairman.com representative.com
      salesperson.net secretary.net socialworker.net sociologist.com songwriter.net teachers.org techie.com
      technologist.com therapist.net umpire.com worker.com artlover.com bikerider.com birdlover.com blader.com
      kittymail.com lovecat.com marchmail.com boardermail.com catlover.com clubmember.org nonpartisan.com
      petlover.com doglover.com greenmail.net hackermail.com theplate.com bsdmail.com computer4u.com coolsite.net
      cyberdude.com cybergal.com cyberservices.com cyber-wizard.com linuxmail.org null.net solution4u.com
      tech-center.com webname.com acdcfan.com angelic.com discofan.com elvisfan.com hiphopfan.com kissfans.com
      madonnafan.com metalfan.com ninfan.com ravemail.com reggaefan.com snakebite.com bellair.net californiamail.com
      dallasmail.com nycmail.com pacific-ocean.com pacificwest.com sanfranmail.com usa.com africamail.com
      asia-mail.com australiamail.com berlin.com brazilmail.com chinamail.com dublin.com dutchmail.com englandmail.com
      europe.com arcticmail.com europemail.com germanymail.com irelandmail.com israelmail.com italymail.com
      koreamail.com mexicomail.com moscowmail.com munich.com asia.com polandmail.com safrica.com samerica.com
      scotlandmail.com spainmail.com swedenmail.com swissmail.com torontomail.com aircraftmail.com cash4u.com
      disposable.com execs.com fastservice.com instruction.com job4u.com net-shopping.com planetmail.com
      planetmail.net qualityservice.com rescueteam.com surgical.net atheist.com disciples.com muslim.com
      protestant.com reborn.com reincarnate.com religious.com saintly.com brew-meister.com cutey.com dbzmail.com
      doramail.com galaxyhit.com hilarious.com humanoid.net hot-shot.com inorbit.com iname.com innocent.com
      keromail.com myself.com rocketship.com toothfairy.com toke.com tvstar.com uymail.com 2trom.com
      mail.org cheerful.com london.com 2die4.com alabama.usa.com alaska.usa.com americamail.com amorous.com
      arizona.usa.com bigger.com california.usa.com caress.com clerk.com cliffhanger.com count.com couple.com
      doctor.com earthling.net fan.com feelings.com florida.usa.com footballer.com hockeymail.com hour.com
      illinois.usa.com japan.com lawyer.com loveable.com mad.scientist.com madrid.com mindless.com mobsters.com
      monarchy.com newyork.usa.com playful.com poetic.com popstar.com revenue.com rockfan.com rome.com royal.net
      scientist.com seductive.com singapore.com soon.com texas.usa.com thegame.com tokyo.com wallet.com
      weirdness.com who.net whoever.com winning.com witty.com yours.com
    `),
    mxPatterns: [],
    servers: [startTls("smtp.mail.com"), implicitTls("smtp.mail.com")],
    incoming: imapAndPop("imap.mail.com", "pop.mail.com"),
    auth: ["password"],
    username: "email",
    notes: [
      note(
        "mailcom.premium",
        "Sending from a mail app needs POP3/IMAP access, which mail.com includes only with mail.com Premium; switch it on in the mail.com settings (POP3 & IMAP).",
      ),
      FULL_ADDRESS_LOGIN,
    ],
    appPasswordHint: null,
    docs: "https://support.mail.com/pop-imap/toggle.html",
    checked: CHECKED,
  },
];
