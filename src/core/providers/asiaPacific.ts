// Asia-Pacific providers. QQ and NetEase follow FACTS.md (authorization codes);
// Yahoo! JAPAN is a separate company from Yahoo Inc. with its own servers.
// Entries marked `unverified` were cross-checked with the Thunderbird ISPDB but
// not against a settings article of the provider's own (docs/providers.md).
import type { ProviderSpec } from "../providerDatabase.js";
import { text } from "../language.js";
import {
  CHECKED,
  FROM_CLIENT_DATABASES,
  FULL_ADDRESS_LOGIN,
  RECHECKED,
  imap,
  imapAndPop,
  implicitTls,
  isp,
  note,
  pop3,
  startTls,
} from "./serverSpec.js";

const NETEASE_CODE_TEXT = text(
  "provider.netease.authorizationCode",
  "Turn on the SMTP service (POP3/SMTP/IMAP) in the mailbox settings, then create a client authorization code and use it as the password: the login password is refused.",
);

function netease(id: string, name: string, domain: string): ProviderSpec {
  return {
    id,
    name,
    domains: [domain],
    mxPatterns: [],
    servers: [implicitTls(`smtp.${domain}`)],
    incoming: imapAndPop(`imap.${domain}`, `pop.${domain}`),
    auth: ["app-password"],
    username: "email",
    notes: [{ text: NETEASE_CODE_TEXT }, FULL_ADDRESS_LOGIN],
    appPasswordHint: NETEASE_CODE_TEXT,
    docs: "https://help.mail.163.com/",
    checked: CHECKED,
    unverified: true,
  };
}

export const ASIA_PACIFIC_PROVIDERS: ProviderSpec[] = [
  {
    id: "yahoo-japan",
    name: "Yahoo! JAPAN Mail",
    domains: ["yahoo.co.jp", "ymail.ne.jp"],
    mxPatterns: [],
    servers: [implicitTls("smtp.mail.yahoo.co.jp")],
    incoming: imapAndPop("imap.mail.yahoo.co.jp", "pop.mail.yahoo.co.jp"),
    auth: ["password"],
    username: "localpart",
    notes: [
      note(
        "yahooJapan.notYahoo",
        "Yahoo! JAPAN is not Yahoo Mail: it has its own servers and accounts, so smtp.mail.yahoo.com does not work for these addresses.",
      ),
      note("yahooJapan.enableAccess", "Allow IMAP/POP/SMTP access in the Yahoo! JAPAN Mail settings first."),
      note(
        "yahooJapan.username",
        "User name: your Yahoo! JAPAN ID. It is usually the part before the @, but if your ID differs from your address, use the ID.",
      ),
    ],
    appPasswordHint: null,
    docs: "https://support.yahoo-net.jp/PccMail/s/",
    checked: CHECKED,
    unverified: true,
  },
  {
    id: "qq",
    name: "QQ Mail",
    domains: ["qq.com", "vip.qq.com", "foxmail.com"],
    mxPatterns: ["mx*.qq.com"],
    servers: [implicitTls("smtp.qq.com")],
    incoming: imapAndPop("imap.qq.com", "pop.qq.com"),
    auth: ["app-password"],
    username: "email",
    notes: [
      note(
        "qq.authorizationCode",
        "Turn on the SMTP service (POP3/IMAP/SMTP) under Settings, Account in QQ Mail, then generate the 16-character authorization code and use it as the password.",
      ),
      FULL_ADDRESS_LOGIN,
    ],
    appPasswordHint: text(
      "provider.qq.appPasswordHint",
      "In QQ Mail go to Settings, Account, turn on the POP3/IMAP/SMTP service and generate the 16-character authorization code; use it as the password.",
    ),
    docs: "https://service.mail.qq.com/",
    checked: CHECKED,
    unverified: true,
  },
  netease("netease163", "NetEase 163 Mail", "163.com"),
  netease("netease126", "NetEase 126 Mail", "126.com"),
  netease("netease-yeah", "NetEase yeah.net Mail", "yeah.net"),
  {
    id: "naver",
    name: "Naver Mail",
    domains: ["naver.com"],
    mxPatterns: [],
    servers: [implicitTls("smtp.naver.com")],
    incoming: imapAndPop("imap.naver.com", "pop.naver.com"),
    auth: ["password", "app-password"],
    username: "email",
    notes: [
      note(
        "naver.enableAccess",
        "Turn on IMAP/SMTP (or POP3/SMTP) use in Naver Mail's settings first; with 2-step verification on, create an application password and use it instead of your password.",
      ),
      FULL_ADDRESS_LOGIN,
    ],
    appPasswordHint: text(
      "provider.naver.appPasswordHint",
      "With 2-step verification on, create an application password in your Naver account's security settings and use it instead of your Naver password.",
    ),
    docs: "https://help.naver.com/service/30029/contents/21342?osType=PC&lang=ko",
    checked: CHECKED,
  },
  {
    id: "daum",
    name: "Daum Mail (Kakao)",
    domains: ["daum.net", "hanmail.net"],
    mxPatterns: [],
    servers: [implicitTls("smtp.daum.net")],
    incoming: [imap("imap.daum.net")],
    auth: ["password"],
    username: "email",
    notes: [
      note("daum.enableImap", "Turn on IMAP/SMTP use in the Daum Mail settings first."),
      FULL_ADDRESS_LOGIN,
    ],
    appPasswordHint: null,
    docs: "https://cs.daum.net/faq/43/9234.html",
    checked: CHECKED,
  },
  {
    id: "telstra",
    name: "Telstra Mail (BigPond)",
    domains: ["bigpond.com", "bigpond.net.au", "bigpond.net", "telstra.com"],
    mxPatterns: [],
    servers: [implicitTls("smtp.telstra.com")],
    incoming: imapAndPop("imap.telstra.com", "pop.telstra.com"),
    auth: ["password"],
    username: "email",
    notes: [FULL_ADDRESS_LOGIN],
    appPasswordHint: null,
    docs: "https://www.telstra.com.au/support/category/email/telstra-mail/recommended-email-settings-for-telstra-mail",
    checked: CHECKED,
  },
  isp({
    id: "biglobe",
    name: "BIGLOBE Mail",
    domains: ["biglobe.ne.jp"],
    servers: [implicitTls("mail.biglobe.ne.jp")],
    // BIGLOBE documents POP3 for mail apps.
    incoming: [pop3("mail.biglobe.ne.jp")],
    docs: "https://support.biglobe.ne.jp/",
    checked: RECHECKED,
    unverified: true,
  }),
  isp({
    id: "ocn",
    name: "OCN Mail",
    domains: ["ocn.ne.jp", "ocn.ad.jp"],
    servers: [implicitTls("smtp.ocn.ne.jp")],
    incoming: [pop3("pop.ocn.ne.jp")],
    docs: "https://support.ntt.com/ocn/",
    checked: RECHECKED,
    unverified: true,
  }),
  isp({
    id: "iinet",
    name: "iiNet Mail",
    domains: ["iinet.net.au"],
    servers: [implicitTls("mail.iinet.net.au")],
    incoming: imapAndPop("mail.iinet.net.au", "mail.iinet.net.au"),
    docs: "https://www.iinet.net.au/support/",
    checked: RECHECKED,
    unverified: true,
  }),
  // The two entries below come from public mail-client databases (FairEmail's
  // providers.xml, the Thunderbird ISPDB for Xtra), not from a page of the
  // provider's own that could be read: docs/providers.md.
  isp({
    id: "tpg",
    name: "TPG",
    domains: ["tpg.com.au"],
    servers: [implicitTls("mail.tpg.com.au")],
    incoming: [imap("mail.tpg.com.au")],
    notes: [FROM_CLIENT_DATABASES, FULL_ADDRESS_LOGIN],
    docs: "https://support.tpg.com.au/email-settings",
    checked: RECHECKED,
    unverified: true,
  }),
  isp({
    id: "xtra",
    name: "Xtra Mail (Spark)",
    domains: ["xtra.co.nz"],
    // The ISPDB lists 465 implicit TLS, FairEmail 587 STARTTLS on the same host: both are listed.
    servers: [implicitTls("send.xtra.co.nz"), startTls("send.xtra.co.nz")],
    incoming: [imap("imap.xtra.co.nz")],
    notes: [FROM_CLIENT_DATABASES, FULL_ADDRESS_LOGIN],
    docs: "https://www.spark.co.nz/help/get-more/xtra/xtra-mail-setup/",
    checked: RECHECKED,
    unverified: true,
  }),
  isp({
    id: "rediffmail",
    name: "Rediffmail",
    domains: ["rediffmail.com"],
    // The ISPDB lists 465 (and 586) with implicit TLS; public client tables agree on 465.
    servers: [implicitTls("smtp.rediffmail.com")],
    // Incoming from the ISPDB only (POP3 on 995); no second source for an IMAP host was found.
    incoming: [pop3("pop.rediffmail.com")],
    notes: [FROM_CLIENT_DATABASES, FULL_ADDRESS_LOGIN],
    docs: "https://autoconfig.thunderbird.net/v1.1/rediffmail.com",
    checked: RECHECKED,
    unverified: true,
  }),
  // So-net and @nifty: independent public sources that agree (users' working scripts and
  // configurations, client tables, the ISPDB for @nifty's POP3), no page of their own read.
  isp({
    id: "so-net",
    name: "So-net Mail",
    // So-net addresses carry a subdomain (taro@aa2.so-net.ne.jp): the suffix matches those.
    domains: ["so-net.ne.jp"],
    domainSuffixes: ["so-net.ne.jp"],
    servers: [startTls("mail.so-net.ne.jp")],
    incoming: [imap("imap.so-net.ne.jp"), pop3("pop.so-net.ne.jp")],
    notes: [
      FROM_CLIENT_DATABASES,
      note(
        "sonet.imapAddOn",
        "IMAP works only with So-net's IMAP add-on service; without it, receive mail with POP3 (pop.so-net.ne.jp, port 995, SSL/TLS).",
      ),
      FULL_ADDRESS_LOGIN,
    ],
    docs: "https://support.so-net.ne.jp/fa/faq/web/knowledge1804.html",
    checked: RECHECKED,
    unverified: true,
  }),
  isp({
    id: "nifty",
    name: "@nifty Mail",
    domains: ["nifty.com"],
    // SMTP over SSL on 465; the ISPDB lists only plaintext submission on 587, so 587 is not offered.
    servers: [implicitTls("smtp.nifty.com")],
    incoming: imapAndPop("imap.nifty.com", "pop.nifty.com"),
    notes: [
      FROM_CLIENT_DATABASES,
      note(
        "nifty.userName",
        "User name: your full @nifty address; if it is refused, use the part before the @ (your account name).",
      ),
    ],
    docs: "https://www.nifty.com/mail/mailer/smtp_auth.htm",
    checked: RECHECKED,
    unverified: true,
  }),
];
