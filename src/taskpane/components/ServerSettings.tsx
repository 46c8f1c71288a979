// The outgoing server card: the recommended server with a copy button on
// every value, its warning, the alternatives, and the provider's notes; and
// the incoming server card beside it. First screen: plain elements styled in
// paneStyles.ts, no Fluent (start-up budget). What the cards say comes from
// settingsView.ts (outgoingCard, incomingCard), which firstPaint.ts paints
// the same way before React has loaded.

import { useId } from "react";
import type { Settings } from "../../core/types.js";
import type { PaneStrings } from "../i18n/paneStrings.js";
import { incomingCard, outgoingCard, type ServerBlock, type ServerCard } from "../settingsView.js";
import { CopyButton } from "./CopyButton.js";
import { ExternalLink } from "./ExternalLink.js";
import { Notice } from "./Notice.js";

function ServerValues({ block, t }: { block: ServerBlock; t: PaneStrings }) {
  return (
    <dl className="od-values">
      {block.rows.map((row) => (
        <div key={row.field}>
          <dt>{row.label}</dt>
          <dd className="od-value">
            {row.value}
            {row.hint ? <span className="od-hint">{row.hint}</span> : null}
          </dd>
          <dd>
            <CopyButton
              value={row.value}
              label={block.which ? t.copyFor(row.label, block.which) : t.copy(row.label)}
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

function ServerWarning({ block }: { block: ServerBlock }) {
  if (!block.warning) return null;
  return <Notice intent="warning">{block.warning}</Notice>;
}

function Card({ card, t, testId }: { card: ServerCard; t: PaneStrings; testId?: string }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="od-stack" data-testid={testId}>
      <h2 id={headingId} className="od-h2">
        {card.heading}
      </h2>
      {card.recommended ? (
        <>
          <span className="od-pill">{card.recommendedLabel}</span>
          <ServerWarning block={card.recommended} />
          <ServerValues block={card.recommended} t={t} />
        </>
      ) : (
        <span className="od-caption">{card.unknown}</span>
      )}
      {card.alternatives.length > 0 ? (
        <div>
          <h3 className="od-h3">{card.alternativesHeading}</h3>
          {card.alternatives.map((block) => (
            <div key={block.key} className="od-alternative">
              <span className="od-caption">{block.caption}</span>
              <ServerWarning block={block} />
              <ServerValues block={block} t={t} />
            </div>
          ))}
        </div>
      ) : null}
      {card.notes ? (
        <div>
          <h3 className="od-h3">{card.notes.heading}</h3>
          <ul className="od-list">
            {card.notes.items.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
          {card.notes.docs ? (
            <ExternalLink href={card.notes.docs.href} hint={card.notes.docs.hint}>
              {card.notes.docs.label}
            </ExternalLink>
          ) : null}
          {card.notes.checked ? (
            <span className="od-caption" style={{ display: "block" }}>
              {card.notes.checked}
            </span>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

export function ServerSettings({ settings, t }: { settings: Settings; t: PaneStrings }) {
  const card = outgoingCard(settings, t);
  return card ? <Card card={card} t={t} /> : null;
}

/**
 * The incoming half of the account (IMAP first), beside the outgoing card:
 * Outlook's account dialogs ask for both. Copy buttons name the protocol (and
 * port for alternatives), so each says which value it copies.
 */
export function IncomingSettings({ settings, t }: { settings: Settings; t: PaneStrings }) {
  return <Card card={incomingCard(settings, t)} t={t} testId="incoming-server" />;
}
