// Hosts for mail on the customer's own domain: found by MX, never by the
// address's domain. FACTS.md lists the servers and MX patterns for GoDaddy,
// OVHcloud, Namecheap, Rackspace and IONOS (US); Strato and one.com follow their docs.
import type { ProviderSpec } from "../providerDatabase.js";
import { CHECKED, FULL_ADDRESS_LOGIN, imapAndPop, implicitTls, note, tlsThenStartTls } from "./serverSpec.js";

type HostEntry = Pick<
  ProviderSpec,
  "id" | "name" | "mxPatterns" | "servers" | "incoming" | "docs" | "notes"
> &
  Partial<ProviderSpec>;

function host(entry: HostEntry): ProviderSpec {
  return {
    domains: [],
    auth: ["password"],
    username: "email",
    appPasswordHint: null,
    checked: CHECKED,
    ...entry,
  };
}

export const HOSTING_PROVIDERS: ProviderSpec[] = [
  host({
    id: "ionos-us",
    name: "IONOS (United States)",
    mxPatterns: ["mx*.ionos.com", "*.1and1.com", "*.perfora.net"],
    servers: tlsThenStartTls("smtp.ionos.com"),
    incoming: imapAndPop("imap.ionos.com", "pop.ionos.com"),
    notes: [
      FULL_ADDRESS_LOGIN,
      note("ionos.password", "Password: the one set for this mailbox in the IONOS Control Panel."),
    ],
    docs: "https://www.ionos.com/help/index.php?id=2490",
  }),
  host({
    id: "godaddy",
    name: "GoDaddy Workspace Email",
    mxPatterns: ["*.secureserver.net"],
    servers: [implicitTls("smtpout.secureserver.net")],
    incoming: imapAndPop("imap.secureserver.net", "pop.secureserver.net"),
    notes: [
      FULL_ADDRESS_LOGIN,
      note(
        "godaddy.microsoft365",
        "These settings are for Workspace Email. If your GoDaddy email is Microsoft 365 (Professional Email powered by Microsoft 365), use smtp.office365.com on port 587 instead.",
      ),
    ],
    docs: "https://www.godaddy.com/help/server-and-port-settings-for-workspace-email-6949",
  }),
  host({
    id: "ovh",
    name: "OVHcloud MX Plan",
    mxPatterns: ["mx*.mail.ovh.net", "mx*.ovh.net"],
    servers: [implicitTls("ssl0.ovh.net")],
    incoming: imapAndPop("ssl0.ovh.net", "ssl0.ovh.net"),
    notes: [
      FULL_ADDRESS_LOGIN,
      note(
        "ovh.mxPlan",
        "These are the MX Plan settings; OVHcloud Email Pro and Hosted Exchange use other servers, shown in the OVHcloud Control Panel.",
      ),
    ],
    docs: "https://help.ovhcloud.com/",
    unverified: true,
  }),
  host({
    id: "namecheap",
    name: "Namecheap Private Email",
    mxPatterns: ["mx*.privateemail.com"],
    servers: tlsThenStartTls("mail.privateemail.com"),
    incoming: imapAndPop("mail.privateemail.com", "mail.privateemail.com"),
    notes: [FULL_ADDRESS_LOGIN],
    docs: "https://www.namecheap.com/support/knowledgebase/article.aspx/1179/2175/general-private-email-configuration-for-mail-clients-and-mobile-devices/",
  }),
  host({
    id: "rackspace",
    name: "Rackspace Email",
    mxPatterns: ["*.emailsrvr.com"],
    servers: [implicitTls("secure.emailsrvr.com")],
    incoming: imapAndPop("secure.emailsrvr.com", "secure.emailsrvr.com"),
    notes: [
      FULL_ADDRESS_LOGIN,
      note(
        "rackspace.exchange",
        "These settings are for Rackspace Email; Microsoft Exchange mailboxes hosted by Rackspace use other servers.",
      ),
    ],
    docs: "https://docs.rackspace.com/",
    unverified: true,
  }),
  host({
    id: "strato",
    name: "STRATO Mail",
    mxPatterns: ["*.rzone.de"],
    servers: tlsThenStartTls("smtp.strato.de"),
    incoming: imapAndPop("imap.strato.de", "pop3.strato.de"),
    notes: [FULL_ADDRESS_LOGIN],
    docs: "https://www.strato.de/faq/mail/externes-e-mail-programm-mit-strato-e-mail-adresse-nutzen/",
  }),
  host({
    id: "one-com",
    name: "one.com",
    mxPatterns: ["*.one.com"],
    servers: [implicitTls("send.one.com")],
    incoming: imapAndPop("imap.one.com", "pop.one.com"),
    notes: [FULL_ADDRESS_LOGIN],
    docs: "https://help.one.com/hc/en-us",
    unverified: true,
  }),
];
