// Splits the bytes a server sends into SMTP replies (RFC 5321 4.2: "250-"
// continues a reply, "250 " ends it), with hard limits so a hostile or broken
// peer cannot make the probe buffer without bound.

/** RFC 5321 4.5.3.1.5 allows 512 octets per reply line; we tolerate eight times that. */
export const MAX_REPLY_LINE_BYTES = 4096;
/** No submission server needs this much to say hello; the probe stops here. */
export const MAX_SESSION_BYTES = 65536;

export interface SmtpReply {
  code: number;
  /** The text of each line after the code and separator, made safe for display. */
  lines: string[];
}

export class ReplyTooLongError extends Error {
  constructor(readonly limit: "line" | "session") {
    super(
      limit === "line"
        ? `a reply line is longer than ${MAX_REPLY_LINE_BYTES} bytes`
        : `the server sent more than ${MAX_SESSION_BYTES} bytes`,
    );
  }
}

export class MalformedReplyError extends Error {
  constructor(readonly line: string) {
    super(`not an SMTP reply: "${printable(line, 120)}"`);
  }
}

// Control characters (terminal escapes), bidi overrides and zero-width
// characters are replaced: the server's words end up in terminals and pages.
// eslint-disable-next-line no-control-regex -- control characters are what is replaced
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Server text made safe to show: unprintable characters become "?", long text is cut with "...". */
export function printable(text: string, maxLength = 300): string {
  const clean = text.replace(UNPRINTABLE, "?");
  return clean.length > maxLength ? `${clean.slice(0, maxLength)}...` : clean;
}

/** The reply as the server wrote it, one line per line, for display. */
export function formatReply(reply: SmtpReply, maxLength = 1000): string {
  const text = reply.lines
    .map((line, i) => `${reply.code}${i < reply.lines.length - 1 ? "-" : " "}${line}`.trimEnd())
    .join("\n");
  return text.length > maxLength ? `${text.slice(0, maxLength)}...` : text;
}

const REPLY_LINE = /^([2-5][0-9][0-9])(?:([ -])(.*))?$/s;

export class SmtpReplyReader {
  private partial: Buffer = Buffer.alloc(0);
  private current: { code: number; lines: string[] } | null = null;
  private readonly ready: SmtpReply[] = [];
  private received = 0;

  /** Bytes received in this session so far (across a TLS upgrade). */
  get totalBytes(): number {
    return this.received;
  }

  /** Feeds bytes in; throws ReplyTooLongError or MalformedReplyError when the peer breaks the rules. */
  push(chunk: Buffer): void {
    this.received += chunk.length;
    if (this.received > MAX_SESSION_BYTES) throw new ReplyTooLongError("session");
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(0x0a, start);
      const end = newline < 0 ? chunk.length : newline;
      if (this.partial.length + (end - start) > MAX_REPLY_LINE_BYTES + 1) throw new ReplyTooLongError("line");
      const piece = chunk.subarray(start, end);
      if (newline < 0) {
        this.partial = Buffer.concat([this.partial, piece]);
        return;
      }
      const line = Buffer.concat([this.partial, piece]);
      this.partial = Buffer.alloc(0);
      this.acceptLine(line.toString("utf8").replace(/\r$/, ""));
      start = newline + 1;
    }
  }

  private acceptLine(line: string): void {
    const match = REPLY_LINE.exec(line);
    if (!match) throw new MalformedReplyError(line);
    const code = Number(match[1]);
    if (this.current !== null && this.current.code !== code) throw new MalformedReplyError(line);
    const reply = this.current ?? { code, lines: [] };
    reply.lines.push(printable(match[3] ?? "", MAX_REPLY_LINE_BYTES));
    if (match[2] === "-") {
      this.current = reply;
    } else {
      this.current = null;
      this.ready.push(reply);
    }
  }

  /** How many complete replies are waiting to be read. */
  get readyCount(): number {
    return this.ready.length;
  }

  /** The oldest complete reply, if any. */
  next(): SmtpReply | undefined {
    return this.ready.shift();
  }

  /**
   * Drops everything received but not yet read. Called before a STARTTLS
   * upgrade: plaintext bytes that arrived after "220 ready" must never be read
   * as if they came through TLS (RFC 3207 section 4.2, STARTTLS injection).
   * Returns how many bytes or replies were dropped.
   */
  discardPending(): number {
    const dropped = this.partial.length + this.ready.length + (this.current ? 1 : 0);
    this.partial = Buffer.alloc(0);
    this.current = null;
    this.ready.length = 0;
    return dropped;
  }
}
