// The address in use, the detected provider, and where the answer came from.

import type { Settings } from "../../core/types.js";
import type { PaneStrings } from "../i18n/paneStrings.js";
import { sourceDescription } from "../settingsView.js";

export function PaneHeader({
  t,
  address,
  settings,
}: {
  t: PaneStrings;
  address: string | null;
  settings: Settings | null;
}) {
  return (
    <header className="od-stack">
      <h1 className="od-h1">{t.appTitle}</h1>
      {address ? (
        <dl className="od-facts">
          <dt className="od-caption">{t.addressInUseLabel}</dt>
          <dd className="od-strong">{address}</dd>
          {settings ? (
            <>
              <dt className="od-caption">{t.providerLabel}</dt>
              <dd>{settings.provider?.name ?? t.providerUnknown}</dd>
              <dt className="od-caption">{t.sourceLabel}</dt>
              <dd className="od-caption">{sourceDescription(settings, t)}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </header>
  );
}
