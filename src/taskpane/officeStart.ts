// The Office handshake, started the moment the start-up script runs. boot.ts
// imports this module first: ES modules evaluate in import order, so Office
// is asked for the mailbox before the rest of the pane's modules (the
// controller, the first paint) evaluate, and Outlook's answer is on its way
// meanwhile.
import {
  connectOffice,
  officeScriptSettled,
  relayItemChanged,
  type HostSession,
} from "./office/officeHost.js";

export const startedAt = performance.now();

/** Resolves once office.js has run, or failed to load (the start-up script may run before it). */
export const officeLoaded: Promise<void> = officeScriptSettled();

/** The host session. ItemChanged is subscribed as soon as Outlook answers and relayed to the React pane when it has loaded. */
export const session: Promise<HostSession> = officeLoaded
  .then(() => connectOffice())
  .then((connected) => (connected.kind === "office" ? relayItemChanged(connected) : connected));
