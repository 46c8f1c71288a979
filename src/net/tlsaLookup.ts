// DANE TLSA presence (RFC 6698, RFC 7672 for SMTP) through a raw DNS query:
// Node 20's resolver has no TLSA type, so this sends one RFC 1035 question
// over UDP (with EDNS0, RFC 6891) to the same resolvers as every other lookup,
// and retries over TCP when the answer is truncated.
import { getServers } from "node:dns";
import { createSocket } from "node:dgram";
import { isIP, connect } from "node:net";
import { randomInt } from "node:crypto";
import { DnsLookupError, type DnsErrorKind } from "./dnsResolver.js";

const TYPE_TLSA = 52;
const CLASS_IN = 1;
const TYPE_OPT = 41;
// RFC 8020-era guidance (DNS flag day 2020): 1232 bytes avoids IP fragmentation.
const EDNS_UDP_SIZE = 1232;
const MAX_RESPONSE_BYTES = 65535;
const DEFAULT_TIMEOUT_MS = 3000;

export interface TlsaLookupResult {
  name: string;
  /** True when the name has at least one TLSA record. */
  present: boolean;
  /** How many TLSA records the answer held. */
  records: number;
}

interface ResolverAddress {
  host: string;
  port: number;
}

/** Reads "ip", "ip:port", "[v6]:port" or a bare IPv6 address. */
export function parseResolverAddress(server: string): ResolverAddress {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(server);
  if (bracketed) return { host: bracketed[1] ?? "", port: Number(bracketed[2] ?? 53) };
  if (isIP(server) === 6) return { host: server, port: 53 };
  const hostPort = /^([^:]+)(?::(\d+))?$/.exec(server);
  if (hostPort && isIP(hostPort[1] ?? "") === 4)
    return { host: hostPort[1] ?? "", port: Number(hostPort[2] ?? 53) };
  throw new DnsLookupError("other", server, `"${server}" is not a resolver address (ip or ip:port)`);
}

function encodeName(name: string): Buffer {
  const trimmed = name.endsWith(".") ? name.slice(0, -1) : name;
  if (!/^[\x21-\x7e]+$/.test(trimmed) || trimmed.length > 253) {
    throw new DnsLookupError("other", name, `"${name}" is not a DNS name`);
  }
  const parts: Buffer[] = [];
  for (const label of trimmed.split(".")) {
    if (label.length < 1 || label.length > 63)
      throw new DnsLookupError("other", name, `"${name}" is not a DNS name`);
    parts.push(Buffer.from([label.length]), Buffer.from(label, "ascii"));
  }
  parts.push(Buffer.from([0]));
  return Buffer.concat(parts);
}

/** One TLSA question with RD set and an EDNS0 OPT record advertising our UDP size. */
export function buildTlsaQuery(id: number, name: string): Buffer {
  const header = Buffer.alloc(12);
  header.writeUInt16BE(id, 0);
  header.writeUInt16BE(0x0100, 2); // RD
  header.writeUInt16BE(1, 4); // QDCOUNT
  header.writeUInt16BE(1, 10); // ARCOUNT: the OPT record
  const question = Buffer.alloc(4);
  question.writeUInt16BE(TYPE_TLSA, 0);
  question.writeUInt16BE(CLASS_IN, 2);
  const opt = Buffer.alloc(11);
  opt.writeUInt8(0, 0); // root name
  opt.writeUInt16BE(TYPE_OPT, 1);
  opt.writeUInt16BE(EDNS_UDP_SIZE, 3);
  opt.writeUInt32BE(0, 5); // extended rcode, version 0, no DO bit
  opt.writeUInt16BE(0, 9); // no options
  return Buffer.concat([header, encodeName(name), question, opt]);
}

/** Reads a possibly compressed name (RFC 1035 4.1.4); returns it and the offset after it. */
function readName(message: Buffer, start: number): { name: string; next: number } {
  const labels: string[] = [];
  let offset = start;
  let next = -1;
  let jumps = 0;
  for (;;) {
    const length = message[offset];
    if (length === undefined) throw new Error("name runs past the end of the message");
    if ((length & 0xc0) === 0xc0) {
      const low = message[offset + 1];
      if (low === undefined) throw new Error("truncated compression pointer");
      if (next < 0) next = offset + 2;
      offset = ((length & 0x3f) << 8) | low;
      if (++jumps > 64) throw new Error("compression pointer loop");
      continue;
    }
    if (length === 0) {
      if (next < 0) next = offset + 1;
      return { name: labels.join("."), next };
    }
    if (offset + 1 + length > message.length) throw new Error("label runs past the end of the message");
    labels.push(message.toString("latin1", offset + 1, offset + 1 + length));
    offset += 1 + length;
  }
}

interface ParsedResponse {
  id: number;
  truncated: boolean;
  rcode: number;
  tlsaRecords: number;
}

/** Parses the parts of a response we need: id, TC, RCODE, and how many TLSA answers for `name`. */
export function parseTlsaResponse(message: Buffer, name: string): ParsedResponse {
  if (message.length < 12) throw new Error("response shorter than a DNS header");
  const id = message.readUInt16BE(0);
  const flags = message.readUInt16BE(2);
  if ((flags & 0x8000) === 0) throw new Error("not a response");
  const truncated = (flags & 0x0200) !== 0;
  const rcode = flags & 0x000f;
  const questions = message.readUInt16BE(4);
  const answers = message.readUInt16BE(6);
  let offset = 12;
  const wanted = (name.endsWith(".") ? name.slice(0, -1) : name).toLowerCase();
  for (let i = 0; i < questions; i += 1) {
    const question = readName(message, offset);
    if (question.name.toLowerCase() !== wanted) throw new Error("response is for another name");
    offset = question.next + 4;
  }
  let tlsaRecords = 0;
  if (!truncated) {
    for (let i = 0; i < answers; i += 1) {
      const owner = readName(message, offset);
      offset = owner.next;
      if (offset + 10 > message.length) throw new Error("answer runs past the end of the message");
      const type = message.readUInt16BE(offset);
      const rdLength = message.readUInt16BE(offset + 8);
      offset += 10 + rdLength;
      if (offset > message.length) throw new Error("answer data runs past the end of the message");
      // A CNAME chain ends at the TLSA records; any TLSA answer counts.
      if (type === TYPE_TLSA) tlsaRecords += 1;
    }
  }
  return { id, truncated, rcode, tlsaRecords };
}

type Finish = (error: Error | null, response?: ParsedResponse) => void;

/**
 * One query/answer exchange under a deadline: `start` opens its socket, wires
 * it to `finish` and returns how to close it. The first outcome wins; the
 * timer and the socket are always released.
 */
function exchange(
  name: string,
  timeoutMs: number,
  start: (finish: Finish, fail: (error: Error) => void) => () => void,
): Promise<ParsedResponse> {
  return new Promise((resolve, reject) => {
    let close: () => void = () => undefined;
    let done = false;
    const finish: Finish = (error, response) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      close();
      if (error) reject(error);
      else if (response) resolve(response);
    };
    const fail = (error: Error) =>
      finish(new DnsLookupError("other", name, `TLSA lookup for ${name}: ${error.message}`));
    const timer = setTimeout(
      () => finish(new DnsLookupError("timeout", name, `TLSA lookup for ${name} timed out`)),
      timeoutMs,
    );
    close = start(finish, fail);
    if (done) close();
  });
}

function queryUdp(
  server: ResolverAddress,
  query: Buffer,
  name: string,
  timeoutMs: number,
): Promise<ParsedResponse> {
  return exchange(name, timeoutMs, (finish, fail) => {
    const socket = createSocket(isIP(server.host) === 6 ? "udp6" : "udp4");
    const id = query.readUInt16BE(0);
    socket.on("error", fail);
    socket.on("message", (message, remote) => {
      // Ignore anything that is not our resolver answering our question (RFC 5452 spoofing checks).
      if (remote.port !== server.port || remote.address !== server.host) return;
      try {
        const parsed = parseTlsaResponse(message, name);
        if (parsed.id !== id) return;
        finish(null, parsed);
      } catch {
        // A malformed datagram is dropped; the real answer may still arrive.
      }
    });
    socket.send(query, server.port, server.host, (error) => {
      if (error) fail(error);
    });
    return () => socket.close();
  });
}

function queryTcp(
  server: ResolverAddress,
  query: Buffer,
  name: string,
  timeoutMs: number,
): Promise<ParsedResponse> {
  return exchange(name, timeoutMs, (finish, fail) => {
    const socket = connect({ host: server.host, port: server.port });
    const chunks: Buffer[] = [];
    let received = 0;
    socket.on("error", fail);
    socket.on("connect", () => {
      const length = Buffer.alloc(2);
      length.writeUInt16BE(query.length, 0);
      socket.write(Buffer.concat([length, query]));
    });
    socket.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      received += chunk.length;
      if (received > MAX_RESPONSE_BYTES + 2) {
        finish(new DnsLookupError("other", name, `TLSA answer for ${name} is too large`));
        return;
      }
      const buffer = Buffer.concat(chunks);
      if (buffer.length < 2) return;
      const expected = buffer.readUInt16BE(0);
      if (buffer.length < expected + 2) return;
      try {
        const parsed = parseTlsaResponse(buffer.subarray(2, expected + 2), name);
        if (parsed.id !== query.readUInt16BE(0)) throw new Error("answer for another query");
        finish(null, parsed);
      } catch (error) {
        finish(
          new DnsLookupError(
            "other",
            name,
            `TLSA answer for ${name} is malformed: ${(error as Error).message}`,
          ),
        );
      }
    });
    socket.on("end", () =>
      finish(new DnsLookupError("other", name, `resolver closed the connection for ${name}`)),
    );
    return () => socket.destroy();
  });
}

const RCODE_KIND: Record<number, DnsErrorKind> = { 2: "servfail", 5: "refused" };

async function askOne(server: ResolverAddress, name: string, timeoutMs: number): Promise<TlsaLookupResult> {
  const query = buildTlsaQuery(randomInt(0, 0x10000), name);
  const started = Date.now();
  let response = await queryUdp(server, query, name, timeoutMs);
  if (response.truncated) {
    const left = Math.max(1, timeoutMs - (Date.now() - started));
    response = await queryTcp(server, buildTlsaQuery(randomInt(0, 0x10000), name), name, left);
  }
  if (response.rcode === 3) return { name, present: false, records: 0 }; // NXDOMAIN: no TLSA
  if (response.rcode !== 0) {
    const kind = RCODE_KIND[response.rcode] ?? "other";
    throw new DnsLookupError(kind, name, `DNS TLSA lookup for ${name} failed (${kind})`);
  }
  return { name, present: response.tlsaRecords > 0, records: response.tlsaRecords };
}

/**
 * Whether `name` (e.g. "_25._tcp.mx1.example.com") has TLSA records. Asks the
 * resolvers in order (the system's when `servers` is empty), moving on when
 * one times out or fails; throws DnsLookupError when none answers.
 */
export async function lookupTlsa(
  name: string,
  servers: readonly string[],
  timeoutMs: number = DEFAULT_TIMEOUT_MS,
): Promise<TlsaLookupResult> {
  const candidates = (servers.length > 0 ? servers : getServers()).map(parseResolverAddress);
  if (candidates.length === 0) throw new DnsLookupError("other", name, "no DNS resolver is configured");
  const perServer = Math.max(200, Math.floor(timeoutMs / candidates.length));
  let lastError: unknown = null;
  for (const server of candidates) {
    try {
      return await askOne(server, name, perServer);
    } catch (error) {
      lastError = error;
    }
  }
  if (lastError instanceof DnsLookupError) throw lastError;
  throw new DnsLookupError("other", name, `DNS TLSA lookup for ${name} failed`);
}
