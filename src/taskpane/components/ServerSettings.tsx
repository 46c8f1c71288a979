// The outgoing server card: the recommended server with a copy button on
// every value, its warning, the alternatives, and the provider's notes.

import { useId } from "react";
import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { IncomingServer, Server, Settings } from "../../core/types.js";
import type { PaneStrings } from "../i18n/paneStrings.js";
import { serverRows } from "../settingsView.js";
import { CopyButton } from "./CopyButton.js";
import { ExternalLink } from "./ExternalLink.js";
import { Notice } from "./Notice.js";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  recommended: {
    alignSelf: "flex-start",
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorPaletteGreenForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder2}`,
    borderRadius: tokens.borderRadiusCircular,
    padding: `0 ${tokens.spacingHorizontalS}`,
  },
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  group: { display: "contents" },
  term: { gridColumn: "1 / 3", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: {
    margin: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase300,
    overflowWrap: "anywhere",
    alignSelf: "center",
  },
  hint: { display: "block", fontFamily: tokens.fontFamilyBase, color: tokens.colorNeutralForeground3 },
  action: { margin: 0, alignSelf: "center" },
  alternative: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  subheading: { margin: `0 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300 },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function ServerValues({
  server,
  t,
  which,
}: {
  server: Server | IncomingServer;
  t: PaneStrings;
  which: string | null;
}) {
  const styles = useStyles();
  return (
    <dl className={styles.list}>
      {serverRows(server, t).map((row) => (
        <div key={row.field} className={styles.group}>
          <dt className={styles.term}>{row.label}</dt>
          <dd className={styles.value}>
            {row.value}
            {row.hint ? <Caption1 className={styles.hint}>{row.hint}</Caption1> : null}
          </dd>
          <dd className={styles.action}>
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
  const styles = useStyles();
  const headingId = useId();
  const [recommended, ...alternatives] = settings.servers;
  if (!recommended) return null;
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId} className={styles.heading}>
        <Subtitle2>{t.outgoingHeading}</Subtitle2>
      </h2>
      <span className={styles.recommended}>{t.recommended}</span>
      <ServerWarning server={recommended} />
      <ServerValues server={recommended} t={t} which={null} />
      {alternatives.length > 0 ? (
        <div>
          <h3 className={styles.subheading}>{t.alternativesHeading}</h3>
          {alternatives.map((server) => {
            const which = t.alternativeLabel(server.port, t.security[server.security]);
            return (
              <div key={`${server.host}:${server.port}:${server.security}`} className={styles.alternative}>
                <Caption1>{which}</Caption1>
                <ServerWarning server={server} />
                <ServerValues server={server} t={t} which={which} />
              </div>
            );
          })}
        </div>
      ) : null}
      {settings.notes.length > 0 || settings.provider?.docs ? (
        <div>
          <h3 className={styles.subheading}>{t.notesHeading}</h3>
          <ul className={styles.notes}>
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
            <Caption1 block>{t.checkedOn(settings.provider.checked)}</Caption1>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

/**
 * The incoming half of the account (IMAP first), beside the outgoing card:
 * Outlook's account dialogs ask for both. Alternatives are labelled with
 * protocol and port, so their copy buttons say which value they copy.
 */
export function IncomingSettings({ settings, t }: { settings: Settings; t: PaneStrings }) {
  const styles = useStyles();
  const headingId = useId();
  const [recommended, ...alternatives] = settings.incoming;
  return (
    <section aria-labelledby={headingId} className={styles.section} data-testid="incoming-server">
      <h2 id={headingId} className={styles.heading}>
        <Subtitle2>{t.incomingHeading}</Subtitle2>
      </h2>
      {recommended ? (
        <>
          <span className={styles.recommended}>{t.recommended}</span>
          <ServerWarning server={recommended} />
          <ServerValues server={recommended} t={t} which={t.incomingProtocol[recommended.protocol]} />
        </>
      ) : (
        <Caption1>{t.incomingUnknown}</Caption1>
      )}
      {alternatives.length > 0 ? (
        <div>
          <h3 className={styles.subheading}>{t.alternativesHeading}</h3>
          {alternatives.map((server) => {
            const which = `${t.incomingProtocol[server.protocol]}, ${t.alternativeLabel(server.port, t.security[server.security])}`;
            return (
              <div
                key={`${server.protocol}:${server.host}:${server.port}:${server.security}`}
                className={styles.alternative}
              >
                <Caption1>{which}</Caption1>
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
