// German texts of discovery's core modules (src/core/staleHosts.ts), keyed by
// text id. Spread into the German table in src/core/i18n/de.ts.
import type { TextTable } from "../../language.js";

export const deDiscovery: TextTable = {
  "staleHosts.retiredOutlookName":
    "{host} ist ein nicht mehr gültiger Name des Outlook.com-Servers; Postfächer von Outlook.com, Hotmail, Live und MSN verwenden {corrected}.",
  "staleHosts.retiredM365Pod":
    "{host} ist ein Servername aus der Anfangszeit von Office 365 und antwortet nicht mehr für Postfächer; Microsoft 365 verwendet {corrected}.",
  "staleHosts.retiredYahooPlus":
    "{host} war der Server des eingestellten Yahoo Mail Plus; alle Yahoo-Postfächer verwenden {corrected}.",
  "staleHosts.outlookPort":
    "{found} funktioniert nicht: Outlook.com nimmt Mail von Programmen nur über Port 587 mit STARTTLS an ({corrected}), und seit {outlookBasicAuthEnded} nur mit OAuth2-Anmeldung.",
  "staleHosts.m365Port":
    "{found} funktioniert nicht: Microsoft 365 bietet Port 465 (SSL/TLS) nicht an und nimmt nie unverschlüsselte Anmeldungen an; Mailprogramme verwenden {corrected}.",
  "staleHosts.gmailPort":
    "{found} ist nicht der Weg, auf dem Gmail Mail von Programmen annimmt: Port 25 ist für Server, unverschlüsselte Anmeldung wird abgelehnt; {corrected} verwenden (oder 587 mit STARTTLS).",
  "staleHosts.yahooPort":
    "{found} ist nicht der Weg, auf dem Yahoo Mail von Programmen annimmt: {corrected} verwenden (oder 587 mit STARTTLS).",
  "staleHosts.aolPort":
    "{found} ist nicht der Weg, auf dem AOL Mail von Programmen annimmt: {corrected} verwenden (oder 587 mit STARTTLS).",
  "staleHosts.icloudPort":
    "{found} funktioniert nicht: iCloud Mail nimmt Mail von Programmen über {corrected} an.",
  "staleHosts.incomingPort": "{found} funktioniert nicht: dieser Server ist über {corrected} erreichbar.",
  "staleHosts.m365Imap":
    "{host} ist der IMAP-Server von Outlook.com; Postfächer von Microsoft 365 (diese Antwort sendet über smtp.office365.com) werden über {corrected} gelesen.",
  "staleHosts.security.tls": "SSL/TLS",
  "staleHosts.security.starttls": "STARTTLS",
  "staleHosts.security.none": "keine Verschlüsselung",
};
