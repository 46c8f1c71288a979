// Type an address, get the same pane: in standalone mode, while Outlook has
// not answered yet, when Outlook gives no usable address, and as "another
// address" in the account chooser. Validation is the controller's (the
// core's address parser); its message is shown inline.

import { useState, type FormEvent } from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneStrings } from "../i18n/paneStrings.js";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  submit: { alignSelf: "flex-start" },
});

export interface AddressFormProps {
  t: PaneStrings;
  /** The field's label; the plain "Email address" by default. */
  label?: string;
  initial: string;
  /** The controller's message for the last submitted address, or null. */
  error: string | null;
  onSubmit(address: string): void;
}

export default function AddressForm({ t, label, initial, error, onSubmit }: AddressFormProps) {
  const styles = useStyles();
  const [value, setValue] = useState(initial);
  // The error belongs to the submitted value; editing the field hides it until the next submit.
  const [submitted, setSubmitted] = useState(false);
  const message = submitted && error ? t.addressInvalid(error) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    onSubmit(value);
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <Field
        label={label ?? t.addressLabel}
        validationState={message ? "error" : "none"}
        validationMessage={message ?? undefined}
      >
        <Input
          type="email"
          value={value}
          placeholder={t.addressPlaceholder}
          autoComplete="email"
          spellCheck={false}
          onChange={(_event, data) => {
            setValue(data.value);
            setSubmitted(false);
          }}
        />
      </Field>
      <Button type="submit" appearance="primary" className={styles.submit}>
        {t.addressSubmit}
      </Button>
    </form>
  );
}
