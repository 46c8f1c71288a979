// The name the probe introduces itself with in EHLO (RFC 5321 4.1.1.1: the
// client's fully qualified domain name, or an address literal). A real name
// rather than a reserved one, because some servers score or refuse clients
// whose EHLO name is obviously fake: OUTBOX_EHLO_NAME when set, otherwise
// this machine's host name when that is a valid DNS name.
import { hostname } from "node:os";

/** Used when the machine's own name is not a usable DNS name ("localhost", "my laptop", empty). */
export const FALLBACK_EHLO_NAME = "outbox-doctor.localdomain";

const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const ADDRESS_LITERAL = /^\[(?:\d{1,3}(?:\.\d{1,3}){3}|IPv6:[0-9A-Fa-f:.]{2,45})\]$/;

/** A DNS name (letters, digits, hyphens; labels of 1-63; at most 253) or an address literal. */
export function isValidEhloName(name: string): boolean {
  if (ADDRESS_LITERAL.test(name)) return true;
  if (name.length === 0 || name.length > 253) return false;
  return name.split(".").every((label) => LABEL.test(label));
}

/** This machine's host name when it is a usable EHLO name, otherwise FALLBACK_EHLO_NAME. */
export function machineEhloName(machineName: string = safeHostname()): string {
  const name = machineName.trim().replace(/\.$/, "").toLowerCase();
  // ".invalid", ".local" and bare "localhost" say nothing true about the client.
  if (!isValidEhloName(name) || name === "localhost" || /\.(invalid|localhost)$/.test(name)) {
    return FALLBACK_EHLO_NAME;
  }
  return name;
}

function safeHostname(): string {
  try {
    return hostname();
  } catch {
    return "";
  }
}

/**
 * OUTBOX_EHLO_NAME's value, or the machine's name when unset. Returns an
 * error message (one line) instead of a name when the value is not a DNS
 * name or address literal; the caller turns it into its configuration error.
 */
export function ehloNameFromEnv(value: string | undefined): { name: string } | { error: string } {
  const trimmed = value?.trim() ?? "";
  if (trimmed === "") return { name: machineEhloName() };
  if (!isValidEhloName(trimmed)) {
    const shown = trimmed.replace(/[^\x20-\x7e]/g, "?").slice(0, 60);
    return { error: `OUTBOX_EHLO_NAME: "${shown}" is not a DNS name or address literal such as [192.0.2.1]` };
  }
  return { name: trimmed };
}
