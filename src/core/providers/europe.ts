// European mailbox providers and ISPs (including Russia). Sources: each entry's
// docs; where FACTS.md lists a provider (GMX, WEB.DE, Yandex, Mail.ru, IONOS) it wins.
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
  enableClientAccess,
  imap,
  imapAndPop,
  implicitTls,
  isp,
  LOCAL_PART_LOGIN,
  note,
  startTls,
  tlsThenStartTls,
} from "./serverSpec.js";

const GMX_ACCESS = enableClientAccess(
  "gmx",
  "GMX",
  "in the GMX web mail go to Settings, then POP3 & IMAP, and allow access",
);

const IONOS_PASSWORD = note(
  "ionos.password",
  "Password: the one set for this mailbox in the IONOS Control Panel.",
);

export const EUROPE_PROVIDERS: ProviderSpec[] = [
  {
    id: "gmx",
    name: "GMX (Germany, Austria, Switzerland)",
    // The ISPDB's GMX file lists GMX's vanity domains in a comment; they use the same servers.
    domains: domainList(`
      gmx.net gmx.de gmx.at gmx.ch gmx.eu gmx.biz gmx.org gmx.info mein.gmx mail.gmx email.gmx
      bist-eine-haelfte-von-mir.de bleib-bei-mir.de es-ist-liebe.de fahr-zur-hoelle.org
      ich-bin-verrueckt-nach-dir.de ist-allein.info ist-es-liebe.de ist-ganz-allein.de ist-willig.de
      lass-es-geschehen.de liebt-dich.info loveyouforever.de moechte-mit-dir-aufwachen.de schmusemail.de
      schreib-doch-mal-wieder.de teilt-mit-dir-alle-geheimnisse.de verlass-mich-nicht.de vorsicht-scharf.de
      weinenvorglueck.de alphafrau.de feinripptraeger.de fettabernett.de ist-einmalig.de kaffeeschluerfer.com
      liebt-den-mann-ihrer-chefin.de liebt-die-frau-seines-chefs.de maennerversteherin.com partybombe.de
      partyheld.de polizisten-duzer.de raubtierbaendiger.de saeuferleber.de tortenboxer.de turboprinz.de
      turboprinzessin.de vorsicht-bissig.de alpenjodel.de das-spiel-hat-90-minuten.de der-ball-ist-rund.net
      die-genossen.de die-optimisten.net email-ausdrucker.de fantasymail.de freudenkinder.de gentlemansclub.de
      gmx-ist-cool.de herr-der-mails.de ich-habe-fertig.com meine-wahrheit-deine-wahrheit.de muskelshirt.de
      quantentunnel.de sags-per-mail.de sonnenkinder.org turnbeutel-vergesser.com vollbio.de volloeko.de
      vorabend-einchecker.de weibsvolk.org wenns-um-email-geht.de wir-sind-cool.org wolke7.net abwesend.de
      baldmama.de baldpapa.de betriebsdirektor.de buerotiger.de habmalnefrage.de hab-verschlafen.de
      ich-will-net.de kommespaeter.de mailueberfall.de netterchef.de nurfuerspam.de streber24.de
      terminverpennt.de unterderbruecke.de will-hier-weg.de wir-haben-nachwuchs.de women-at-work.org
      bin-wieder-da.de coole-files.de die-besten-bilder.de digi-dia-freakshow.de digital-filestore.de
      digitalfoto-model-award.de download-privat.de gmx-topmail.de meine-dateien.info meine-diashow.de
      meine-fotos.info meine-urlaubsfotos.de neue-dateien.de office-dateien.de peinliche-fotos.de
      public-files.de shared-files.de topmail-files.de war-im-urlaub.de
    `),
    mxPatterns: [],
    servers: tlsThenStartTls("mail.gmx.net"),
    incoming: imapAndPop("imap.gmx.net", "pop.gmx.net"),
    auth: ["password"],
    username: "email",
    notes: [GMX_ACCESS, FULL_ADDRESS_LOGIN],
    appPasswordHint: null,
    docs: "https://hilfe.gmx.net/pop-imap/imap/imap-serverdaten.html",
    checked: CHECKED,
  },
  {
    id: "gmx-com",
    name: "GMX (international)",
    domains:
      domainList(`gmx.com gmx.us gmx.co.uk gmx.fr gmx.es gmx.it gmx.ca gmx.cn gmx.co.in gmx.com.br gmx.com.my gmx.com.tr gmx.hk
      gmx.ie gmx.li gmx.ph gmx.pt gmx.ru gmx.se gmx.sg gmx.tm gmx.tw`),
    mxPatterns: [],
    servers: tlsThenStartTls("mail.gmx.com"),
    incoming: imapAndPop("imap.gmx.com", "pop.gmx.com"),
    auth: ["password"],
    username: "email",
    notes: [
      GMX_ACCESS,
      note(
        "gmxCom.servers",
        "gmx.com addresses use mail.gmx.com and imap.gmx.com; the German-speaking GMX (gmx.net, gmx.de) uses mail.gmx.net and imap.gmx.net.",
      ),
      FULL_ADDRESS_LOGIN,
    ],
    appPasswordHint: null,
    docs: "https://support.gmx.com/pop-imap/toggle.html",
    checked: CHECKED,
  },
  {
    id: "webde",
    name: "WEB.DE",
    domains: ["web.de"],
    mxPatterns: [],
    servers: tlsThenStartTls("smtp.web.de"),
    incoming: imapAndPop("imap.web.de", "pop3.web.de"),
    auth: ["password"],
    username: "email",
    notes: [
      enableClientAccess(
        "webde",
        "WEB.DE",
        "in the WEB.DE web mail go to Settings, then POP3/IMAP, and allow access",
      ),
      FULL_ADDRESS_LOGIN,
    ],
    appPasswordHint: null,
    docs: "https://hilfe.web.de/pop-imap/imap/imap-serverdaten.html",
    checked: CHECKED,
  },
  isp({
    id: "one-and-one",
    name: "1&1 (DSL email)",
    domains: domainList(
      "online.de onlinehome.de sofortstart.de sofort-start.de sofortsurf.de sofort-surf.de go4more.de",
    ),
    servers: tlsThenStartTls("smtp.1und1.de"),
    incoming: imapAndPop("imap.1und1.de", "pop.1und1.de"),
    notes: [
      FULL_ADDRESS_LOGIN,
      note(
        "oneAndOne.ionos",
        "These are 1&1 internet-access addresses; email on your own domain at IONOS uses smtp.ionos.de.",
      ),
    ],
    docs: "https://hilfe-center.1und1.de/e-mail-c82645/1und1-e-mail-adresse-c84749/e-mail-kontoeinstellungen-fuer-eine-1und1-e-mail-adresse-a783411.html",
  }),
  {
    id: "ionos",
    name: "IONOS (Germany)",
    domains: [],
    mxPatterns: ["mx*.ionos.de", "*.kundenserver.de", "*.schlund.de"],
    servers: tlsThenStartTls("smtp.ionos.de"),
    incoming: imapAndPop("imap.ionos.de", "pop.ionos.de"),
    auth: ["password"],
    username: "email",
    notes: [
      FULL_ADDRESS_LOGIN,
      IONOS_PASSWORD,
      note(
        "ionos.country",
        "Use the server of the IONOS country you signed up with (smtp.ionos.de, smtp.ionos.com, smtp.ionos.co.uk); older setups may still show smtp.1und1.de.",
      ),
    ],
    appPasswordHint: null,
    docs: "https://www.ionos.de/hilfe/index.php?id=2490",
    checked: CHECKED,
  },
  {
    id: "ionos-uk",
    name: "IONOS (United Kingdom)",
    domains: [],
    mxPatterns: ["mx*.ionos.co.uk", "*.1and1.co.uk"],
    servers: tlsThenStartTls("smtp.ionos.co.uk"),
    incoming: imapAndPop("imap.ionos.co.uk", "pop.ionos.co.uk"),
    auth: ["password"],
    username: "email",
    notes: [FULL_ADDRESS_LOGIN, IONOS_PASSWORD],
    appPasswordHint: null,
    docs: "https://www.ionos.co.uk/help/index.php?id=2490",
    checked: CHECKED,
  },
  {
    id: "t-online",
    name: "Telekom (T-Online)",
    domains: ["t-online.de", "magenta.de"],
    mxPatterns: ["mx*.t-online.de"],
    servers: tlsThenStartTls("securesmtp.t-online.de"),
    incoming: imapAndPop("secureimap.t-online.de", "securepop.t-online.de"),
    auth: ["app-password"],
    username: "email",
    notes: [
      note(
        "tOnline.mailPassword",
        'Mail apps need the separate "password for email programs" (Passwort für E-Mail-Programme), set in the Telekom email settings under Passwords; your Telekom login password does not work.',
      ),
      FULL_ADDRESS_LOGIN,
    ],
    appPasswordHint: text(
      "provider.tOnline.appPasswordHint",
      'Set the "password for email programs" (Passwort für E-Mail-Programme) in the Telekom email settings under Passwords and use it instead of your Telekom login password.',
    ),
    docs: "https://www.telekom.de/hilfe/apps-dienste/e-mail/einstellungen/posteingang-postausgang-server",
    checked: CHECKED,
  },
  {
    id: "freenet",
    name: "freenet Mail",
    domains: ["freenet.de"],
    mxPatterns: [],
    servers: tlsThenStartTls("mx.freenet.de"),
    // freenet documents IMAP only.
    incoming: [imap("mx.freenet.de")],
    auth: ["password"],
    username: "email",
    notes: [
      enableClientAccess(
        "freenet",
        "freenet",
        'in the freenet Mail settings under POP3/IMAP/SMTP tick "POP3, IMAP und SMTP aktivieren"',
      ),
      FULL_ADDRESS_LOGIN,
    ],
    appPasswordHint: null,
    docs: "https://kundenservice.freenet.de/faq/e-mail-client-mail/einstellungen-serverdaten-fuer-alle-e-mail-programme/",
    checked: CHECKED,
  },
  {
    id: "mailbox-org",
    name: "mailbox.org",
    domains: ["mailbox.org"],
    mxPatterns: ["mxext*.mailbox.org"],
    servers: tlsThenStartTls("smtp.mailbox.org"),
    incoming: [imap("imap.mailbox.org")],
    auth: ["password", "app-password"],
    username: "email",
    subaddressSeparator: "+",
    notes: [
      note(
        "mailboxOrg.appPassword",
        "With two-factor authentication on, mail apps need an application password created in the mailbox.org settings.",
      ),
      note("mailboxOrg.username", "User name: your primary mailbox.org address."),
    ],
    appPasswordHint: text(
      "provider.mailboxOrg.appPasswordHint",
      "With two-factor authentication on, create an application password in the mailbox.org settings (Security, Application passwords) and use it in the mail app.",
    ),
    docs: "https://kb.mailbox.org/de/privat/e-mail/e-mail-konfiguration/",
    checked: CHECKED,
  },
  {
    id: "posteo",
    name: "Posteo",
    domains:
      domainList(`posteo.com posteo.de posteo.af posteo.at posteo.be posteo.ca posteo.ch posteo.cl posteo.co posteo.co.uk posteo.com.br
      posteo.cr posteo.cz posteo.dk posteo.ee posteo.es posteo.eu posteo.fi posteo.gl posteo.gr posteo.hn posteo.hr
      posteo.hu posteo.ie posteo.in posteo.is posteo.it posteo.jp posteo.la posteo.li posteo.lt posteo.lu posteo.me
      posteo.mx posteo.my posteo.net posteo.nl posteo.no posteo.nz posteo.org posteo.pe posteo.pl posteo.pm
      posteo.pt posteo.ro posteo.ru posteo.se posteo.sg posteo.si posteo.tn posteo.uk posteo.us`),
    mxPatterns: ["mx*.posteo.de"],
    servers: tlsThenStartTls("posteo.de"),
    incoming: imapAndPop("posteo.de", "posteo.de"),
    auth: ["password"],
    username: "email",
    notes: [
      note(
        "posteo.username",
        "User name: your Posteo address or one of its aliases; the server name is just posteo.de.",
      ),
    ],
    appPasswordHint: null,
    docs: "https://posteo.de/en/help/how-do-i-set-up-posteo-in-an-email-client-pop3-imap-and-smtp",
    checked: CHECKED,
  },
  {
    id: "yandex",
    name: "Yandex Mail",
    domains: domainList("yandex.ru yandex.com yandex.by yandex.kz yandex.ua ya.ru narod.ru"),
    // Yandex 360 for business: mx.yandex.net / mx.yandex.ru.
    mxPatterns: ["mx.yandex.net", "mx.yandex.ru"],
    servers: [implicitTls("smtp.yandex.com")],
    incoming: imapAndPop("imap.yandex.com", "pop.yandex.com"),
    auth: ["app-password"],
    username: "email",
    notes: [
      note(
        "yandex.appPassword",
        "First allow access by mail programs in Yandex Mail's settings (Email clients), then create an app password of type Mail in your Yandex ID security settings and use it instead of your password.",
      ),
      note(
        "yandex.ruName",
        "smtp.yandex.ru and imap.yandex.ru are the same service; the .com names are the international ones.",
      ),
    ],
    appPasswordHint: text(
      "provider.yandex.appPasswordHint",
      "Create an app password of type Mail in your Yandex ID security settings (App passwords), after allowing mail programs in Yandex Mail's settings.",
    ),
    docs: "https://yandex.com/support/mail/mail-clients/others.html",
    checked: CHECKED,
  },
  {
    id: "mailru",
    name: "Mail.ru",
    domains: domainList("mail.ru inbox.ru list.ru bk.ru internet.ru"),
    // VK WorkMail (Mail.ru for business) custom domains.
    mxPatterns: ["emx.mail.ru"],
    servers: tlsThenStartTls("smtp.mail.ru"),
    incoming: imapAndPop("imap.mail.ru", "pop.mail.ru"),
    auth: ["app-password"],
    username: "email",
    notes: [
      note(
        "mailru.appPassword",
        'Mail apps need a "password for external applications" created in your Mail.ru account security settings; the normal password is refused.',
      ),
      FULL_ADDRESS_LOGIN,
    ],
    appPasswordHint: text(
      "provider.mailru.appPasswordHint",
      'Create a "password for external applications" in your Mail.ru account settings under Security and use it instead of your Mail.ru password.',
    ),
    docs: "https://help.mail.ru/mail/mailer/popsmtp",
    checked: CHECKED,
  },
  {
    id: "rambler",
    name: "Rambler Mail",
    domains: domainList("rambler.ru lenta.ru autorambler.ru myrambler.ru ro.ru rambler.ua"),
    mxPatterns: [],
    servers: [implicitTls("smtp.rambler.ru")],
    incoming: imapAndPop("imap.rambler.ru", "pop.rambler.ru"),
    auth: ["password"],
    username: "email",
    notes: [
      enableClientAccess(
        "rambler",
        "Rambler Mail",
        "turn on access for mail programs in the Rambler Mail settings",
      ),
      FULL_ADDRESS_LOGIN,
    ],
    appPasswordHint: null,
    docs: "https://help.rambler.ru/mail/mail-pochtovye-klienty/1275/",
    checked: CHECKED,
  },
  isp({
    id: "orange",
    name: "Orange (France)",
    domains: ["orange.fr", "wanadoo.fr"],
    servers: [implicitTls("smtp.orange.fr")],
    incoming: imapAndPop("imap.orange.fr", "pop.orange.fr"),
    notes: [FULL_ADDRESS_LOGIN, note("orange.password", "Password: your Mail Orange password.")],
    docs: "https://assistance.orange.fr/ordinateurs-peripheriques/installer-et-utiliser/l-utilisation-du-mail-et-du-cloud/mail-orange/le-mail-orange-nouvelle-version/parametrer-la-boite-mail/mail-orange-comment-acceder-a-sa-boite-mail-orange-depuis-une-application-ou-un-logiciel-de-messagerie-non-fourni-par-orange_434630-964290",
  }),
  isp({
    id: "free",
    name: "Free (Freebox)",
    domains: ["free.fr"],
    servers: [implicitTls("smtp.free.fr")],
    incoming: imapAndPop("imap.free.fr", "pop.free.fr"),
    username: "localpart",
    notes: [note("free.username", "User name: your Free email identifier, the part before @free.fr.")],
    docs: "https://assistance.free.fr/articles/configurer-de-maniere-avancee-mon-logiciel-de-messagerie-609",
  }),
  isp({
    id: "sfr",
    name: "SFR Mail",
    domains: domainList("sfr.fr neuf.fr cegetel.net club-internet.fr 9online.fr 9business.fr numericable.fr"),
    servers: [implicitTls("smtp.sfr.fr")],
    incoming: imapAndPop("imap.sfr.fr", "pop.sfr.fr"),
    docs: "https://assistance.sfr.fr/",
    checked: RECHECKED,
    unverified: true,
  }),
  isp({
    id: "laposte",
    name: "La Poste (laposte.net)",
    domains: ["laposte.net"],
    servers: [implicitTls("smtp.laposte.net")],
    incoming: imapAndPop("imap.laposte.net", "pop.laposte.net"),
    username: "localpart",
    // aide.laposte.net: "the identifier of a laposte.net address is its part before the @".
    notes: [LOCAL_PART_LOGIN],
    docs: "https://aide.laposte.net/",
    checked: RECHECKED,
    unverified: true,
  }),
  isp({
    id: "arcor",
    name: "Vodafone (Arcor)",
    domains: ["arcor.de"],
    servers: [implicitTls("mail.arcor.de")],
    incoming: imapAndPop("imap.arcor.de", "pop3.arcor.de"),
    docs: "https://www.vodafone.de/hilfe/",
    checked: RECHECKED,
    unverified: true,
  }),
  {
    id: "libero",
    name: "Libero Mail",
    domains: domainList("libero.it iol.it blu.it inwind.it giallo.it"),
    mxPatterns: [],
    servers: [implicitTls("smtp.libero.it")],
    incoming: imapAndPop("imapmail.libero.it", "popmail.libero.it"),
    auth: ["password"],
    username: "email",
    notes: [FULL_ADDRESS_LOGIN],
    appPasswordHint: null,
    docs: "https://aiuto.libero.it/articolo/mail/parametri-di-configurazione-per-il-client-di-posta/",
    checked: CHECKED,
  },
  {
    id: "virgilio",
    name: "Virgilio Mail",
    domains: ["virgilio.it"],
    mxPatterns: [],
    servers: [implicitTls("out.virgilio.it")],
    incoming: imapAndPop("in.virgilio.it", "in.virgilio.it"),
    auth: ["password"],
    username: "email",
    notes: [FULL_ADDRESS_LOGIN],
    appPasswordHint: null,
    docs: "https://aiuto.virgilio.it/articolo/mail/configurare-virgilio-mail-con-client-di-posta-imap-e-smtp/",
    checked: CHECKED,
  },
  isp({
    id: "tim",
    name: "TIM Mail",
    domains: ["tim.it"],
    servers: [startTls("smtp.tim.it")],
    incoming: imapAndPop("imap.tim.it", "pop.tim.it"),
    docs: "https://www.tim.it/assistenza/assistenza-tecnica/mail/configurazione/protocolli-posta",
  }),
  isp({
    id: "alice",
    name: "Alice Mail (TIM)",
    domains: ["alice.it"],
    servers: [startTls("out.alice.it")],
    // TIM documents STARTTLS on the standard ports for Alice mailboxes.
    incoming: [
      { protocol: "imap", host: "in.alice.it", port: 143, security: "starttls" },
      { protocol: "pop3", host: "in.alice.it", port: 110, security: "starttls" },
    ],
    docs: "https://www.tim.it/assistenza/assistenza-tecnica/mail/configurazione/protocolli-posta",
  }),
  isp({
    id: "tiscali",
    name: "Tiscali Mail",
    domains: ["tiscali.it"],
    servers: [implicitTls("smtp.tiscali.it")],
    incoming: imapAndPop("imap.tiscali.it", "pop.tiscali.it"),
    docs: "https://assistenza.tiscali.it/servizi/guida/posta-elettronica/",
  }),
  {
    id: "aruba",
    name: "Aruba (hosted email, Italy)",
    domains: [],
    mxPatterns: ["mx*.aruba.it"],
    servers: [implicitTls("smtps.aruba.it")],
    incoming: imapAndPop("imaps.aruba.it", "pop3s.aruba.it"),
    auth: ["password"],
    username: "email",
    notes: [FULL_ADDRESS_LOGIN],
    appPasswordHint: null,
    docs: "https://guide.hosting.aruba.it/",
    checked: RECHECKED,
    unverified: true,
  },
  {
    id: "seznam",
    name: "Seznam Email",
    domains: domainList("seznam.cz email.cz post.cz spoluzaci.cz"),
    mxPatterns: ["mx*.seznam.cz"],
    servers: [implicitTls("smtp.seznam.cz")],
    incoming: imapAndPop("imap.seznam.cz", "pop3.seznam.cz"),
    auth: ["password"],
    username: "email",
    notes: [FULL_ADDRESS_LOGIN],
    appPasswordHint: null,
    docs: "https://napoveda.seznam.cz/cz/email/",
    checked: CHECKED,
    unverified: true,
  },
  isp({
    id: "centrum",
    name: "Centrum.cz Mail",
    domains: domainList("centrum.cz atlas.cz"),
    servers: [implicitTls("smtp.centrum.cz")],
    incoming: imapAndPop("imap.centrum.cz", "pop3.centrum.cz"),
    docs: "https://napoveda.centrum.cz/",
    checked: RECHECKED,
    unverified: true,
  }),
  {
    id: "wp",
    name: "Poczta WP",
    domains: ["wp.pl"],
    mxPatterns: [],
    servers: [implicitTls("smtp.wp.pl")],
    incoming: imapAndPop("imap.wp.pl", "pop3.wp.pl"),
    auth: ["password"],
    username: "localpart",
    notes: [note("wp.username", "User name: your WP login, the part before @wp.pl.")],
    appPasswordHint: null,
    docs: "https://poczta.wp.pl/info-pomoc-konfig.html",
    checked: CHECKED,
  },
  {
    id: "o2pl",
    name: "Poczta o2",
    domains: domainList("o2.pl go2.pl tlen.pl prokonto.pl"),
    mxPatterns: [],
    servers: tlsThenStartTls("poczta.o2.pl"),
    incoming: imapAndPop("poczta.o2.pl", "poczta.o2.pl"),
    auth: ["password"],
    username: "localpart",
    notes: [
      enableClientAccess("o2pl", "Poczta o2", "turn on access for mail programs in the o2 mailbox settings"),
      note("o2pl.username", "User name: your o2 login, the part before the @."),
    ],
    appPasswordHint: null,
    docs: "https://pomoc.o2.pl/jak-skonfigurowac-program-pocztowy",
    checked: CHECKED,
  },
  isp({
    id: "onet",
    name: "Poczta Onet",
    domains: domainList(
      "onet.pl op.pl poczta.onet.pl onet.eu onet.com.pl vp.pl autograf.pl spoko.pl amorki.pl buziaczek.pl opoczta.pl",
    ),
    servers: [implicitTls("smtp.poczta.onet.pl")],
    incoming: imapAndPop("imap.poczta.onet.pl", "pop3.poczta.onet.pl"),
    notes: [
      enableClientAccess(
        "onet",
        "Poczta Onet",
        "turn on access for mail programs in the Onet mailbox settings",
      ),
      FULL_ADDRESS_LOGIN,
    ],
    docs: "https://pomoc.poczta.onet.pl/",
    checked: RECHECKED,
    unverified: true,
  }),
  isp({
    id: "interia",
    name: "Poczta Interia",
    domains: domainList("interia.pl interia.eu poczta.fm"),
    servers: [implicitTls("poczta.interia.pl")],
    incoming: imapAndPop("poczta.interia.pl", "poczta.interia.pl"),
    notes: [
      enableClientAccess(
        "interia",
        "Poczta Interia",
        "turn on access for mail programs in the Interia mailbox settings",
      ),
      FULL_ADDRESS_LOGIN,
    ],
    docs: "https://pomoc.interia.pl/",
    checked: RECHECKED,
    unverified: true,
  }),
  isp({
    id: "sapo",
    name: "SAPO Mail (also MEO)",
    // The ISPDB's SAPO file lists MEO's addresses and SAPO's other countries with the same servers.
    domains: domainList("sapo.pt meo.pt sapo.ao sapo.cv sapo.mz sapo.tl"),
    servers: [implicitTls("smtp.sapo.pt")],
    incoming: imapAndPop("imap.sapo.pt", "pop.sapo.pt"),
    docs: "https://ajuda.sapo.pt/configurar-programa-de-email-70015",
    checked: RECHECKED,
    unverified: true,
  }),
  isp({
    id: "kpn",
    name: "KPN Mail",
    domains:
      domainList(`kpnmail.nl kpnplanet.nl planet.nl wxs.nl hetnet.nl freeler.nl snelnet.net on.nl onsbrabantnet.nl onsmail.nl
      onsnet.nu onsneteindhoven.nl onsnetnuenen.nl xs4all.nl telfort.nl tip.nl tiscali.nl tiscalimail.nl`),
    servers: tlsThenStartTls("smtp.kpnmail.nl"),
    incoming: imapAndPop("imap.kpnmail.nl", "pop.kpnmail.nl"),
    docs: "https://www.kpn.com/service/internet/e-mail/instellen-laptop-pc.htm",
  }),
  isp({
    id: "ziggo",
    name: "Ziggo Mail",
    domains:
      domainList(`ziggo.nl ziggomail.com casema.nl upcmail.nl chello.nl home.nl quicknet.nl zinders.nl multiweb.nl hahah.nl
      zeggis.nl zeggis.com razcall.nl razcall.com`),
    servers: [startTls("smtp.ziggo.nl")],
    incoming: imapAndPop("imap.ziggo.nl", "pop.ziggo.nl"),
    docs: "https://www.ziggo.nl/klantenservice/e-mail",
    unverified: true,
  }),
  isp({
    id: "proximus",
    name: "Proximus (Skynet)",
    domains: domainList("proximus.be skynet.be belgacom.net kidcity.be"),
    servers: [startTls("relay.proximus.be")],
    incoming: imapAndPop("imap.proximus.be", "pop.proximus.be"),
    docs: "https://www.proximus.be/support/",
    unverified: true,
  }),
  isp({
    id: "bluewin",
    name: "Swisscom (Bluewin)",
    domains: ["bluewin.ch", "bluemail.ch"],
    servers: [implicitTls("smtpauths.bluewin.ch")],
    incoming: imapAndPop("imaps.bluewin.ch", "pop3s.bluewin.ch"),
    // Swisscom's "all mail server settings" article: SSL hosts pop3s, imaps and smtpauths.bluewin.ch.
    docs: "https://www.swisscom.ch/content/swisscom/en/res/hilfe/loesung/alle-server-einstellungen-fuer-mail-auf-dem-pc.html",
    checked: RECHECKED,
  }),
  isp({
    id: "a1",
    name: "A1 Telekom Austria",
    domains: ["a1.net", "aon.at"],
    servers: [startTls("securemail.a1.net")],
    incoming: [imap("securemail.a1.net")],
    docs: "https://www.a1.net/hilfe-support",
    unverified: true,
  }),
  isp({
    id: "bt",
    name: "BT Email",
    domains: domainList("btinternet.com btopenworld.com talk21.com"),
    servers: [implicitTls("mail.btinternet.com")],
    incoming: imapAndPop("mail.btinternet.com", "mail.btinternet.com"),
    docs: "https://www.bt.com/help/email/bt-mail-problems---error-530-when-sending-email",
    unverified: true,
  }),
  isp({
    id: "virginmedia",
    name: "Virgin Media Mail",
    domains: domainList("virginmedia.com ntlworld.com blueyonder.co.uk virgin.net"),
    servers: [implicitTls("smtp.virginmedia.com")],
    incoming: imapAndPop("imap.virginmedia.com", "pop3.virginmedia.com"),
    docs: "https://www.virginmedia.com/help/email",
    unverified: true,
  }),
  {
    id: "sky",
    name: "Sky Yahoo Mail",
    domains: domainList("sky.com"),
    mxPatterns: [],
    // Sky's mailboxes run on Yahoo's platform under Sky's own host names.
    servers: [implicitTls("smtp.tools.sky.com")],
    incoming: [imap("imap.tools.sky.com")],
    auth: ["app-password"],
    username: "email",
    notes: [
      note(
        "sky.appPassword",
        "Sky Yahoo Mail refuses your Sky password in mail apps: create an app password on Sky's manage-apps page (sky.com/sky-yahoo-mail/manage-apps) and use it instead.",
      ),
      FULL_ADDRESS_LOGIN,
    ],
    appPasswordHint: text(
      "provider.sky.appPasswordHint",
      "Create an app password on Sky's manage-apps page (sky.com/sky-yahoo-mail/manage-apps), signed in with your Sky iD, and use it instead of your Sky password.",
    ),
    docs: "https://www.sky.com/help",
    checked: RECHECKED,
    unverified: true,
  },
  // The four entries below come from public mail-client databases (FairEmail's
  // providers.xml plus other public client tables that agree), not from a page
  // of the provider's own that could be read: see docs/providers.md, "Sources".
  isp({
    id: "talktalk",
    name: "TalkTalk Mail",
    // TalkTalk's legacy brands (Tiscali UK, Pipex, OneTel, LineOne ...) as FairEmail lists them.
    domains: domainList(`
      talktalk.net tiscali.co.uk lineone.net pipex.com dial.pipex.com dial.pipex.co.uk dial.pipex.net
      solo.pipex.com dsl.pipex.com dsl.pipex.co.uk screaming.net telco4u.net homecall.co.uk homechoice.co.uk
      tinyonline.co.uk tinyworld.co.uk onetel.com onetel.net onetel.net.uk oneteldsl.net toucansurf.com
      ukgateway.net worldonline.co.uk
    `),
    servers: [startTls("smtp.talktalk.net")],
    incoming: [imap("mail.talktalk.net")],
    notes: [FROM_CLIENT_DATABASES, FULL_ADDRESS_LOGIN],
    docs: "https://community.talktalk.co.uk/t5/Articles/Email-settings-IMAP-amp-POP3/ta-p/2204399",
    checked: RECHECKED,
    unverified: true,
  }),
  isp({
    id: "telenet",
    name: "Telenet",
    domains: ["telenet.be"],
    servers: [startTls("smtp.telenet.be")],
    incoming: [imap("imap.telenet.be")],
    notes: [FROM_CLIENT_DATABASES, FULL_ADDRESS_LOGIN],
    docs: "https://www2.telenet.be/nl/klantenservice/e-mails-versturen/",
    checked: RECHECKED,
    unverified: true,
  }),
  isp({
    id: "bouygues",
    name: "Bouygues Telecom (Bbox Mail)",
    domains: ["bbox.fr"],
    servers: [implicitTls("smtp.bbox.fr")],
    incoming: [imap("imap.bbox.fr")],
    notes: [FROM_CLIENT_DATABASES, FULL_ADDRESS_LOGIN],
    docs: "https://www.assistance.bouyguestelecom.fr/s/article/logiciel-messagerie-emails-bbox",
    checked: RECHECKED,
    unverified: true,
  }),
  isp({
    id: "telia-se",
    name: "Telia (Sweden)",
    domains: ["telia.com"],
    servers: [implicitTls("mailout.telia.com")],
    incoming: [imap("mailin.telia.com")],
    notes: [FROM_CLIENT_DATABASES, FULL_ADDRESS_LOGIN],
    docs: "https://www.telia.se/privat/support/info/konfigurera-e-post-android",
    checked: RECHECKED,
    unverified: true,
  }),
];
