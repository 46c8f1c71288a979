// The "type an address" field's state, shared by the address form (Fluent,
// standalone) and the account chooser's "another address" (plain elements).

import { useState, type FormEvent } from "react";
import type { PaneStrings } from "../i18n/paneStrings.js";

export interface AddressField {
  value: string;
  /** Editing hides the last error until the next submit: the error belongs to the submitted value. */
  edit(value: string): void;
  /** The controller's message for the submitted address, worded for the field; null while editing. */
  message: string | null;
  submit(event: FormEvent): void;
}

export function useAddressField(
  initial: string,
  error: string | null,
  t: PaneStrings,
  onSubmit: (address: string) => void,
): AddressField {
  const [value, setValue] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  return {
    value,
    edit: (next) => {
      setValue(next);
      setSubmitted(false);
    },
    message: submitted && error ? t.addressInvalid(error) : null,
    submit: (event) => {
      event.preventDefault();
      setSubmitted(true);
      onSubmit(value);
    },
  };
}
