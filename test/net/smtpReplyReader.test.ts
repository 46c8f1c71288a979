import {
  formatReply,
  MalformedReplyError,
  MAX_REPLY_LINE_BYTES,
  MAX_SESSION_BYTES,
  printable,
  ReplyTooLongError,
  SmtpReplyReader,
} from "../../src/net/smtpReplyReader.js";

function feed(reader: SmtpReplyReader, ...chunks: string[]): void {
  for (const chunk of chunks) reader.push(Buffer.from(chunk, "utf8"));
}

test("a multi-line reply is one reply, however the bytes are split", () => {
  const text = "250-mx.example.com Hello\r\n250-PIPELINING\r\n250-AUTH PLAIN LOGIN\r\n250 STARTTLS\r\n";
  for (let cut = 1; cut < text.length; cut += 7) {
    const reader = new SmtpReplyReader();
    feed(reader, text.slice(0, cut));
    if (cut < text.length - 1) expect(reader.next()).toBeUndefined();
    feed(reader, text.slice(cut));
    expect(reader.next()).toEqual({
      code: 250,
      lines: ["mx.example.com Hello", "PIPELINING", "AUTH PLAIN LOGIN", "STARTTLS"],
    });
    expect(reader.next()).toBeUndefined();
  }
});

test("replies queue in order; bare LF and a code without text are accepted", () => {
  const reader = new SmtpReplyReader();
  feed(reader, "220 ready\n250\r\n221 bye\r\n");
  expect(reader.next()).toEqual({ code: 220, lines: ["ready"] });
  expect(reader.next()).toEqual({ code: 250, lines: [""] });
  expect(reader.next()).toEqual({ code: 221, lines: ["bye"] });
  expect(reader.totalBytes).toBe(24);
});

test("a line over the limit is refused before it is buffered whole", () => {
  const reader = new SmtpReplyReader();
  feed(reader, "220 ", "x".repeat(MAX_REPLY_LINE_BYTES - 10));
  expect(() => feed(reader, "x".repeat(20))).toThrow(ReplyTooLongError);
  const exact = new SmtpReplyReader();
  feed(exact, `220 ${"y".repeat(MAX_REPLY_LINE_BYTES - 4)}\r\n`);
  expect(exact.next()?.lines[0]).toHaveLength(MAX_REPLY_LINE_BYTES - 4);
});

test("the whole session is limited too, even in short lines", () => {
  const reader = new SmtpReplyReader();
  const line = "250-EXTENSION\r\n";
  expect(() => {
    for (let sent = 0; sent <= MAX_SESSION_BYTES; sent += line.length) feed(reader, line);
  }).toThrow(new ReplyTooLongError("session"));
});

test.each([
  "SSH-2.0-OpenSSH_9.2",
  "HTTP/1.1 400 Bad Request",
  "22 short",
  "2500 long code",
  "650 out of range",
])("%j is not an SMTP reply", (line) => {
  expect(() => feed(new SmtpReplyReader(), `${line}\r\n`)).toThrow(MalformedReplyError);
});

test("a continuation with another code is malformed", () => {
  expect(() => feed(new SmtpReplyReader(), "250-a\r\n251 b\r\n")).toThrow(MalformedReplyError);
});

test("discardPending drops what arrived before a TLS upgrade (RFC 3207)", () => {
  const reader = new SmtpReplyReader();
  feed(reader, "220 go ahead\r\n250 injected\r\n250-partial");
  expect(reader.next()).toEqual({ code: 220, lines: ["go ahead"] });
  expect(reader.discardPending()).toBeGreaterThan(0);
  expect(reader.next()).toBeUndefined();
  feed(reader, "250 after tls\r\n");
  expect(reader.next()).toEqual({ code: 250, lines: ["after tls"] });
});

test("server text is made safe for terminals and pages", () => {
  const reader = new SmtpReplyReader();
  feed(reader, "554 \u001b[31mred\u0007 \u202eevil\r\n");
  expect(reader.next()?.lines).toEqual(["?[31mred? ?evil"]);
  expect(printable("x".repeat(10), 4)).toBe("xxxx...");
});

test("formatReply shows the reply as the server wrote it", () => {
  expect(formatReply({ code: 421, lines: ["busy", "try later"] })).toBe("421-busy\n421 try later");
  expect(formatReply({ code: 250, lines: [""] })).toBe("250");
});
