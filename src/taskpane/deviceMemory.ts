// What the pane keeps on this device, in the browser's localStorage for the
// add-in's origin (docs/taskpane.md, "Kept on this device"): the last few
// addresses checked (addresses only), and the last settings answer for each
// of them with its time, so a returning user sees the last answer at once and
// a slow server does not blank the card. Nothing else, never a password; a
// "Forget" control clears both. Storage may be missing or refuse (private
// windows, Outlook's webviews with storage off): then the pane simply
// remembers nothing.

import type { Settings } from "../core/types.js";

export const RECENT_LIMIT = 5;
const RECENT_KEY = "outbox-doctor.recent-addresses";
const ANSWERS_KEY = "outbox-doctor.last-answers";

export interface RememberedAnswer {
  address: string;
  settings: Settings;
  /** Epoch milliseconds when the answer was shown. */
  at: number;
}

export interface DeviceMemory {
  recentAddresses(): string[];
  saveRecentAddresses(addresses: string[]): void;
  answers(): RememberedAnswer[];
  saveAnswers(answers: RememberedAnswer[]): void;
  forget(): void;
}

function isSettings(value: unknown): value is Settings {
  const v = value as Partial<Settings> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.email === "string" &&
    typeof v.domain === "string" &&
    Array.isArray(v.servers) &&
    Array.isArray(v.notes)
  );
}

function isAnswer(value: unknown): value is RememberedAnswer {
  const v = value as Partial<RememberedAnswer> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.address === "string" &&
    typeof v.at === "number" &&
    isSettings(v.settings)
  );
}

/** Adds `address` in front, without duplicates (case-insensitive), bounded to RECENT_LIMIT. */
export function withRecent(addresses: readonly string[], address: string): string[] {
  const lower = address.toLowerCase();
  return [address, ...addresses.filter((entry) => entry.toLowerCase() !== lower)].slice(0, RECENT_LIMIT);
}

/** Adds or replaces the answer for its address, newest first, bounded to RECENT_LIMIT. */
export function withAnswer(
  answers: readonly RememberedAnswer[],
  answer: RememberedAnswer,
): RememberedAnswer[] {
  const lower = answer.address.toLowerCase();
  return [answer, ...answers.filter((entry) => entry.address.toLowerCase() !== lower)].slice(0, RECENT_LIMIT);
}

export function createDeviceMemory(storage: Storage | null = defaultStorage()): DeviceMemory {
  const read = (key: string): unknown => {
    try {
      const raw = storage?.getItem(key);
      return raw ? (JSON.parse(raw) as unknown) : null;
    } catch {
      return null;
    }
  };
  const write = (key: string, value: unknown) => {
    try {
      storage?.setItem(key, JSON.stringify(value));
    } catch {
      // Full or refused: remembering is a convenience, not a requirement.
    }
  };
  return {
    recentAddresses() {
      const value = read(RECENT_KEY);
      return Array.isArray(value)
        ? value
            .filter((entry): entry is string => typeof entry === "string" && entry.includes("@"))
            .slice(0, RECENT_LIMIT)
        : [];
    },
    saveRecentAddresses: (addresses) => write(RECENT_KEY, addresses.slice(0, RECENT_LIMIT)),
    answers() {
      const value = read(ANSWERS_KEY);
      return Array.isArray(value) ? value.filter(isAnswer).slice(0, RECENT_LIMIT) : [];
    },
    saveAnswers: (answers) => write(ANSWERS_KEY, answers.slice(0, RECENT_LIMIT)),
    forget() {
      try {
        storage?.removeItem(RECENT_KEY);
        storage?.removeItem(ANSWERS_KEY);
      } catch {
        // Nothing stored, or storage refused: nothing to forget.
      }
    },
  };
}

function defaultStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // Some hosts throw on merely reading window.localStorage (storage blocked).
    return null;
  }
}

export interface WriteBehindMemory extends DeviceMemory {
  /** Writes what is pending now (the pane closing, the controller stopping). */
  flush(): void;
}

/**
 * `memory` with its saves made a moment later, outside the task that asked
 * for them: localStorage writes are synchronous, and the first save comes in
 * the same task as the render that shows the settings (issue 10's "within 30 ms
 * of the host's answer"). Only the newest value per key is written; a forget
 * drops what is pending, so nothing comes back after it; reads see pending
 * values. `schedule` runs its callback later (a timer in the pane).
 */
export function writeBehind(
  memory: DeviceMemory,
  schedule: (flush: () => void) => void = (flush) => setTimeout(flush, 0),
): WriteBehindMemory {
  let recent: string[] | null = null;
  let answers: RememberedAnswer[] | null = null;
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const [pendingRecent, pendingAnswers] = [recent, answers];
    recent = null;
    answers = null;
    if (pendingRecent) memory.saveRecentAddresses(pendingRecent);
    if (pendingAnswers) memory.saveAnswers(pendingAnswers);
  };
  const later = () => {
    if (scheduled) return;
    scheduled = true;
    schedule(() => {
      if (scheduled) flush();
    });
  };
  return {
    recentAddresses: () => recent?.slice(0, RECENT_LIMIT) ?? memory.recentAddresses(),
    saveRecentAddresses(addresses) {
      recent = addresses;
      later();
    },
    answers: () => answers?.slice(0, RECENT_LIMIT) ?? memory.answers(),
    saveAnswers(pending) {
      answers = pending;
      later();
    },
    forget() {
      recent = null;
      answers = null;
      scheduled = false;
      memory.forget();
    },
    flush,
  };
}
