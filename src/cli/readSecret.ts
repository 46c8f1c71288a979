// Where the sign-in test's secret comes from: one line of standard input
// (--password-stdin, for scripts and password managers), a terminal prompt
// that does not echo, or a token file. Never the command line: argv shows in
// the process list and the shell history. Messages name the source, never
// the secret.
import { readFileSync, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { Writable, type Readable } from "node:stream";
import { InputError } from "../core/errors.js";

/** A password or token longer than this is not one (and is not read further). */
export const MAX_SECRET_BYTES = 16 * 1024;

export interface SecretSource {
  /** The first line of standard input, without its line end. */
  readLine(): Promise<string>;
  /** Asks on the terminal without echoing what is typed; null when standard input is not a terminal. */
  promptHidden: ((prompt: string) => Promise<string>) | null;
}

/** Reads up to the first line end (or the end of the stream), at most MAX_SECRET_BYTES. */
function readFirstLine(input: Readable, release: () => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const finish = (error: Error | null, line?: string): void => {
      input.off("data", onData);
      input.off("end", onEnd);
      input.off("error", onError);
      release();
      if (error) reject(error);
      else resolve(line ?? "");
    };
    const onData = (chunk: Buffer | string): void => {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      const newline = buffer.indexOf(0x0a);
      const piece = newline < 0 ? buffer : buffer.subarray(0, newline);
      total += piece.length;
      if (total > MAX_SECRET_BYTES) {
        finish(
          new InputError(`verify: the first line of standard input is longer than ${MAX_SECRET_BYTES} bytes`),
        );
        return;
      }
      chunks.push(piece);
      if (newline >= 0) finish(null, Buffer.concat(chunks).toString("utf8").replace(/\r$/, ""));
    };
    const onEnd = (): void => finish(null, Buffer.concat(chunks).toString("utf8").replace(/\r$/, ""));
    const onError = (): void => finish(new InputError("verify: standard input could not be read"));
    input.on("data", onData);
    input.once("end", onEnd);
    input.once("error", onError);
    input.resume();
  });
}

/** A terminal prompt whose typing is not echoed: readline writes its echo into a sink. */
function promptWithoutEcho(
  input: Readable,
  output: NodeJS.WritableStream,
  prompt: string,
  release: () => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
    const reader = createInterface({ input, output: sink, terminal: true });
    let answered = false;
    output.write(prompt);
    reader.once("line", (line) => {
      answered = true;
      reader.close();
      release();
      output.write("\n");
      resolve(line);
    });
    reader.once("SIGINT", () => reader.close());
    reader.once("close", () => {
      if (answered) return;
      release();
      output.write("\n");
      reject(new InputError("verify: no password entered"));
    });
  });
}

/** A secret source over given streams; `terminal` says whether `input` is an interactive terminal. */
export function streamSecretSource(
  input: Readable,
  options: {
    terminal: boolean;
    promptOutput?: NodeJS.WritableStream;
    /** Let go of `input` once the secret is read: pause (default), or destroy for the process's own stdin. */
    afterRead?: "pause" | "destroy";
  },
): SecretSource {
  const output = options.promptOutput ?? process.stderr;
  // A paused pipe still keeps Node's event loop alive while the writer holds it open (a password
  // manager, a shell `read`): the process's stdin is closed so the command exits when it is done.
  const release = (): void => void (options.afterRead === "destroy" ? input.destroy() : input.pause());
  return {
    readLine: () => readFirstLine(input, release),
    promptHidden: options.terminal ? (prompt) => promptWithoutEcho(input, output, prompt, release) : null,
  };
}

/** Standard input and, for prompts, standard error (standard output stays the report). */
export function processSecretSource(): SecretSource {
  return streamSecretSource(process.stdin, {
    terminal: process.stdin.isTTY === true,
    promptOutput: process.stderr,
    afterRead: "destroy",
  });
}

/** An OAuth2 access token from a file: one line, surrounding whitespace dropped. */
export function readTokenFile(path: string): string {
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw new InputError(`verify: --xoauth2-token-file ${path} is not a file`);
    size = stats.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    throw new InputError(`verify: cannot read the token file ${path} (${code})`);
  }
  if (size > MAX_SECRET_BYTES) {
    throw new InputError(`verify: the token file ${path} is larger than ${MAX_SECRET_BYTES} bytes`);
  }
  const token = readFileSync(path, "utf8").trim();
  if (token.length === 0) throw new InputError(`verify: the token file ${path} is empty`);
  if (/[\r\n]/.test(token))
    throw new InputError(`verify: the token file ${path} must hold one line (the access token)`);
  return token;
}
