// Which address the pane gives settings for. In compose mode Outlook may send
// from an address other than the signed-in mailbox (a shared mailbox, "Send
// as" permission, a second account); the settings that matter are then those
// of the From address, and the pane has to say why it is not the mailbox.

import type { MailboxContext } from "../core/types.js";

export interface AddressInUse {
  address: string;
  /** The signed-in mailbox; equals `address` unless From differs. */
  mailbox: string;
  reason: "mailbox" | "from-address";
}

function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function chooseAddress(
  context: Pick<MailboxContext, "emailAddress" | "fromAddress" | "mode">,
): AddressInUse {
  const mailbox = context.emailAddress.trim();
  const from = context.fromAddress?.trim();
  if (context.mode === "compose" && from && !sameAddress(from, mailbox)) {
    return { address: from, mailbox, reason: "from-address" };
  }
  return { address: mailbox, mailbox, reason: "mailbox" };
}

/**
 * The mailbox context that applies to the address in use: accountType and the
 * display name describe the signed-in mailbox, not a different From address.
 */
export function contextForAddress(context: MailboxContext, choice: AddressInUse): Partial<MailboxContext> {
  if (choice.reason === "mailbox") return context;
  const { accountType: _accountType, displayName: _displayName, ...rest } = context;
  return { ...rest, emailAddress: choice.address };
}
