// "Which account won't send?": the accounts Outlook knows about (compose
// From, the signed-in mailbox, the shared mailbox of the item) and addresses
// checked recently on this device, plus any other address. Raises events
// only; the controller decides.
//
// Plain elements with the pane's own styles (paneStyles.ts), no Fluent: it
// leads the Office mode, so it is in the first paint (firstPaint.ts renders
// the same view) and in React's first commit, and the cards below it never
// move when it arrives.

import { useId } from "react";
import type { AccountChooserView } from "../accountChooserView.js";
import type { PaneStrings } from "../i18n/paneStrings.js";
import type { SharedMailbox } from "../office/officeHost.js";
import type { AccountOption } from "../paneController.js";
import { useAddressField } from "./useAddressField.js";

export interface AccountChooserProps {
  t: PaneStrings;
  view: AccountChooserView;
  /** The controller's message for the last typed address, or null. */
  typedError: string | null;
  onChoose(option: AccountOption): void;
  onType(address: string): void;
  onForget(): void;
}

export function AccountChooser({ t, view, typedError, onChoose, onType, onForget }: AccountChooserProps) {
  const headingId = useId();
  const inputId = useId();
  const errorId = useId();
  const field = useAddressField(view.typedInitial, typedError, t, onType);
  const message = field.message;

  return (
    <section aria-labelledby={headingId} className="od-stack" data-testid="account-chooser">
      <h2 id={headingId} className="od-h2">
        {view.heading}
      </h2>
      <p className="od-p0">{view.why}</p>
      {view.choices.length > 0 ? (
        <div role="radiogroup" aria-labelledby={headingId} className="od-choices">
          {view.choices.map((choice) => (
            <label key={`${choice.source}:${choice.value}`} className="od-choice">
              <input
                type="radio"
                name={headingId}
                value={choice.value}
                checked={choice.checked}
                data-account-source={choice.source}
                onChange={() => onChoose({ address: choice.address, source: choice.source })}
              />
              <span className="od-choice-label">
                {choice.address}
                <span className="od-caption od-block">{choice.sourceLabel}</span>
              </span>
            </label>
          ))}
        </div>
      ) : null}
      <form className="od-stack" onSubmit={field.submit} noValidate>
        <label htmlFor={inputId} className="od-label">
          {view.otherLabel}
        </label>
        <input
          id={inputId}
          className="od-input"
          type="email"
          value={field.value}
          placeholder={view.placeholder}
          autoComplete="email"
          spellCheck={false}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? errorId : undefined}
          onChange={(event) => field.edit(event.target.value)}
        />
        {message ? (
          <span id={errorId} className="od-field-error" role="alert">
            {message}
          </span>
        ) : null}
        <button type="submit" className="od-button" data-appearance="primary">
          {view.submitLabel}
        </button>
      </form>
      {view.recentKept ? (
        <>
          <span className="od-caption">{view.recentKept}</span>
          <button type="button" className="od-button" data-appearance="secondary" onClick={onForget}>
            {view.forgetLabel}
          </button>
        </>
      ) : null}
    </section>
  );
}

export function SharedMailboxNotice({ t, shared }: { t: PaneStrings; shared: SharedMailbox }) {
  const permissions =
    shared.permissions.length > 0
      ? shared.permissions.map((permission) => t.sharedPermissionNames[permission]).join(", ")
      : t.sharedNoPermissions;
  return (
    <div data-testid="shared-mailbox">
      <strong>{t.sharedTitle}</strong>
      <p>
        {t.sharedOwner(shared.owner)} {t.sharedPermissions(permissions)}
      </p>
      <p>{t.sendAsExplained(shared.owner)}</p>
    </div>
  );
}
