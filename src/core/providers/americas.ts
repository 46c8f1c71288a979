// North American ISPs. AT&T and Comcast follow FACTS.md; the others follow
// the ISP's own settings page (linked in docs).
import type { Provider } from "../providerDatabase.js";
import { CHECKED, FULL_ADDRESS_LOGIN, domainList, implicitTls, startTls } from "./serverSpec.js";

export const AMERICAS_PROVIDERS: Provider[] = [
  {
    id: "att",
    name: "AT&T Mail",
    kind: "isp",
    domains: domainList(`
      att.net sbcglobal.net bellsouth.net pacbell.net swbell.net flash.net prodigy.net ameritech.net nvbell.net
      wans.net snet.net currently.com
    `),
    mxPatterns: [],
    servers: [implicitTls("smtp.mail.att.net")],
    auth: ["app-password"],
    username: "email",
    notes: [
      "Mail apps need a secure mail key instead of your AT&T password: create one in your AT&T profile under Sign-in info.",
      FULL_ADDRESS_LOGIN,
    ],
    docs: "https://www.att.com/support/article/email-support/KM1010523/",
    checked: CHECKED,
  },
  {
    id: "comcast",
    name: "Xfinity (Comcast)",
    kind: "isp",
    domains: ["comcast.net"],
    mxPatterns: [],
    // FACTS: 587 STARTTLS is documented first, 465 implicit TLS also works.
    servers: [startTls("smtp.comcast.net"), implicitTls("smtp.comcast.net")],
    auth: ["password", "oauth2"],
    username: "email",
    notes: [
      "Third-party access must be turned on in the Xfinity email security settings before a mail app can sign in.",
      FULL_ADDRESS_LOGIN,
    ],
    docs: "https://www.xfinity.com/support/articles/email-client-programs-with-xfinity-email",
    checked: CHECKED,
  },
  {
    id: "spectrum",
    name: "Spectrum (Charter, Roadrunner, TWC)",
    kind: "isp",
    domains: domainList(`
      charter.net spectrum.net twc.com rr.com roadrunner.com bresnan.net
      nc.rr.com triad.rr.com carolina.rr.com ec.rr.com sc.rr.com wi.rr.com twcny.rr.com nycap.rr.com rochester.rr.com
      maine.rr.com hawaii.rr.com austin.rr.com satx.rr.com woh.rr.com neo.rr.com columbus.rr.com cinci.rr.com
      ca.rr.com socal.rr.com san.rr.com kc.rr.com new.rr.com stny.rr.com hvc.rr.com twmi.rr.com rgv.rr.com elp.rr.com
    `),
    mxPatterns: [],
    // Spectrum runs implicit TLS on port 587 (not STARTTLS), unlike the RFC 6409 convention.
    servers: [implicitTls("mobile.charter.net", 587)],
    auth: ["password"],
    username: "email",
    notes: [
      "Spectrum's server expects SSL/TLS from the first byte on port 587: choose SSL/TLS, not STARTTLS, even though the port is 587.",
      FULL_ADDRESS_LOGIN,
    ],
    docs: "https://www.spectrum.net/support/internet/mobile-email-setup",
    checked: CHECKED,
  },
  {
    id: "earthlink",
    name: "EarthLink",
    kind: "isp",
    domains: domainList("earthlink.net mindspring.com ix.netcom.com peoplepc.com"),
    mxPatterns: [],
    servers: [startTls("smtpauth.earthlink.net")],
    auth: ["password"],
    username: "email",
    notes: [FULL_ADDRESS_LOGIN],
    docs: "https://help.earthlink.net/portal/en/kb/articles/email-server-settings",
    checked: CHECKED,
  },
  {
    id: "bell",
    name: "Bell (Sympatico)",
    kind: "isp",
    domains: ["bell.net", "sympatico.ca"],
    mxPatterns: [],
    servers: [startTls("smtphm.sympatico.ca")],
    auth: ["password"],
    username: "email",
    notes: [FULL_ADDRESS_LOGIN],
    docs: "https://support.bell.ca/internet/email",
    checked: CHECKED,
  },
];
