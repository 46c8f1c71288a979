// "Which account won't send?": the accounts Outlook knows about (compose
// From, the signed-in mailbox, the shared mailbox of the item) and addresses
// checked recently on this device, plus any other address. Raises events
// only; the controller decides.

import { useId } from "react";
import {
  Button,
  Caption1,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { PaneStrings } from "../i18n/paneStrings.js";
import type { SharedMailbox } from "../office/officeHost.js";
import type { AccountOption } from "../paneController.js";
import AddressForm from "./AddressForm.js";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  paragraph: { margin: 0 },
  label: { overflowWrap: "anywhere" },
  source: { display: "block", color: tokens.colorNeutralForeground3 },
  forget: { alignSelf: "flex-start" },
});

export interface AccountChooserProps {
  t: PaneStrings;
  options: AccountOption[];
  current: AccountOption | null;
  typedError: string | null;
  onChoose(option: AccountOption): void;
  onType(address: string): void;
  onForget(): void;
}

export default function AccountChooser({
  t,
  options,
  current,
  typedError,
  onChoose,
  onType,
  onForget,
}: AccountChooserProps) {
  const styles = useStyles();
  const headingId = useId();
  const currentValue = current ? current.address.toLowerCase() : "";
  const hasRecent = options.some((option) => option.source === "recent");
  return (
    <section aria-labelledby={headingId} className={styles.section} data-testid="account-chooser">
      <h2 id={headingId} className={styles.heading}>
        <Subtitle2>{t.accountHeading}</Subtitle2>
      </h2>
      <p className={styles.paragraph}>{t.accountWhy}</p>
      {options.length > 0 ? (
        <RadioGroup
          aria-labelledby={headingId}
          value={currentValue}
          onChange={(_event, data) => {
            const chosen = options.find((option) => option.address.toLowerCase() === data.value);
            if (chosen) onChoose(chosen);
          }}
        >
          {options.map((option) => (
            <Radio
              key={`${option.source}:${option.address}`}
              value={option.address.toLowerCase()}
              data-account-source={option.source}
              label={
                <span className={styles.label}>
                  {option.address}
                  <Caption1 className={styles.source}>{t.accountSources[option.source]}</Caption1>
                </span>
              }
            />
          ))}
        </RadioGroup>
      ) : null}
      <AddressForm
        t={t}
        label={t.accountOther}
        initial={current?.source === "typed" ? current.address : ""}
        error={typedError}
        onSubmit={onType}
      />
      {hasRecent ? (
        <>
          <Caption1>{t.recentKept}</Caption1>
          <Button className={styles.forget} size="small" onClick={onForget}>
            {t.forgetRecent}
          </Button>
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
