// Standalone mode (no Office host) and the fallback when Outlook gives no
// address: type an address, get the same pane. Validation is the core's
// (parseEmailAddress via resolveSettings); the message is shown inline.

import { useState, type FormEvent } from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneStrings } from "../i18n/paneStrings.js";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  submit: { alignSelf: "flex-start" },
});

export interface AddressFormProps {
  t: PaneStrings;
  initial: string;
  /** Returns an error message for a bad address, null when it was accepted. */
  onSubmit(address: string): string | null;
}

export default function AddressForm({ t, initial, onSubmit }: AddressFormProps) {
  const styles = useStyles();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(onSubmit(value));
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <Field
        label={t.addressLabel}
        validationState={error ? "error" : "none"}
        validationMessage={error ?? undefined}
      >
        <Input
          type="email"
          value={value}
          placeholder={t.addressPlaceholder}
          autoComplete="email"
          spellCheck={false}
          onChange={(_event, data) => {
            setValue(data.value);
            if (error) setError(null);
          }}
        />
      </Field>
      <Button type="submit" appearance="primary" className={styles.submit}>
        {t.addressSubmit}
      </Button>
    </form>
  );
}
