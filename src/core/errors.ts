// Errors that cross layers and map to the public error codes: the server
// turns them into 400 bad-input / 403 forbidden-target JSON, the CLI into a
// one-line message and exit code 2. Messages are written for people.

export type PublicErrorCode = "bad-input" | "forbidden-target" | "rate-limited" | "timeout";

export class InputError extends Error {
  readonly code = "bad-input" as const;
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

export class ForbiddenTargetError extends Error {
  readonly code = "forbidden-target" as const;
  constructor(message: string) {
    super(message);
    this.name = "ForbiddenTargetError";
  }
}
