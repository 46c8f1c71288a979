// Turns what people paste (a bounce's source, an .eml file, an HTML NDR body) into plain text the explainer can
// read: quoted-printable and base64 parts decoded (RFC 2045), their charset applied, HTML reduced to its text
// with scripts and styles dropped, control bytes blanked. Pure: no DOM, no Node; TextDecoder is a standard global
// in browsers and Node, and when a charset is unknown to it the bytes are read as Latin-1.

const HEADER_LINE = /^([A-Za-z][A-Za-z0-9-]*):[ \t]*(.*)$/;
const BOUNDARY_LINE = /^--[^\s]{1,200}$/;
const BASE64_LINE = /^[A-Za-z0-9+/]+={0,2}$/;
const BASE64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
// eslint-disable-next-line no-control-regex -- control bytes from binary pastes are exactly what is blanked
const CONTROL_BYTES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]+/g;

function base64Bytes(text: string): Uint8Array {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, "");
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let length = 0;
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    buffer = (buffer << 6) | BASE64_ALPHABET.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[length++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes.subarray(0, length);
}

function quotedPrintableBytes(text: string): Uint8Array {
  const joined = text.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const char = joined[i]!;
    const hex = char === "=" ? joined.slice(i + 1, i + 3) : "";
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
      continue;
    }
    const code = joined.charCodeAt(i);
    if (code < 0x80) bytes.push(code);
    else for (const byte of new TextEncoder().encode(char)) bytes.push(byte);
  }
  return Uint8Array.from(bytes);
}

/** Bytes in a charset; unknown charsets read as Latin-1, broken sequences become U+FFFD (then blanked). */
export function decodeBytes(bytes: Uint8Array, charset: string | null): string {
  const label = (charset ?? "utf-8").trim().toLowerCase();
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    let text = "";
    for (const byte of bytes) text += String.fromCharCode(byte);
    return text;
  }
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/** The text of an HTML document: scripts, styles and comments dropped, block ends as line breaks. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|head|title)\b[\s\S]*?(<\/\1\s*>|$)/gi, " ")
    .replace(/<!--[\s\S]*?(-->|$)/g, " ")
    .replace(/<(br|\/p|\/div|\/tr|\/li|\/h\d|\/table|hr)\b[^>]*>/gi, "\n")
    .replace(/<\/?[a-z!][^>]*>/gi, " ")
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
      if (name[0] === "#") {
        const code =
          name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : " ";
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+\n/g, "\n");
}

export function looksLikeHtml(text: string): boolean {
  return /<(html|body|div|table|p|br|span|font|script)\b[^>]*>/i.test(text);
}

interface PartHeaders {
  encoding: string | null;
  charset: string | null;
  html: boolean;
}

/** A header block from `from`: its end, and its content headers when it has any (null: not a header block). */
function readHeaders(lines: string[], from: number): { headers: PartHeaders | null; end: number } | null {
  let index = from;
  let encoding: string | null = null;
  let charset: string | null = null;
  let html = false;
  let sawContentHeader = false;
  let lastName = "";
  while (index < lines.length) {
    const line = lines[index]!;
    if (line.trim() === "") break;
    const header = HEADER_LINE.exec(line);
    const folded = /^[ \t]/.test(line);
    if (!header && !folded) return index === from ? null : { headers: null, end: index };
    const name = header ? header[1]!.toLowerCase() : lastName;
    const value = header ? header[2]! : line;
    if (header) lastName = name;
    if (name === "content-transfer-encoding") {
      encoding = value.trim().toLowerCase();
      sawContentHeader = true;
    }
    if (name === "content-type") {
      sawContentHeader = true;
      if (/text\/html/i.test(value)) html = true;
    }
    const charsetMatch = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(value);
    if ((name === "content-type" || folded) && charsetMatch) charset = charsetMatch[1]!;
    index += 1;
  }
  return { headers: sawContentHeader ? { encoding, charset, html } : null, end: index };
}

/**
 * Plain text of a pasted message or part of one: MIME parts with quoted-printable or base64 encoding decoded
 * in their charset, HTML parts and HTML pastes reduced to text. Text without MIME structure comes back as is
 * (HTML stripped, control bytes blanked).
 */
export function mimeToText(raw: string): string {
  const lines = raw.split(/\r\n?|\n/);
  if (!/content-(transfer-encoding|type):/i.test(raw)) return clean(raw);
  const out: string[] = [];
  let index = 0;
  while (index < lines.length) {
    const parsed = readHeaders(lines, index);
    if (!parsed || !parsed.headers) {
      const end = parsed ? parsed.end : index + 1;
      for (let i = index; i < end; i++) out.push(lines[i]!);
      index = end;
      continue;
    }
    // Keep the headers themselves: a bounce's delivery-status fields (Status:, Diagnostic-Code:) are headers too.
    for (let i = index; i < parsed.end; i++) out.push(lines[i]!);
    let bodyEnd = parsed.end + 1;
    while (bodyEnd < lines.length && !BOUNDARY_LINE.test(lines[bodyEnd]!.trim())) bodyEnd += 1;
    const body = lines.slice(parsed.end + 1, bodyEnd);
    const { encoding, charset, html } = parsed.headers;
    let decoded: string;
    if (encoding === "base64") {
      // Decode the run of base64 lines; anything after it (a paste without the closing boundary) stays as is.
      let run = 0;
      while (run < body.length && (body[run]!.trim() === "" || BASE64_LINE.test(body[run]!.trim()))) run += 1;
      decoded = [decodeBytes(base64Bytes(body.slice(0, run).join("")), charset), ...body.slice(run)].join(
        "\n",
      );
    } else if (encoding === "quoted-printable") {
      decoded = decodeBytes(quotedPrintableBytes(body.join("\n")), charset);
    } else {
      decoded = body.join("\n");
    }
    out.push("", html || looksLikeHtml(decoded) ? htmlToText(decoded) : decoded);
    index = bodyEnd;
  }
  return clean(out.join("\n"));
}

function clean(text: string): string {
  const plain = looksLikeHtml(text) ? htmlToText(text) : text;
  return plain.replace(CONTROL_BYTES, " ");
}
