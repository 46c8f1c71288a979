// How sure an answer is, by where it came from: the builtin list and the
// provider's own autoconfig file are checked data; the ISPDB is third-party;
// SRV, MX and guesses are unauthenticated hints.
import type { Confidence, SettingsSource } from "./types.js";

export const CONFIDENCE_BY_SOURCE: Readonly<Record<SettingsSource, Confidence>> = {
  builtin: "high",
  autoconfig: "high",
  ispdb: "medium",
  srv: "medium",
  mx: "medium",
  guess: "low",
  none: "low",
};
