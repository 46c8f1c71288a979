import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { createMailDns, DnsLookupError } from "../../src/net/dnsResolver.js";
import { lookupTlsa, parseResolverAddress } from "../../src/net/tlsaLookup.js";
import { startDnsPeer, type DnsPeer } from "../peers/dnsPeer.js";

const HASH = "8cb0fc6c527506a053f4f14c8464bebbd6dede2738d11468dd953d7d6a3021f1";

describe("lookupTlsa against a local DNS server", () => {
  let peer: DnsPeer;

  beforeAll(async () => {
    peer = await startDnsPeer({
      "_25._tcp.mx.dane.test": { TLSA: [{ usage: 3, selector: 1, matchingType: 1, data: HASH }] },
      "_25._tcp.mx.many.test": {
        // 40 records do not fit in 1232 bytes of UDP: the answer is truncated and retried over TCP.
        TLSA: Array.from({ length: 40 }, () => ({ usage: 3, selector: 1, matchingType: 1, data: HASH })),
      },
      "_25._tcp.mx.alias.test": { CNAME: "_25._tcp.mx.dane.test" },
      "mx.plain.test": { A: ["192.0.2.1"] },
      "_25._tcp.mx.broken.test": { servfail: true },
      "_25._tcp.mx.slow.test": {
        delayMs: 2000,
        TLSA: [{ usage: 3, selector: 1, matchingType: 1, data: HASH }],
      },
    });
  });
  afterAll(() => peer.close());

  it("finds a TLSA record", async () => {
    await expect(lookupTlsa("_25._tcp.mx.dane.test", [peer.server])).resolves.toEqual({
      name: "_25._tcp.mx.dane.test",
      present: true,
      records: 1,
    });
  });

  it("falls back to TCP when the UDP answer is truncated", async () => {
    const result = await lookupTlsa("_25._tcp.mx.many.test", [peer.server]);
    expect(result).toMatchObject({ present: true, records: 40 });
    expect(peer.queries.filter((q) => q === "_25._tcp.mx.many.test TLSA")).toHaveLength(2);
  });

  it("follows a CNAME to the TLSA records", async () => {
    await expect(lookupTlsa("_25._tcp.mx.alias.test", [peer.server])).resolves.toMatchObject({
      present: true,
    });
  });

  it("reports absence for NXDOMAIN and for a name without TLSA", async () => {
    await expect(lookupTlsa("_25._tcp.mx.plain.test", [peer.server])).resolves.toMatchObject({
      present: false,
    });
    await expect(lookupTlsa("_25._tcp.nowhere.test", [peer.server])).resolves.toMatchObject({
      present: false,
    });
  });

  it("throws a servfail DnsLookupError when the resolver fails", async () => {
    const failure = lookupTlsa("_25._tcp.mx.broken.test", [peer.server]);
    await expect(failure).rejects.toBeInstanceOf(DnsLookupError);
    await expect(failure).rejects.toMatchObject({ kind: "servfail" });
  });

  it("times out instead of hanging", async () => {
    const started = Date.now();
    await expect(lookupTlsa("_25._tcp.mx.slow.test", [peer.server], 300)).rejects.toMatchObject({
      kind: "timeout",
    });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("moves on to the next resolver when the first does not answer", async () => {
    // Nothing listens on port 9 of 127.0.0.1 for DNS: the first try fails or times out.
    const result = await lookupTlsa("_25._tcp.mx.dane.test", ["127.0.0.1:9", peer.server], 1000);
    expect(result.present).toBe(true);
  });

  it("asks the same server as the rest of the product (the DNS peer also answers Node's resolver)", async () => {
    const dns = createMailDns([peer.server], 1000);
    await expect(dns.resolve4("mx.plain.test")).resolves.toEqual(["192.0.2.1"]);
    await expect(lookupTlsa("_25._tcp.mx.dane.test", dns.servers)).resolves.toMatchObject({ present: true });
  });

  it("reads resolver addresses in the OUTBOX_DNS_SERVERS forms", () => {
    expect(parseResolverAddress("192.0.2.53")).toEqual({ host: "192.0.2.53", port: 53 });
    expect(parseResolverAddress("127.0.0.1:5353")).toEqual({ host: "127.0.0.1", port: 5353 });
    expect(parseResolverAddress("[::1]:5353")).toEqual({ host: "::1", port: 5353 });
    expect(parseResolverAddress("2001:db8::53")).toEqual({ host: "2001:db8::53", port: 53 });
    expect(() => parseResolverAddress("resolver.example")).toThrow(DnsLookupError);
  });

  it("rejects a name that is not a DNS name", async () => {
    await expect(lookupTlsa("bad name..test", [peer.server])).rejects.toBeInstanceOf(DnsLookupError);
  });
});
