// The outgoing server card: the recommended server with a copy button on
// every value, its warning, the alternatives, and the provider's notes; and
// the incoming server card beside it. First screen: plain elements styled in
// paneStyles.ts, no Fluent (start-up budget).

import { useId } from "react";
import type { IncomingServer, Server, Settings } from "../../core/types.js";
import type { PaneStrings } from "../i18n/paneStrings.js";
import { serverRows } from "../settingsView.js";
import { CopyButton } from "./CopyButton.js";
import { ExternalLink } from "./ExternalLink.js";
import { Notice } from "./Notice.js";

function ServerValues({
  server,
  t,
  which,
}: {
  server: Server | IncomingServer;
  t: PaneStrings;
  which: string | null;
}) {
  return (
    <dl className="od-values">
      {serverRows(server, t).map((row) => (
        <div key={row.field}>
          <dt>{row.label}</dt>
          <dd className="od-value">
            {row.value}
            {row.hint ? <span className="od-hint">{row.hint}</span> : null}
          </dd>
          <dd>
            <CopyButton
              value={row.value}
              label={which ? t.copyFor(row.label, which) : t.copy(row.label)}
              copiedMessage={t.copiedAnnouncement(row.label)}
              copiedText={t.copied}
              failedText={t.copyFailed}
            />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function ServerWarning({ server }: { server: Server | IncomingServer }) {
  if (!server.warning) return null;
  return <Notice intent="warning">{server.warning}</Notice>;
}

export function ServerSettings({ settings, t }: { settings: Settings; t: PaneStrings }) {
  const headingId = useId();
  const [recommended, ...alternatives] = settings.servers;
  if (!recommended) return null;
  return (
    <section aria-labelledby={headingId} className="od-stack">
      <h2 id={headingId} className="od-h2">
        {t.outgoingHeading}
      </h2>
      <span className="od-pill">{t.recommended}</span>
      <ServerWarning server={recommended} />
      <ServerValues server={recommended} t={t} which={null} />
      {alternatives.length > 0 ? (
        <div>
          <h3 className="od-h3">{t.alternativesHeading}</h3>
          {alternatives.map((server) => {
            const which = t.alternativeLabel(server.port, t.security[server.security]);
            return (
              <div key={`${server.host}:${server.port}:${server.security}`} className="od-alternative">
                <span className="od-caption">{which}</span>
                <ServerWarning server={server} />
                <ServerValues server={server} t={t} which={which} />
              </div>
            );
          })}
        </div>
      ) : null}
      {settings.notes.length > 0 || settings.provider?.docs ? (
        <div>
          <h3 className="od-h3">{t.notesHeading}</h3>
          <ul className="od-list">
            {settings.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
          {settings.provider?.docs ? (
            <ExternalLink href={settings.provider.docs} hint={t.opensInBrowser}>
              {t.providerDocs}
            </ExternalLink>
          ) : null}
          {settings.provider?.checked ? (
            <span className="od-caption" style={{ display: "block" }}>
              {t.checkedOn(settings.provider.checked)}
            </span>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

/**
 * The incoming half of the account (IMAP first), beside the outgoing card:
 * Outlook's account dialogs ask for both. Copy buttons name the protocol (and
 * port for alternatives), so each says which value it copies.
 */
export function IncomingSettings({ settings, t }: { settings: Settings; t: PaneStrings }) {
  const headingId = useId();
  const [recommended, ...alternatives] = settings.incoming;
  return (
    <section aria-labelledby={headingId} className="od-stack" data-testid="incoming-server">
      <h2 id={headingId} className="od-h2">
        {t.incomingHeading}
      </h2>
      {recommended ? (
        <>
          <span className="od-pill">{t.recommended}</span>
          <ServerWarning server={recommended} />
          <ServerValues server={recommended} t={t} which={t.incomingProtocol[recommended.protocol]} />
        </>
      ) : (
        <span className="od-caption">{t.incomingUnknown}</span>
      )}
      {alternatives.length > 0 ? (
        <div>
          <h3 className="od-h3">{t.alternativesHeading}</h3>
          {alternatives.map((server) => {
            const which = `${t.incomingProtocol[server.protocol]}, ${t.alternativeLabel(server.port, t.security[server.security])}`;
            return (
              <div
                key={`${server.protocol}:${server.host}:${server.port}:${server.security}`}
                className="od-alternative"
              >
                <span className="od-caption">{which}</span>
                <ServerWarning server={server} />
                <ServerValues server={server} t={t} which={which} />
              </div>
            );
          })}
        </div>
      ) : null}
    </section>
  );
}
