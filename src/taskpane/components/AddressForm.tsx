// Type an address, get the same pane: in standalone mode (also when Outlook
// gives the pane no mailbox) and while Outlook has not answered yet. Inside
// an Outlook session the account chooser has its own plain "another address"
// field (AccountChooser.tsx).
// Validation is the controller's (the core's address parser); its message is
// shown inline.

import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneStrings } from "../i18n/paneStrings.js";
import { useAddressField } from "./useAddressField.js";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  submit: { alignSelf: "flex-start" },
});

export interface AddressFormProps {
  t: PaneStrings;
  initial: string;
  /** The controller's message for the last submitted address, or null. */
  error: string | null;
  onSubmit(address: string): void;
}

export default function AddressForm({ t, initial, error, onSubmit }: AddressFormProps) {
  const styles = useStyles();
  const field = useAddressField(initial, error, t, onSubmit);
  const message = field.message;

  return (
    <form className={styles.form} onSubmit={field.submit} noValidate>
      <Field
        label={t.addressLabel}
        validationState={message ? "error" : "none"}
        validationMessage={message ?? undefined}
      >
        <Input
          type="email"
          value={field.value}
          placeholder={t.addressPlaceholder}
          autoComplete="email"
          spellCheck={false}
          onChange={(_event, data) => field.edit(data.value)}
        />
      </Field>
      <Button type="submit" appearance="primary" className={styles.submit}>
        {t.addressSubmit}
      </Button>
    </form>
  );
}
