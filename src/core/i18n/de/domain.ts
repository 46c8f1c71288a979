// German texts of the domain report's findings, keyed by text id. The English
// and the ids live with the rules in src/core/domainFindings.ts
// (domain.<finding id>.title|fix|detail…). Spread into the `de` table of
// src/core/i18n/de.ts. Placeholders such as {domain} must match the English
// (test/core/domainFindings.test.ts checks). Record syntax (v=spf1, p=reject,
// mode: enforce) and DNS names stay as they are: they are what people type.
import type { TextTable } from "../../language.js";

export const deDomain: TextTable = {
  // ---- Domain ----
  "domain.domain-not-found.title": "Die Domain existiert nicht",
  "domain.domain-not-found.detail":
    "Laut DNS gibt es {domain} nicht (NXDOMAIN): An sie kann keine Mail gesendet und für sie nichts geprüft werden.",
  "domain.domain-not-found.fix":
    "Die Schreibweise der Domain prüfen; ist es Ihre, ihre Registrierung und ihre Nameserver prüfen.",
  // ---- Failed lookups (the DNS response codes stay as they are) ----
  "domain.dnsFailure": "DNS-Abfrage von {name} fehlgeschlagen ({kind})",
  "domain.dnsFailure.timeout": "Zeitüberschreitung",
  "domain.dnsFailure.refused": "abgelehnt",
  "domain.dnsFailure.other": "Fehler",
  // ---- MX ----
  "domain.mx-lookup-failed.title": "Die MX-Abfrage schlug fehl",
  "domain.mx-lookup-failed.fix":
    "Prüfen, ob die Nameserver der Domain antworten (sie können ausgefallen oder DNSSEC kann defekt sein), dann erneut prüfen.",
  "domain.mx-lookup-failed.detail": "{failure}. Die Zustellung an die Domain lässt sich nicht prüfen.",
  "domain.mx-missing.title": "Kein MX-Eintrag",
  "domain.mx-missing.fix":
    "MX-Einträge für die Server veröffentlichen, die die Mail der Domain annehmen (Ihr Mailanbieter nennt sie).",
  "domain.mx-missing.detail":
    "{domain} hat keinen MX-Eintrag. Absender weichen auf ihre A/AAAA-Adresse aus (RFC 5321 5.1), die selten ein Mailserver ist.",
  "domain.mx-missing.detailNoAddress":
    "{domain} hat weder einen MX-Eintrag noch eine Adresse: Niemand kann ihr Mail zustellen.",
  "domain.mx-null.title": "Die Domain nimmt keine Mail an (Null-MX)",
  "domain.mx-null.detail":
    "{domain} veröffentlicht einen Null-MX (RFC 7505): Sie erklärt, keine Mail zu empfangen. Adressen dort können keine Antworten erhalten.",
  "domain.mx-ok.title": "MX-Einträge gefunden",
  "domain.mx-ok.detail": "Mail für {domain} geht an {hosts}.",
  // ---- SPF ----
  "domain.spf-lookup-failed.title": "Die SPF-Abfrage schlug fehl",
  "domain.spf-lookup-failed.fix":
    "Prüfen, ob die Nameserver der Domain TXT-Abfragen beantworten, dann erneut prüfen.",
  "domain.spf-lookup-failed.detail": "{failure}. SPF ließ sich nicht prüfen.",
  "domain.spf-missing.title": "Kein SPF-Eintrag",
  "domain.spf-missing.fix":
    "Einen TXT-Eintrag veröffentlichen, der mit „v=spf1“ beginnt und die Server nennt, die für die Domain senden dürfen (Ihr Anbieter dokumentiert ihn, z. B. „v=spf1 include:spf.protection.outlook.com -all“); eine Domain, die keine Mail sendet, sollte „v=spf1 -all“ veröffentlichen.",
  "domain.spf-missing.detailNullMx":
    "{domain} sendet keine Mail, hat aber keinen SPF-Eintrag, also kann jeder sie fälschen; „v=spf1 -all“ sagt genau das.",
  "domain.spf-missing.detail":
    "{domain} hat keinen SPF-Eintrag: Empfänger können nicht erkennen, welche Server ihre Mail senden dürfen, und viele lehnen nicht authentifizierte Mail ab oder sortieren sie als Spam aus.",
  "domain.spf-multiple.title": "Mehr als ein SPF-Eintrag",
  "domain.spf-multiple.fix": "Sie zu einem einzigen v=spf1-Eintrag zusammenführen.",
  "domain.spf-multiple.detail":
    "{domain} hat {count} SPF-Einträge; nach RFC 7208 4.5 ist das ein dauerhafter Fehler, SPF schlägt also für ihre gesamte Mail fehl.",
  "domain.spf-invalid.title": "Der SPF-Eintrag enthält Fehler",
  "domain.spf-invalid.fix":
    "Den Eintrag korrigieren; jeder Teil muss ein gültiger SPF-Mechanismus (RFC 7208 5) oder Modifikator sein.",
  "domain.spf-invalid.detail":
    "SPF-Eintrag „{record}“: {problems}. Empfänger werten ihn als dauerhaften Fehler.",
  "domain.spf-permissive.title": "Der SPF-Eintrag erlaubt jeden Server",
  "domain.spf-permissive.fix":
    "Den Eintrag mit „-all“ beenden (oder mit „~all“, solange Sie Ihre Absender noch prüfen).",
  "domain.spf-permissive.detailPlusAll":
    "„{record}“ endet auf +all: Jeder Server im Internet darf als {domain} senden.",
  "domain.spf-permissive.detailNeutral":
    "„{record}“ endet auf ?all (neutral): Mail von beliebigen Servern wird weder erlaubt noch abgewiesen.",
  "domain.spf-permissive.detailNoAll":
    "„{record}“ hat weder „all“ noch redirect, andere Server erhalten also ein neutrales Ergebnis wie bei ?all (RFC 7208 4.7).",
  "domain.spf-too-many-lookups.title": "Der SPF-Eintrag braucht zu viele DNS-Abfragen",
  "domain.spf-too-many-lookups.fix":
    "Nicht genutzte include:-Einträge entfernen, a und mx durch ip4/ip6-Bereiche ersetzen oder verschachtelte includes auflösen, bis es insgesamt höchstens 10 sind.",
  "domain.spf-too-many-lookups.detail":
    "Die SPF-Auswertung für {domain} braucht {count} DNS-Abfragen (include, a, mx, ptr, exists, redirect, durch alle includes gezählt); die Grenze ist {limit} (RFC 7208 4.6.4), danach schlägt SPF fehl.",
  "domain.spf-too-many-lookups.detailAtLeast":
    "Die SPF-Auswertung für {domain} braucht {count} oder mehr DNS-Abfragen (include, a, mx, ptr, exists, redirect, durch alle includes gezählt); die Grenze ist {limit} (RFC 7208 4.6.4), danach schlägt SPF fehl.",
  "domain.spf-include-invalid.title": "Ein SPF-include ist defekt",
  "domain.spf-include-invalid.fix":
    "Das include: (oder redirect=) entfernen oder korrigieren, das auf einen Namen ohne genau einen SPF-Eintrag zeigt.",
  "domain.spf-include-invalid.detail":
    "{errors}: Empfänger werten das als dauerhaften Fehler (RFC 7208 5.2).",
  "domain.spf-include-unchecked.title": "Ein Teil des SPF-Eintrags ließ sich nicht verfolgen",
  "domain.spf-include-unchecked.detail": "{names}; die Zahl der Abfragen kann höher sein.",
  "domain.spf-ok.title": "SPF-Eintrag gefunden",
  "domain.spf-ok.detailCounted": "„{record}“ ({count} von {limit} DNS-Abfragen).",
  "domain.spf-ok.detail": "„{record}“.",
  // ---- DMARC ----
  "domain.dmarc-lookup-failed.title": "Die DMARC-Abfrage schlug fehl",
  "domain.dmarc-lookup-failed.fix":
    "Prüfen, ob die Nameserver der Domain TXT-Abfragen für _dmarc beantworten, dann erneut prüfen.",
  "domain.dmarc-lookup-failed.detail": "{failure}. DMARC ließ sich nicht prüfen.",
  "domain.dmarc-missing.title": "Kein DMARC-Eintrag",
  "domain.dmarc-missing.fix":
    "Einen TXT-Eintrag unter _dmarc.<domain> veröffentlichen, der mit „v=DMARC1; p=none; rua=mailto:<Adresse für Berichte>“ beginnt, die Berichte lesen und dann zu p=quarantine oder p=reject wechseln.",
  "domain.dmarc-missing.detailWithOrg":
    "Weder _dmarc.{domain} noch _dmarc.{orgDomain} hat einen DMARC-Eintrag: Empfänger erhalten keine Richtlinie für Mail, bei der SPF und DKIM fehlschlagen, und große Postfachanbieter verlangen DMARC von Massenversendern.",
  "domain.dmarc-missing.detail":
    "_dmarc.{domain} hat keinen DMARC-Eintrag: Empfänger erhalten keine Richtlinie für Mail, bei der SPF und DKIM fehlschlagen, und große Postfachanbieter verlangen DMARC von Massenversendern.",
  "domain.dmarc-invalid.title": "Der DMARC-Eintrag ist nicht verwendbar",
  "domain.dmarc-invalid.fix":
    "Genau einen Eintrag veröffentlichen: „v=DMARC1; p=none|quarantine|reject; rua=mailto:...“.",
  "domain.dmarc-invalid.detailMultiple":
    "_dmarc.{domain} hat mehr als einen DMARC-Eintrag, deshalb wenden Empfänger keinen an (RFC 7489 6.6.3).",
  "domain.dmarc-invalid.detailProblems": "„{record}“: {problems}.",
  "domain.dmarc-none.title": "DMARC-Richtlinie ist none (nur Beobachtung)",
  "domain.dmarc-none.fix":
    "Sobald die Berichte zeigen, dass Ihre eigene Mail besteht, zu p=quarantine und dann zu p=reject wechseln.",
  "domain.dmarc-none.detailInherited":
    "Die DMARC-Richtlinie (geerbt von {orgDomain}) ist none: Empfänger unternehmen nichts gegen Mail, deren Authentifizierung fehlschlägt, gefälschte Mail wird also weiter zugestellt.",
  "domain.dmarc-none.detail":
    "Die DMARC-Richtlinie ist none: Empfänger unternehmen nichts gegen Mail, deren Authentifizierung fehlschlägt, gefälschte Mail wird also weiter zugestellt.",
  "domain.dmarc-partial.title": "DMARC-Richtlinie gilt nur für einen Teil der Mail",
  "domain.dmarc-partial.fix": "pct= entfernen (oder pct=100 setzen), sobald Sie sicher sind.",
  "domain.dmarc-partial.detail":
    "pct={pct}: Die Richtlinie {policy} gilt nur für diesen Anteil der fehlschlagenden Mail.",
  "domain.dmarc-ok.title": "DMARC-Richtlinie wird durchgesetzt",
  "domain.dmarc-ok.detailInherited": "p={policy}, geerbt von {orgDomain}: „{record}“.",
  "domain.dmarc-ok.detail": "p={policy}: „{record}“.",
  // ---- MTA-STS ----
  "domain.mta-sts-lookup-failed.title": "Die MTA-STS-Abfrage schlug fehl",
  "domain.mta-sts-lookup-failed.detail": "{failure}. MTA-STS ließ sich nicht prüfen.",
  "domain.mta-sts-missing.title": "Keine MTA-STS-Richtlinie",
  "domain.mta-sts-missing.fix":
    "Optionale Härtung: „v=STSv1; id=<Version>“ unter _mta-sts.<domain> und eine Richtliniendatei unter https://mta-sts.<domain>/.well-known/mta-sts.txt veröffentlichen (RFC 8461).",
  "domain.mta-sts-missing.detail":
    "{domain} veröffentlicht keinen MTA-STS-Eintrag, sendende Server stellen also womöglich ohne geprüftes TLS zu, wenn ein Angreifer STARTTLS entfernt.",
  "domain.mta-sts-invalid.title": "Die MTA-STS-Richtlinie ist nicht verwendbar",
  "domain.mta-sts-invalid.fix":
    "Genau einen _mta-sts-TXT-Eintrag mit id= veröffentlichen und eine gültige Richtliniendatei über HTTPS mit vertrauenswürdigem Zertifikat, als text/plain und ohne Weiterleitung, ausliefern.",
  "domain.mta-sts-invalid.records": "_mta-sts.{domain} hat {count} Einträge",
  "domain.mta-sts-invalid.noId": "„{record}“ hat keine gültige id=",
  "domain.mta-sts-invalid.policyFile": "die Richtliniendatei: {problems}",
  "domain.mta-sts-invalid.detail":
    "{problems}. Absender behandeln die Domain, als hätte sie keine MTA-STS-Richtlinie (RFC 8461 3).",
  "domain.mta-sts-mx-mismatch.title": "Die MTA-STS-Richtlinie deckt nicht jeden MX ab",
  "domain.mta-sts-mx-mismatch.fix":
    "Für jeden MX-Host eine mx:-Zeile in die Richtliniendatei aufnehmen (und die id= des TXT-Eintrags ändern).",
  "domain.mta-sts-mx-mismatch.detailEnforceOne":
    "{hosts} passt zu keinem mx-Muster der Richtlinie ({patterns}): Im Modus enforce verweigern Absender die Zustellung dorthin.",
  "domain.mta-sts-mx-mismatch.detailEnforceMany":
    "{hosts} passen zu keinem mx-Muster der Richtlinie ({patterns}): Im Modus enforce verweigern Absender die Zustellung dorthin.",
  "domain.mta-sts-mx-mismatch.detailOne": "{hosts} passt zu keinem mx-Muster der Richtlinie ({patterns}).",
  "domain.mta-sts-mx-mismatch.detailMany": "{hosts} passen zu keinem mx-Muster der Richtlinie ({patterns}).",
  "domain.mta-sts-testing.title": "MTA-STS wird nicht durchgesetzt",
  "domain.mta-sts-testing.fix":
    "Die Richtlinie auf mode: enforce umstellen, sobald die TLS-Berichte keine Fehler mehr zeigen.",
  "domain.mta-sts-testing.detail":
    "Die Richtlinie ist im Testmodus: Fehler werden gemeldet, Mail wird aber weiter ohne geprüftes TLS zugestellt.",
  "domain.mta-sts-testing.detailNone":
    "Der Modus der Richtlinie ist none: Die Domain hat ihre MTA-STS-Richtlinie zurückgezogen.",
  "domain.mta-sts-ok.title": "MTA-STS wird durchgesetzt",
  "domain.mta-sts-ok.detail": "Modus enforce, max_age {maxAge} s, mx {mx}.",
  // ---- TLS-RPT ----
  "domain.tls-rpt-lookup-failed.title": "Die TLS-RPT-Abfrage schlug fehl",
  "domain.tls-rpt-lookup-failed.detail": "{failure}. TLS-Berichte ließen sich nicht prüfen.",
  "domain.tls-rpt-missing.title": "Keine TLS-Berichte (TLS-RPT)",
  "domain.tls-rpt-missing.fix":
    "„v=TLSRPTv1; rua=mailto:<Adresse für Berichte>“ unter _smtp._tls.<domain> veröffentlichen (RFC 8460), um zu erfahren, wenn Absender Sie nicht über TLS erreichen.",
  "domain.tls-rpt-missing.detail":
    "{domain} bittet um keine Berichte über TLS-Fehler, wenn andere ihr Mail zustellen.",
  "domain.tls-rpt-invalid.title": "Der TLS-RPT-Eintrag ist nicht verwendbar",
  "domain.tls-rpt-invalid.fix":
    "Genau einen Eintrag mit einem rua= aus mailto:- oder https:-Adressen veröffentlichen, z. B. „v=TLSRPTv1; rua=mailto:tlsrpt@example.com“.",
  "domain.tls-rpt-invalid.detailMultiple":
    "_smtp._tls.{domain} hat {count} Einträge; Absender verwenden keinen davon (RFC 8460 3).",
  "domain.tls-rpt-invalid.detailNoRua": "„{record}“ hat keine rua=-Adresse mit mailto: oder https:.",
  "domain.tls-rpt-ok.title": "TLS-Berichte eingerichtet",
  "domain.tls-rpt-ok.detail": "Berichte gehen an {addresses}.",
  // ---- Submission SRV ----
  "domain.srv-lookup-failed.title": "Die SRV-Abfrage für die Einlieferung schlug fehl",
  "domain.srv-lookup-failed.detail":
    "{failure}. Veröffentlichte Einlieferungsserver ließen sich nicht prüfen.",
  "domain.srv-published.title": "Einlieferungsserver im DNS veröffentlicht",
  "domain.srv-published.notOffered": "{label}: nicht angeboten (Ziel „.“)",
  "domain.srv-published.targets": "{label}: {targets}",
  "domain.srv-published.implicitTls": "_submissions._tcp (direktes TLS)",
  "domain.srv-published.detail": "{services} (RFC 6186, RFC 8314).",
  // ---- DANE ----
  "domain.dane-lookup-failed.title": "Eine DANE-Abfrage (TLSA) schlug fehl",
  "domain.dane-lookup-failed.detail": "{failures}. DANE ließ sich für {hosts} nicht prüfen.",
  "domain.dane-present.title": "DANE-TLSA-Einträge auf jedem MX",
  "domain.dane-present.detail":
    "TLSA-Einträge gibt es unter _25._tcp von {hosts}. Sie schützen Mail nur, wenn die Zone mit DNSSEC signiert ist (RFC 7672).",
  "domain.dane-partial.title": "DANE-TLSA-Einträge nur auf einigen MX-Hosts",
  "domain.dane-partial.fix":
    "TLSA-Einträge für jeden MX-Host veröffentlichen, sonst schützen Absender mit DANE nur einen Teil Ihrer Mail.",
  "domain.dane-partial.detail": "TLSA bei {withTlsa}, keine bei {without}.",
  "domain.dane-missing.title": "Keine DANE-Einträge (TLSA)",
  "domain.dane-missing.fix":
    "Optionale Härtung, wo die Zone mit DNSSEC signiert ist: TLSA-Einträge unter _25._tcp.<MX-Host> veröffentlichen (RFC 7672).",
  "domain.dane-missing.detail": "Keine TLSA-Einträge unter _25._tcp von {hosts}.",
};
