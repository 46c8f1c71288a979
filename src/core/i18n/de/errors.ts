// German texts of the error messages a pane user can meet, keyed by text id.
// The English and the ids live where the errors are thrown:
// src/core/emailAddress.ts (error.address.*), src/core/hostName.ts
// (error.host.*, error.port.*, error.security.*), src/net/targetPolicy.ts
// (error.target.*), src/net/domainReport.ts (error.domain.*),
// src/server/queryParams.ts (error.query.*), src/server/checkServices.ts
// (error.param.*, error.work.*), src/server/httpErrors.ts and
// src/server/app.ts (error.rateLimited*, error.routeTimeout,
// error.storeUnavailable, error.internal), src/server/routesReport.ts
// (error.report.*: the report pages' own refusals).
// Spread into the `de` table of src/core/i18n/de.ts. Placeholders such as
// {input} must match the English (test/core/errorTexts.test.ts checks); their
// values are what the user typed, quoted as typed.
import type { TextTable } from "../../language.js";

export const deErrors: TextTable = {
  // ---- The address form (src/core/emailAddress.ts) ----
  "error.address.brokenMailto": "{input} ist kein gültiger mailto:-Link (fehlerhafte %-Kodierung).",
  "error.address.severalMailto": "Der mailto:-Link enthält mehrere Adressen: Bitte nur eine angeben.",
  "error.address.unbalancedBrackets":
    "Bei {input} passen die spitzen Klammern nicht zusammen: „Name <Adresse>“ oder nur die Adresse eingeben.",
  "error.address.emptyDomain": "Die Domain (der Teil nach dem @) ist leer.",
  "error.address.ipLiteralDomain":
    "IP-Adressen wie {domain} werden als Domain nicht unterstützt: Bitte den Domainnamen des Postfachs verwenden (ann@example.com).",
  "error.address.domainDotEdge": "Die Domain {domain} beginnt oder endet mit einem Punkt.",
  "error.address.domainDoubleDot": "Die Domain {domain} enthält zwei Punkte hintereinander.",
  "error.address.domainNoDot":
    "Die Domain {domain} enthält keinen Punkt: E-Mail-Domains sehen aus wie example.com (Adressen wie ann@localhost sind aus dem Internet nicht erreichbar).",
  "error.address.labelTooLong":
    "Der Domain-Teil {label} ist {length} Zeichen lang; erlaubt sind höchstens {max}.",
  "error.address.labelHyphenEdge": "Der Domain-Teil {label} beginnt oder endet mit einem Bindestrich.",
  "error.address.domainTooLong": "Die Domain ist {length} Zeichen lang; erlaubt sind höchstens {max}.",
  "error.address.numericDomain":
    "{domain} sieht aus wie eine IP-Adresse: IP-Adressen werden als Domain nicht unterstützt, bitte den Domainnamen des Postfachs verwenden.",
  "error.address.domainBadChar": "Die Domain {domain} enthält {char}; das ist in Domainnamen nicht erlaubt.",
  "error.address.labelNotConvertible":
    "Der Domain-Teil {label} lässt sich nicht in einen internationalisierten Namen (xn--) umwandeln.",
  "error.address.labelBadPunycode": "Der Domain-Teil {label} ist kein gültiger Punycode (xn--...).",
  "error.address.labelBadDecoded":
    "Der Domain-Teil {label} ergibt entschlüsselt Zeichen, die in Domainnamen nicht erlaubt sind.",
  "error.address.emptyLocal": "Bei {input} steht nichts vor dem @.",
  "error.address.quotedLocal":
    'Adressen mit Anführungszeichen ("...") vor dem @ werden nicht unterstützt: E-Mail-Anbieter nehmen nur einfache Adressen an.',
  "error.address.localTooLong":
    "Der Teil vor dem @ ist {octets} Byte lang; erlaubt sind höchstens {max} (RFC 5321).",
  "error.address.localBadChar": "Der Teil vor dem @ enthält {char}; das ist in einer Adresse nicht erlaubt.",
  "error.address.localDotEdge": "Der Teil vor dem @ beginnt oder endet mit einem Punkt.",
  "error.address.localDoubleDot": "Der Teil vor dem @ enthält zwei Punkte hintereinander.",
  "error.address.empty": "Bitte eine E-Mail-Adresse eingeben.",
  "error.address.control":
    "Die Adresse enthält einen Zeilenumbruch oder ein Steuerzeichen: Bitte in einer Zeile eingeben.",
  "error.address.noAt": "{input} ist keine E-Mail-Adresse: Es fehlt das @.",
  "error.address.severalAt": "{input} enthält mehr als ein @: Bitte eine einzelne Adresse eingeben.",
  "error.address.nothingAfterAt": "Bei {input} steht nichts nach dem @.",
  "error.address.space": "ein Leerzeichen",

  // ---- Server name, port, security (src/core/hostName.ts) ----
  "error.host.mixedScripts":
    "Der Teil {label} des Servernamens mischt lateinische, kyrillische oder griechische Buchstaben (ein Trick mit ähnlich aussehenden Zeichen)",
  "error.host.badIdn": "Der Servername {host} ist kein gültiger internationalisierter Domainname",
  "error.host.notAscii": "Der Servername {host} lässt sich nicht in ASCII umwandeln",
  "error.host.nameTooLong": "Der Servername ist zu lang ({length} Zeichen, höchstens {max})",
  "error.host.emptyLabel": "Der Servername {host} hat einen leeren Teil (zwei Punkte hintereinander?)",
  "error.host.labelTooLong": "Der Teil {label} des Servernamens ist länger als {max} Zeichen",
  "error.host.badName":
    "Der Servername {host} darf nur Buchstaben, Ziffern, Bindestriche und Punkte enthalten (kein Bindestrich am Anfang oder Ende eines Teils)",
  "error.host.badIpv4": "{host} ist keine gültige IPv4-Adresse",
  "error.host.missing": "Der Server (host) fehlt",
  "error.host.notText": "Der Server (host) muss als Text angegeben werden",
  "error.host.tooLong": "Der Server (host) ist zu lang ({length} Zeichen)",
  "error.host.empty": "Der Server (host) ist leer",
  "error.host.control": "Der Server (host) enthält ein Steuerzeichen ({char})",
  "error.host.invisible": "Der Server (host) enthält ein unsichtbares Zeichen ({char})",
  "error.host.space": "Der Server (host) enthält ein Leerzeichen",
  "error.host.fullwidth":
    "Der Server (host) enthält ein Zeichen voller Breite oder ein ideografisches Zeichen ({char}); bitte ASCII-Buchstaben, Ziffern und Punkte eingeben",
  "error.host.zoneId":
    "IPv6-Zonen-IDs (fe80::1%eth0) werden nicht angenommen: Bitte eine öffentliche Adresse verwenden",
  "error.host.url": "Der Server (host) muss ein Servername sein, keine URL",
  "error.host.withPort": "Den Server (host) ohne Port angeben (der Port ist eine eigene Einstellung)",
  "error.host.badIpv6": "{host} ist keine gültige IPv6-Adresse",
  "error.host.badCharacter":
    'Der Server (host) enthält "{char}": erlaubt sind nur Buchstaben, Ziffern, Bindestriche und Punkte',
  "error.port.missing": "Der Port fehlt",
  "error.port.notWhole": "Port {port} ist keine ganze Zahl von 1 bis 65535",
  "error.port.notNumber": "Der Port muss eine Zahl sein",
  "error.port.outOfRange": "Port {port} liegt außerhalb des Bereichs (1-65535)",
  "error.security.missing": "Die Verschlüsselung (security) fehlt",
  "error.security.notText":
    "Die Verschlüsselung (security) muss als Text angegeben werden: starttls, tls oder none",
  "error.security.unknown":
    "Die Verschlüsselung (security) {value} ist keiner der Werte starttls, tls, none{hint}",
  "error.security.sslHint": " (für „SSL/TLS“, also TLS von Anfang an, tls angeben)",

  // ---- Targets the probe refuses (src/net/targetPolicy.ts) ----
  "error.target.port": "Port {port} darf die Prüfung nicht verwenden (erlaubt: {allowed})",
  "error.target.name":
    "{host} ist {reason}: Outbox Doctor verbindet sich nur mit Servern im öffentlichen Internet",
  "error.target.address":
    "{address} ist keine öffentliche Adresse ({reason}): Outbox Doctor verbindet sich nur mit öffentlichen Adressen",
  "error.target.resolved":
    "{host} wird zu {address} aufgelöst, und das ist keine öffentliche Adresse ({reason}): Outbox Doctor verbindet sich nur mit öffentlichen Adressen",
  "error.target.embedded": "{reason}, {kind}",
  "error.target.reason.unspecified": "unspezifiziert",
  "error.target.reason.thisNetwork": "dieses Netz (RFC 1122)",
  "error.target.reason.private": "privat (RFC 1918)",
  "error.target.reason.cloudMetadata": "Cloud-Metadaten",
  "error.target.reason.carrierNat": "Carrier-Grade-NAT (RFC 6598)",
  "error.target.reason.loopback": "Loopback",
  "error.target.reason.linkLocal": "Link-Local",
  "error.target.reason.ietfProtocol": "reserviert (IETF-Protokollzuweisungen)",
  "error.target.reason.documentation": "Dokumentation",
  "error.target.reason.relayAnycast": "reserviert (6to4-Relay-Anycast, RFC 7526)",
  "error.target.reason.benchmarking": "Benchmarking",
  "error.target.reason.multicast": "Multicast",
  "error.target.reason.broadcast": "Broadcast",
  "error.target.reason.reserved": "reserviert",
  "error.target.reason.ipv4Mapped": "IPv4-gemappt",
  "error.target.reason.ipv4Compatible": "IPv4-kompatibel (veraltet, RFC 4291)",
  "error.target.reason.ipv4Translated": "reserviert (IPv4-übersetzt, RFC 6145)",
  "error.target.reason.localNat64": "reserviert (lokales NAT64, RFC 8215)",
  "error.target.reason.nat64": "NAT64-Präfix",
  "error.target.reason.discardOnly": "reserviert (nur zum Verwerfen, RFC 6666)",
  "error.target.reason.teredo": "Teredo-Tunnel (RFC 4380)",
  "error.target.reason.orchid": "reserviert (ORCHID)",
  "error.target.reason.orchidV2": "reserviert (ORCHIDv2)",
  "error.target.reason.sixToFour": "6to4-Präfix",
  "error.target.reason.uniqueLocal": "Unique Local (ULA)",
  "error.target.reason.siteLocal": "Site-Local",
  "error.target.reason.outsideGlobalUnicast": "reserviert (außerhalb von Global Unicast 2000::/3)",
  "error.target.reason.name.loopback": "ein Loopback-Name (RFC 6761)",
  "error.target.reason.name.invalid": "ein Name, den es nie gibt (RFC 6761)",
  "error.target.reason.name.test": "für Tests reserviert (RFC 6761)",
  "error.target.reason.name.example": "für Dokumentation reserviert (RFC 6761)",
  "error.target.reason.name.local": "ein Multicast-DNS-Name eines lokalen Netzes (RFC 6762)",
  "error.target.reason.name.onion": "ein Name eines Tor-Onion-Dienstes (RFC 7686)",
  "error.target.reason.name.alt": "für Namenssysteme außerhalb des DNS reserviert (RFC 9476)",
  "error.target.reason.name.internal": "für private Netze reserviert (ICANN, 2024)",
  "error.target.reason.name.homeArpa": "ein Name eines Heimnetzes (RFC 8375)",
  "error.target.reason.name.reverse": "ein Name für die Rückwärtsauflösung, kein Server",
  "error.target.reason.name.resolverArpa": "für die Resolver-Erkennung reserviert (RFC 9462)",

  // ---- The domain form (src/net/domainReport.ts) ----
  "error.domain.empty": "Bitte einen Domainnamen eingeben, z. B. example.com.",
  "error.domain.tooLong": "Die Domain ist zu lang ({length} Zeichen).",
  "error.domain.address": "{input} ist eine Adresse: Bitte nur den Teil nach dem @ angeben.",

  // ---- The query string of /api/* (src/server/queryParams.ts) ----
  "error.query.credential":
    "Outbox Doctor fragt nie nach Kennwörtern, Tokens oder anderen Geheimnissen und nimmt keine an. Bitte diesen Parameter entfernen: Die Prüfungen brauchen nur Adresse, Server, Port und Verschlüsselung.",
  "error.query.nameEncoding": "Ein Parametername ist kein gültiges prozentkodiertes UTF-8.",
  "error.query.valueEncoding": 'Der Parameter "{name}" ist kein gültiges prozentkodiertes UTF-8.',
  "error.query.empty": 'Der Parameter "{name}" ist leer.',
  "error.query.tooLong": 'Der Parameter "{name}" ist zu lang (höchstens {max} Zeichen).',
  "error.query.lineBreak": 'Der Parameter "{name}" enthält einen Zeilenumbruch.',
  "error.query.control": 'Der Parameter "{name}" enthält Steuerzeichen.',
  "error.query.invisible":
    'Der Parameter "{name}" enthält unsichtbare Zeichen oder Zeichen für die Schreibrichtung.',
  "error.query.unknown": 'Unbekannter Parameter "{name}". Diese Adresse nimmt: {list}.',
  "error.query.noParameters": "keine Parameter",
  "error.query.repeated": 'Der Parameter "{name}" kommt mehrmals vor.',
  "error.query.missing": 'Der Parameter "{name}" fehlt.',

  // ---- Parameters and deadlines of the routes (src/server/checkServices.ts) ----
  "error.param.flag": 'Der Parameter "{name}" muss 1 oder 0 sein.',
  "error.param.lang": 'Der Parameter "lang" muss einer der Werte {langs} sein.',
  "error.param.accountType": "accountType muss einer der Werte {types} sein.",
  "error.param.securityWithSurvey":
    "security lässt sich nicht mit port=all verbinden: Die Port-Übersicht probiert jeden Port und jede Verschlüsselung.",
  "error.work.settings": "Die Suche nach den Einstellungen",
  "error.work.verify": "Die Prüfung",
  "error.work.survey": "Die Port-Übersicht",
  "error.work.domain": "Die Domain-Prüfung",

  // ---- Rate limits and route deadlines (src/server/app.ts, src/server/httpErrors.ts) ----
  "error.rateLimited": "{reason} Bitte in {seconds} s erneut versuchen.",
  "error.rateLimited.requests": "Zu viele Anfragen von Ihrer Adresse.",
  "error.rateLimited.checks": "Zu viele Prüfungen von Ihrer Adresse.",
  "error.routeTimeout": "{what} wurde nicht innerhalb von {limit} fertig. Bitte später erneut versuchen.",
  "error.storeUnavailable":
    "Gespeicherte Berichte sind gerade nicht erreichbar. Bitte in einer Minute erneut versuchen; eine neue Prüfung funktioniert weiterhin.",
  "error.internal":
    "Auf dem Server ist etwas schiefgegangen. Der Fehler wurde protokolliert; bitte erneut versuchen.",

  // ---- The report pages (src/server/routesReport.ts) ----
  "error.report.notForm": "Bitte die Prüfung als Formular ({mediaType}) mit host, port und security senden.",
  "error.report.notId":
    "Das ist keine Berichts-ID: Ein Link zu einem Bericht endet auf 22 Buchstaben, Ziffern, - oder _.",
  "error.report.notFound":
    "Kein Bericht mit dieser ID. Berichte werden {kept} lang aufbewahrt; für einen neuen Bericht die Prüfung erneut ausführen.",
  "error.report.keptDay": "{count} Tag",
  "error.report.keptDays": "{count} Tage",
  "error.report.keptHours": "{count} Std.",
};
