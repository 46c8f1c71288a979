// North and South American ISPs and mailbox providers. AT&T and Comcast follow
// FACTS.md; the others follow the ISP's own settings page (linked in docs).
// Entries marked `unverified` were cross-checked with the Thunderbird ISPDB but
// not against a settings article of the provider's own (docs/providers.md).
import type { ProviderSpec } from "../providerDatabase.js";
import { text } from "../language.js";
import {
  CHECKED,
  FROM_CLIENT_DATABASES,
  FULL_ADDRESS_LOGIN,
  RECHECKED,
  domainList,
  imap,
  imapAndPop,
  implicitTls,
  isp,
  LOCAL_PART_LOGIN,
  note,
  pop3,
  startTls,
} from "./serverSpec.js";

const JUNO_PREMIUM = note(
  "juno.premium",
  "Juno and NetZero give mail-app (IMAP and POP) access only with their paid email plans.",
);

export const AMERICAS_PROVIDERS: ProviderSpec[] = [
  {
    id: "att",
    name: "AT&T Mail",
    domains: domainList(`
      att.net sbcglobal.net bellsouth.net pacbell.net swbell.net flash.net prodigy.net ameritech.net nvbell.net
      wans.net snet.net currently.com
    `),
    mxPatterns: [],
    servers: [implicitTls("smtp.mail.att.net")],
    incoming: imapAndPop("imap.mail.att.net", "inbound.att.net"),
    auth: ["app-password"],
    username: "email",
    notes: [
      note(
        "att.secureMailKey",
        "Mail apps need a secure mail key instead of your AT&T password: create one in your AT&T profile under Sign-in info.",
      ),
      FULL_ADDRESS_LOGIN,
    ],
    appPasswordHint: text(
      "provider.att.appPasswordHint",
      "Create a secure mail key in your AT&T profile (Sign-in info, Secure mail key) for this email address and use it instead of your AT&T password.",
    ),
    docs: "https://www.att.com/support/article/email-support/KM1010523/",
    checked: CHECKED,
  },
  {
    id: "comcast",
    name: "Xfinity (Comcast)",
    domains: ["comcast.net"],
    mxPatterns: [],
    // FACTS: 587 STARTTLS is documented first, 465 implicit TLS also works.
    servers: [startTls("smtp.comcast.net"), implicitTls("smtp.comcast.net")],
    incoming: imapAndPop("imap.comcast.net", "mail.comcast.net"),
    auth: ["password", "oauth2"],
    username: "email",
    notes: [
      note(
        "comcast.thirdParty",
        "Third-party access must be turned on in the Xfinity email security settings before a mail app can sign in.",
      ),
      FULL_ADDRESS_LOGIN,
    ],
    appPasswordHint: null,
    docs: "https://www.xfinity.com/support/articles/email-client-programs-with-xfinity-email",
    checked: CHECKED,
  },
  {
    id: "spectrum",
    name: "Spectrum (Charter, Roadrunner, TWC)",
    domains: domainList(`
      charter.net spectrum.net twc.com rr.com roadrunner.com bresnan.net
      nc.rr.com triad.rr.com carolina.rr.com ec.rr.com sc.rr.com wi.rr.com twcny.rr.com nycap.rr.com rochester.rr.com
      maine.rr.com hawaii.rr.com austin.rr.com satx.rr.com woh.rr.com neo.rr.com columbus.rr.com cinci.rr.com
      ca.rr.com socal.rr.com san.rr.com kc.rr.com new.rr.com stny.rr.com hvc.rr.com twmi.rr.com rgv.rr.com elp.rr.com
    `),
    mxPatterns: [],
    // Spectrum runs implicit TLS on port 587 (not STARTTLS), unlike the RFC 6409 convention.
    servers: [implicitTls("mobile.charter.net", 587)],
    incoming: imapAndPop("mobile.charter.net", "mobile.charter.net"),
    auth: ["password"],
    username: "email",
    notes: [
      note(
        "spectrum.tlsOn587",
        "Spectrum's server expects SSL/TLS from the first byte on port 587: choose SSL/TLS, not STARTTLS, even though the port is 587.",
      ),
      FULL_ADDRESS_LOGIN,
    ],
    appPasswordHint: null,
    docs: "https://www.spectrum.net/support/internet/mobile-email-setup",
    checked: CHECKED,
  },
  {
    id: "earthlink",
    name: "EarthLink",
    domains: domainList("earthlink.net mindspring.com ix.netcom.com peoplepc.com"),
    mxPatterns: [],
    servers: [startTls("smtpauth.earthlink.net")],
    incoming: imapAndPop("imap.earthlink.net", "pop.earthlink.net"),
    auth: ["password"],
    username: "email",
    notes: [FULL_ADDRESS_LOGIN],
    appPasswordHint: null,
    docs: "https://help.earthlink.net/portal/en/kb/articles/email-server-settings",
    checked: CHECKED,
  },
  isp({
    id: "centurylink",
    name: "CenturyLink (Lumen)",
    domains: domainList("centurylink.net embarqmail.com q.com"),
    servers: [startTls("smtp.centurylink.net")],
    incoming: imapAndPop("mail.centurylink.net", "pop.centurylink.net"),
    docs: "https://www.centurylink.com/home/help/internet/email.html",
    checked: RECHECKED,
    unverified: true,
  }),
  isp({
    id: "centurytel",
    name: "CenturyTel (CenturyLink)",
    domains: domainList(`
      centurytel.net clds.net coastalnow.net cochill.net cswnet.com emadisonriver.com emadisonriver.net
      gallatinriver.net grics.net gulftel.com madisonriver.biz mebtel.net
    `),
    servers: [startTls("smtpauth.centurytel.net")],
    // CenturyLink documents POP3 only for these older domains.
    incoming: [pop3("pop.centurytel.net")],
    docs: "https://www.centurylink.com/home/help/internet/email.html",
    checked: RECHECKED,
    unverified: true,
  }),
  isp({
    id: "windstream",
    name: "Windstream (Kinetic)",
    domains: ["windstream.net"],
    servers: [implicitTls("smtp.windstream.net")],
    incoming: imapAndPop("imap.windstream.net", "pop.windstream.net"),
    docs: "https://www.windstream.com/support",
    checked: RECHECKED,
    unverified: true,
  }),
  isp({
    id: "juno",
    name: "Juno",
    domains: ["juno.com"],
    servers: [implicitTls("smtp.juno.com")],
    incoming: imapAndPop("imap.juno.com", "pop.juno.com"),
    notes: [JUNO_PREMIUM, FULL_ADDRESS_LOGIN],
    docs: "https://support.juno.com/",
    checked: RECHECKED,
    unverified: true,
  }),
  isp({
    id: "netzero",
    name: "NetZero",
    domains: ["netzero.net", "netzero.com"],
    servers: [implicitTls("smtp.netzero.net")],
    incoming: imapAndPop("imap.netzero.net", "pop.netzero.net"),
    notes: [JUNO_PREMIUM, FULL_ADDRESS_LOGIN],
    docs: "https://support.netzero.net/",
    checked: RECHECKED,
    unverified: true,
  }),
  {
    id: "bell",
    name: "Bell (Sympatico)",
    domains: ["bell.net", "sympatico.ca"],
    mxPatterns: [],
    servers: [startTls("smtphm.sympatico.ca")],
    incoming: [imap("imap.bell.net"), pop3("pophm.sympatico.ca")],
    auth: ["password"],
    username: "email",
    notes: [FULL_ADDRESS_LOGIN],
    appPasswordHint: null,
    docs: "https://support.bell.ca/internet/email",
    checked: CHECKED,
    unverified: true,
  },
  isp({
    id: "telus",
    name: "TELUS Mail",
    domains: ["telus.net"],
    servers: [implicitTls("smtp.telus.net")],
    incoming: imapAndPop("imap.telus.net", "pop.telus.net"),
    docs: "https://www.telus.com/support",
    checked: RECHECKED,
    unverified: true,
  }),
  isp({
    id: "shaw",
    name: "Shaw (Rogers)",
    domains: ["shaw.ca"],
    servers: [startTls("mail.shaw.ca")],
    incoming: imapAndPop("imap.shaw.ca", "pop.shaw.ca"),
    docs: "https://www.shaw.ca/support",
    checked: RECHECKED,
    unverified: true,
  }),
  {
    id: "rogers",
    name: "Rogers Yahoo Mail",
    domains: ["rogers.com"],
    mxPatterns: [],
    servers: [implicitTls("smtp.broadband.rogers.com")],
    incoming: imapAndPop("imap.broadband.rogers.com", "pop.broadband.rogers.com"),
    auth: ["app-password"],
    username: "email",
    notes: [
      note(
        "rogers.appPassword",
        "Rogers Yahoo Mail runs on Yahoo's platform: mail apps need an app password from the Yahoo Account security page of your Rogers account.",
      ),
      FULL_ADDRESS_LOGIN,
    ],
    appPasswordHint: text(
      "provider.rogers.appPasswordHint",
      "Sign in to your Rogers Yahoo Mail account, open Account security and create an app password for the mail app; your normal password is refused.",
    ),
    docs: "https://www.rogers.com/support",
    checked: RECHECKED,
    unverified: true,
  },
  isp({
    id: "uol",
    name: "UOL Mail",
    domains: ["uol.com.br"],
    // UOL's own ISPDB entry: STARTTLS on 587, IMAP after switching it on in webmail.
    servers: [startTls("smtps.uol.com.br")],
    incoming: imapAndPop("imap.uol.com.br", "pop3.uol.com.br"),
    username: "localpart",
    notes: [
      note("uol.enableImap", 'Turn on IMAP first in the UOL webmail settings ("Ativar IMAP").'),
      LOCAL_PART_LOGIN,
    ],
    docs: "https://sac.uol.com.br/",
    checked: RECHECKED,
    unverified: true,
  }),
  isp({
    id: "bol",
    name: "BOL Mail",
    domains: ["bol.com.br"],
    servers: [implicitTls("smtps.bol.com.br"), startTls("smtps.bol.com.br")],
    incoming: imapAndPop("imap.bol.com.br", "pop3.bol.com.br"),
    username: "localpart",
    notes: [LOCAL_PART_LOGIN],
    docs: "https://sac.uol.com.br/",
    checked: RECHECKED,
    unverified: true,
  }),
  // From public mail-client databases (FairEmail's providers.xml and another
  // public client table agree), not from a page of Optimum's own: docs/providers.md.
  isp({
    id: "optimum",
    name: "Optimum (Altice USA)",
    domains: ["optonline.net", "optimum.net"],
    servers: [implicitTls("mail.optimum.net")],
    incoming: [imap("mail.optimum.net")],
    notes: [FROM_CLIENT_DATABASES, FULL_ADDRESS_LOGIN],
    docs: "https://www.optimum.net/FAQ/#/answers/a_id/216",
    checked: RECHECKED,
    unverified: true,
  }),
  // From client tables and users' published working configurations that agree (587
  // STARTTLS), not from a page of Terra's own: docs/providers.md.
  isp({
    id: "terra",
    name: "Terra Mail (Brazil)",
    domains: ["terra.com.br"],
    servers: [startTls("smtp.terra.com.br")],
    incoming: [imap("imap.terra.com.br")],
    notes: [FROM_CLIENT_DATABASES, FULL_ADDRESS_LOGIN],
    docs: "https://mail.terra.com.br/html/capa/terra/ajuda/ajuda.htm",
    checked: RECHECKED,
    unverified: true,
  }),
];
