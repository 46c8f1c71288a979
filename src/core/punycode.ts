// Punycode (RFC 3492) and the label-by-label IDNA conversion built on it.
// The core runs in the task pane too, so it cannot use node:punycode; the
// algorithm is small enough to carry here. Callers map case and Unicode
// normalisation first (see emailAddress.ts): this module only converts.

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 0x80;
const DELIMITER = "-";
const MAX_INT = 0x7fffffff;
/** RFC 5890: an A-label is "xn--" followed by the Punycode of the U-label. */
export const ACE_PREFIX = "xn--";

/** Thrown for input that is not valid Punycode or cannot be encoded. */
export class PunycodeError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = "PunycodeError";
  }
}

function threshold(k: number, bias: number): number {
  if (k <= bias) return T_MIN;
  if (k >= bias + T_MAX) return T_MAX;
  return k - bias;
}

// RFC 3492 section 6.1.
function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let d = firstTime ? Math.floor(delta / DAMP) : Math.floor(delta / 2);
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digitToChar(digit: number): string {
  // 0..25 -> a..z, 26..35 -> 0..9
  return String.fromCharCode(digit < 26 ? digit + 97 : digit + 22);
}

function charToDigit(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 22;
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  return BASE;
}

/** Encodes one label's code points as Punycode (without the "xn--" prefix). */
export function punycodeEncode(input: string): string {
  const codePoints = Array.from(input, (char) => char.codePointAt(0) ?? 0);
  let output = codePoints
    .filter((cp) => cp < INITIAL_N)
    .map((cp) => String.fromCharCode(cp))
    .join("");
  const basicCount = output.length;
  let handled = basicCount;
  if (basicCount > 0) output += DELIMITER;

  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < codePoints.length) {
    let next = MAX_INT;
    for (const cp of codePoints) if (cp >= n && cp < next) next = cp;
    if (next - n > Math.floor((MAX_INT - delta) / (handled + 1)))
      throw new PunycodeError("Punycode overflow");
    delta += (next - n) * (handled + 1);
    n = next;
    for (const cp of codePoints) {
      if (cp < n && ++delta > MAX_INT) throw new PunycodeError("Punycode overflow");
      if (cp !== n) continue;
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = threshold(k, bias);
        if (q < t) break;
        output += digitToChar(t + ((q - t) % (BASE - t)));
        q = Math.floor((q - t) / (BASE - t));
      }
      output += digitToChar(q);
      bias = adapt(delta, handled + 1, handled === basicCount);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return output;
}

/** Decodes Punycode (without the "xn--" prefix) to a Unicode string. */
export function punycodeDecode(input: string): string {
  const output: number[] = [];
  const lastDelimiter = input.lastIndexOf(DELIMITER);
  const basicEnd = lastDelimiter < 0 ? 0 : lastDelimiter;
  for (let j = 0; j < basicEnd; j++) {
    const code = input.charCodeAt(j);
    if (code >= INITIAL_N) throw new PunycodeError("Punycode contains a non-ASCII character");
    output.push(code);
  }

  let n = INITIAL_N;
  let i = 0;
  let bias = INITIAL_BIAS;
  for (let index = basicEnd > 0 ? basicEnd + 1 : 0; index < input.length;) {
    const oldI = i;
    let weight = 1;
    for (let k = BASE; ; k += BASE) {
      if (index >= input.length) throw new PunycodeError("Punycode ends in the middle of a number");
      const digit = charToDigit(input.charCodeAt(index++));
      if (digit >= BASE) throw new PunycodeError("Punycode contains a character outside a-z, 0-9");
      if (digit > Math.floor((MAX_INT - i) / weight)) throw new PunycodeError("Punycode overflow");
      i += digit * weight;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (weight > Math.floor(MAX_INT / (BASE - t))) throw new PunycodeError("Punycode overflow");
      weight *= BASE - t;
    }
    const length = output.length + 1;
    bias = adapt(i - oldI, length, oldI === 0);
    if (Math.floor(i / length) > MAX_INT - n) throw new PunycodeError("Punycode overflow");
    n += Math.floor(i / length);
    i %= length;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff))
      throw new PunycodeError("Punycode decodes to an invalid code point");
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

/** Converts one label to its ASCII form: unchanged when ASCII, otherwise "xn--" + Punycode. */
export function labelToAscii(label: string): string {
  // eslint-disable-next-line no-control-regex -- the ASCII range is the point here
  return /^[\x00-\x7f]*$/.test(label) ? label : ACE_PREFIX + punycodeEncode(label);
}

/**
 * Converts one label to its Unicode form. An "xn--" label must be canonical:
 * it decodes to at least one non-ASCII character and encodes back to itself
 * (RFC 5891 section 5.4), otherwise it is a fake or damaged A-label.
 */
export function labelToUnicode(label: string): string {
  if (!label.toLowerCase().startsWith(ACE_PREFIX)) return label;
  const encoded = label.slice(ACE_PREFIX.length).toLowerCase();
  const decoded = punycodeDecode(encoded);
  // eslint-disable-next-line no-control-regex -- the ASCII range is the point here
  if (/^[\x00-\x7f]*$/.test(decoded) || punycodeEncode(decoded) !== encoded) {
    throw new PunycodeError(`"${label}" is not a valid internationalised label`);
  }
  return decoded;
}

/** Dot-separated domain to ASCII (A-labels); labels are not otherwise checked here. */
export function domainToAscii(domain: string): string {
  return domain.split(".").map(labelToAscii).join(".");
}

/** Dot-separated domain to Unicode (U-labels). */
export function domainToUnicode(domain: string): string {
  return domain.split(".").map(labelToUnicode).join(".");
}

/**
 * A domain or host name as lookups compare it: trimmed, lowercase, without the
 * root dot, in A-labels; undefined when it cannot be a host name.
 */
export function normaliseDomain(name: string): string | undefined {
  if (typeof name !== "string") return undefined;
  let host = name.trim().toLowerCase();
  if (host.endsWith(".")) host = host.slice(0, -1);
  if (host === "") return undefined;
  // eslint-disable-next-line no-control-regex -- ASCII test
  if (/^[\x00-\x7f]*$/.test(host)) return host;
  try {
    return domainToAscii(host.normalize("NFC"));
  } catch {
    return undefined;
  }
}
