// Asia-Pacific providers. QQ and NetEase follow FACTS.md (authorization codes);
// Yahoo! JAPAN is a separate company from Yahoo Inc. with its own servers.
import type { Provider } from "../providerDatabase.js";
import { CHECKED, FULL_ADDRESS_LOGIN, implicitTls } from "./serverSpec.js";

const NETEASE_CODE =
  "Turn on the SMTP service (POP3/SMTP/IMAP) in the mailbox settings, then create a client authorization code and use it as the password: the login password is refused.";

function netease(id: string, name: string, domain: string): Provider {
  return {
    id,
    name,
    kind: "consumer",
    domains: [domain],
    mxPatterns: [],
    servers: [implicitTls(`smtp.${domain}`)],
    auth: ["app-password"],
    username: "email",
    notes: [NETEASE_CODE, FULL_ADDRESS_LOGIN],
    docs: "https://help.mail.163.com/",
    checked: CHECKED,
  };
}

export const ASIA_PACIFIC_PROVIDERS: Provider[] = [
  {
    id: "yahoo-japan",
    name: "Yahoo! JAPAN Mail",
    kind: "consumer",
    domains: ["yahoo.co.jp", "ymail.ne.jp"],
    mxPatterns: [],
    servers: [implicitTls("smtp.mail.yahoo.co.jp")],
    auth: ["password"],
    username: "localpart",
    notes: [
      "Yahoo! JAPAN is not Yahoo Mail: it has its own servers and accounts, so smtp.mail.yahoo.com does not work for these addresses.",
      "Allow IMAP/POP/SMTP access in the Yahoo! JAPAN Mail settings first.",
      "User name: your Yahoo! JAPAN ID. It is usually the part before the @, but if your ID differs from your address, use the ID.",
    ],
    docs: "https://support.yahoo-net.jp/PccMail/s/",
    checked: CHECKED,
  },
  {
    id: "qq",
    name: "QQ Mail",
    kind: "consumer",
    domains: ["qq.com", "vip.qq.com", "foxmail.com"],
    mxPatterns: ["mx*.qq.com"],
    servers: [implicitTls("smtp.qq.com")],
    auth: ["app-password"],
    username: "email",
    notes: [
      "Turn on the SMTP service (POP3/IMAP/SMTP) under Settings, Account in QQ Mail, then generate the 16-character authorization code and use it as the password.",
      FULL_ADDRESS_LOGIN,
    ],
    docs: "https://service.mail.qq.com/",
    checked: CHECKED,
  },
  netease("netease163", "NetEase 163 Mail", "163.com"),
  netease("netease126", "NetEase 126 Mail", "126.com"),
  netease("netease-yeah", "NetEase yeah.net Mail", "yeah.net"),
  {
    id: "naver",
    name: "Naver Mail",
    kind: "consumer",
    domains: ["naver.com"],
    mxPatterns: [],
    servers: [implicitTls("smtp.naver.com")],
    auth: ["password", "app-password"],
    username: "email",
    notes: [
      "Turn on IMAP/SMTP (or POP3/SMTP) use in Naver Mail's settings first; with 2-step verification on, create an application password and use it instead of your password.",
      FULL_ADDRESS_LOGIN,
    ],
    docs: "https://help.naver.com/service/30029/contents/21342?osType=PC&lang=ko",
    checked: CHECKED,
  },
  {
    id: "daum",
    name: "Daum Mail (Kakao)",
    kind: "consumer",
    domains: ["daum.net", "hanmail.net"],
    mxPatterns: [],
    servers: [implicitTls("smtp.daum.net")],
    auth: ["password"],
    username: "email",
    notes: ["Turn on IMAP/SMTP use in the Daum Mail settings first.", FULL_ADDRESS_LOGIN],
    docs: "https://cs.daum.net/faq/43/9234.html",
    checked: CHECKED,
  },
  {
    id: "telstra",
    name: "Telstra Mail (BigPond)",
    kind: "isp",
    domains: ["bigpond.com", "bigpond.net.au", "bigpond.net", "telstra.com"],
    mxPatterns: [],
    servers: [implicitTls("smtp.telstra.com")],
    auth: ["password"],
    username: "email",
    notes: [FULL_ADDRESS_LOGIN],
    docs: "https://www.telstra.com.au/support/category/email/telstra-mail/recommended-email-settings-for-telstra-mail",
    checked: CHECKED,
  },
];
