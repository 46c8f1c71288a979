// "Which account won't send?" as data: the choices (compose From, the
// signed-in mailbox, the shared mailbox, recent addresses), the "another
// address" field and the forget button. The React chooser and the first
// paint (firstPaint.ts) both render this, so the chooser is on screen from
// the first paint and nothing below it moves when React takes over.

import type { PaneStrings } from "./i18n/paneStrings.js";
import type { AccountOption, AccountSource } from "./paneController.js";

export interface AccountChoiceView {
  /** The radio value: the address, lowercased (one choice per address). */
  value: string;
  address: string;
  source: AccountSource;
  sourceLabel: string;
  checked: boolean;
}

export interface AccountChooserView {
  heading: string;
  why: string;
  choices: AccountChoiceView[];
  otherLabel: string;
  placeholder: string;
  submitLabel: string;
  /** What the "another address" field starts with: the typed address in use, if any. */
  typedInitial: string;
  /** Shown with the forget button when recent addresses are among the choices. */
  recentKept: string | null;
  forgetLabel: string;
}

export function accountChooserView(
  options: readonly AccountOption[],
  current: AccountOption | null,
  t: PaneStrings,
): AccountChooserView {
  const currentValue = current ? current.address.toLowerCase() : "";
  return {
    heading: t.accountHeading,
    why: t.accountWhy,
    choices: options.map((option) => ({
      value: option.address.toLowerCase(),
      address: option.address,
      source: option.source,
      sourceLabel: t.accountSources[option.source],
      checked: option.address.toLowerCase() === currentValue,
    })),
    otherLabel: t.accountOther,
    placeholder: t.addressPlaceholder,
    submitLabel: t.addressSubmit,
    typedInitial: current?.source === "typed" ? current.address : "",
    recentKept: options.some((option) => option.source === "recent") ? t.recentKept : null,
    forgetLabel: t.forgetRecent,
  };
}
