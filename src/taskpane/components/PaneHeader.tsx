// The address in use, the detected provider, and where the answer came from
// (headerFacts in settingsView.ts; firstPaint.ts paints the same before React).

import { Fragment } from "react";
import type { Settings } from "../../core/types.js";
import type { PaneStrings } from "../i18n/paneStrings.js";
import { headerFacts } from "../settingsView.js";

export function PaneHeader({
  t,
  address,
  settings,
}: {
  t: PaneStrings;
  address: string | null;
  settings: Settings | null;
}) {
  const header = headerFacts(address, settings, t);
  return (
    <header className="od-stack">
      <h1 className="od-h1">{header.title}</h1>
      {header.facts.length > 0 ? (
        <dl className="od-facts">
          {header.facts.map((fact) => (
            <Fragment key={fact.label}>
              <dt className="od-caption">{fact.label}</dt>
              <dd className={fact.strong ? "od-strong" : fact.caption ? "od-caption" : undefined}>
                {fact.value}
              </dd>
            </Fragment>
          ))}
        </dl>
      ) : null}
    </header>
  );
}
