// The target guard: every special-purpose address class and spelling is
// refused, public addresses pass, allowPrivate lifts only the address rule,
// and a name is judged by every address it resolves to.
import { ForbiddenTargetError } from "../../src/core/errors.js";
import type { MxRecord, SrvTarget } from "../../src/core/types.js";
import { createMailDns, DnsLookupError, type DnsErrorKind, type MailDns } from "../../src/net/dnsResolver.js";
import {
  checkAddress,
  checkHostName,
  checkPort,
  classifyAddress,
  classifyHostName,
  createTargetPolicy,
  resolveTargetAddress,
} from "../../src/net/targetPolicy.js";
import { startDnsPeer } from "../peers/dnsPeer.js";

const strict = createTargetPolicy({ allowPrivate: false, probePorts: [25, 465, 587, 2525] });
const lenient = createTargetPolicy({ allowPrivate: true, probePorts: [25, 465, 587, 2525] });

describe("classifyAddress", () => {
  test.each([
    ["127.0.0.1", "loopback"],
    ["2130706433", "loopback"],
    ["0x7f000001", "loopback"],
    ["0177.0.0.1", "loopback"],
    ["127.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.1.2.3", "private (RFC 1918)"],
    ["012.1.2.3", "private (RFC 1918)"],
    ["172.16.0.1", "private (RFC 1918)"],
    ["172.31.255.255", "private (RFC 1918)"],
    ["192.168.1.1", "private (RFC 1918)"],
    ["100.64.0.1", "carrier-grade NAT (RFC 6598)"],
    ["100.127.255.255", "carrier-grade NAT (RFC 6598)"],
    ["169.254.169.254", "cloud metadata"],
    ["0xa9fea9fe", "cloud metadata"],
    ["100.100.100.200", "cloud metadata"],
    ["168.63.129.16", "cloud metadata"],
    ["169.254.1.1", "link-local"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["0.0.0.0", "unspecified"],
    ["0", "unspecified"],
    ["0.1.2.3", "this network (RFC 1122)"],
    ["240.0.0.1", "reserved"],
    ["255.255.255.255", "broadcast"],
    ["192.0.0.8", "reserved (IETF protocol assignments)"],
    ["192.0.2.10", "documentation"],
    ["198.51.100.7", "documentation"],
    ["203.0.113.99", "documentation"],
    ["198.18.0.1", "benchmarking"],
    ["198.19.255.255", "benchmarking"],
    ["192.88.99.1", "reserved (6to4 relay anycast, RFC 7526)"],
    ["::1", "loopback"],
    ["[::1]", "loopback"],
    ["0:0:0:0:0:0:0:1", "loopback"],
    ["::", "unspecified"],
    ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
    ["::ffff:7f00:1", "IPv4-mapped loopback"],
    ["::ffff:10.0.0.1", "IPv4-mapped private (RFC 1918)"],
    ["::ffff:169.254.169.254", "IPv4-mapped cloud metadata"],
    ["::127.0.0.1", "IPv4-compatible (deprecated, RFC 4291)"],
    ["::ffff:0:127.0.0.1", "reserved (IPv4-translated, RFC 6145)"],
    ["fc00::1", "unique local (ULA)"],
    ["fd12:3456:789a::1", "unique local (ULA)"],
    ["fd00:ec2::254", "cloud metadata"],
    ["fe80::1", "link-local"],
    ["febf:ffff::1", "link-local"],
    ["fec0::1", "site-local"],
    ["ff02::1", "multicast"],
    ["ff0e::101", "multicast"],
    ["2001:db8::1", "documentation"],
    ["3fff::1", "documentation"],
    ["2001::1", "Teredo tunnel (RFC 4380)"],
    ["2001:2::1", "benchmarking"],
    ["64:ff9b::10.0.0.1", "NAT64 private (RFC 1918)"],
    ["64:ff9b::7f00:1", "NAT64 loopback"],
    ["64:ff9b:1::1", "reserved (local-use NAT64, RFC 8215)"],
    ["2002:7f00:1::", "6to4 loopback"],
    ["2002:c0a8:101::1", "6to4 private (RFC 1918)"],
    ["100::1", "reserved (discard-only, RFC 6666)"],
    ["4000::1", "reserved (outside global unicast 2000::/3)"],
    ["5f00::1", "reserved (outside global unicast 2000::/3)"],
    ["not-an-address", "not an IP address"],
    ["fe80::1%eth0", "not an IP address"],
  ])("%s is %s", (address, reason) => {
    expect(classifyAddress(address)).toBe(reason);
    expect(() => checkAddress(strict, address)).toThrow(ForbiddenTargetError);
  });

  test.each([
    "8.8.8.8",
    "1.1.1.1",
    "172.32.0.1",
    "172.15.255.255",
    "100.128.0.1",
    "192.169.0.1",
    "169.255.0.1",
    "223.255.255.255",
    "2606:4700:4700::1111",
    "2a00:1450:4001:80b::201a",
    "::ffff:8.8.8.8",
    "64:ff9b::8.8.8.8",
    "2002:808:808::1",
    "2001:4860:4860::8888",
  ])("%s is public", (address) => {
    expect(classifyAddress(address)).toBeNull();
    expect(() => checkAddress(strict, address)).not.toThrow();
  });
});

describe("checkAddress and checkPort", () => {
  test("the refusal says what the address is", () => {
    expect(() => checkAddress(strict, "169.254.169.254")).toThrow(
      "169.254.169.254 is cloud metadata: Outbox Doctor only connects to public addresses",
    );
  });

  test("allowPrivate lifts the address rule", () => {
    for (const address of ["127.0.0.1", "10.0.0.1", "::1", "169.254.169.254"]) {
      expect(() => checkAddress(lenient, address)).not.toThrow();
    }
  });

  test("allowPrivate never lifts the port rule", () => {
    expect(() => checkPort(lenient, 22)).toThrow(
      new ForbiddenTargetError("port 22 is not one the probe may use (allowed: 25, 465, 587, 2525)"),
    );
    expect(() => checkPort(strict, 80)).toThrow(ForbiddenTargetError);
    for (const port of [25, 465, 587, 2525]) expect(() => checkPort(strict, port)).not.toThrow();
  });

  test("the policy is a frozen copy of its configuration", () => {
    const ports = [587];
    const policy = createTargetPolicy({ allowPrivate: false, probePorts: ports });
    ports.push(22);
    expect(() => checkPort(policy, 22)).toThrow(ForbiddenTargetError);
    expect(Object.isFrozen(policy)).toBe(true);
  });
});

// Fixed answers for resolveTargetAddress alone; the probe tests use the real DNS peer.
function fixedDns(answers: Record<string, { A?: string[] | DnsErrorKind; AAAA?: string[] | DnsErrorKind }>) {
  const asked: string[] = [];
  const answer = (name: string, type: "A" | "AAAA"): Promise<string[]> => {
    asked.push(`${name} ${type}`);
    const records = answers[name]?.[type] ?? "nxdomain";
    if (typeof records === "string")
      return Promise.reject(new DnsLookupError(records, name, `${type} ${records}`));
    return Promise.resolve(records);
  };
  const dns: MailDns = {
    servers: [],
    resolve4: (name) => answer(name, "A"),
    resolve6: (name) => answer(name, "AAAA"),
    resolveMx: (): Promise<MxRecord[]> => Promise.reject(new Error("not used")),
    resolveTxt: (): Promise<string[]> => Promise.reject(new Error("not used")),
    resolveSrv: (): Promise<SrvTarget[]> => Promise.reject(new Error("not used")),
  };
  return { dns, asked };
}

describe("resolveTargetAddress", () => {
  test("an IP literal is normalised and checked without any lookup", async () => {
    const { dns, asked } = fixedDns({});
    await expect(resolveTargetAddress("0x7f000001", dns, lenient)).resolves.toBe("127.0.0.1");
    await expect(resolveTargetAddress("0x7f000001", dns, strict)).rejects.toThrow(ForbiddenTargetError);
    await expect(resolveTargetAddress("8.8.8.8", dns, strict)).resolves.toBe("8.8.8.8");
    expect(asked).toEqual([]);
  });

  test("a name whose A record is 127.0.0.1 is refused", async () => {
    const { dns } = fixedDns({ "evil.example.com": { A: ["127.0.0.1"], AAAA: "nodata" } });
    await expect(resolveTargetAddress("evil.example.com", dns, strict)).rejects.toThrow(
      "evil.example.com resolves to 127.0.0.1, which is loopback: Outbox Doctor only connects to public addresses",
    );
  });

  test("every address counts: one private AAAA among public A records is refused", async () => {
    const { dns } = fixedDns({ "mixed.example.com": { A: ["8.8.8.8", "1.1.1.1"], AAAA: ["fd00::1"] } });
    await expect(resolveTargetAddress("mixed.example.com", dns, strict)).rejects.toThrow(/unique local/);
  });

  test("IPv4 is preferred; IPv6 is used when there is no A record", async () => {
    const { dns } = fixedDns({
      "both.example.com": { A: ["8.8.4.4"], AAAA: ["2001:4860:4860::8844"] },
      "v6.example.com": { A: "nodata", AAAA: ["2001:4860:4860:0:0:0:0:8844"] },
    });
    await expect(resolveTargetAddress("both.example.com", dns, strict)).resolves.toBe("8.8.4.4");
    await expect(resolveTargetAddress("v6.example.com", dns, strict)).resolves.toBe("2001:4860:4860::8844");
  });

  test("lookup failures are DnsLookupErrors, the most telling one first", async () => {
    const { dns } = fixedDns({ "broken.example.com": { A: "servfail", AAAA: "nodata" } });
    await expect(resolveTargetAddress("nowhere.example.com", dns, strict)).rejects.toMatchObject({
      kind: "nxdomain",
    });
    await expect(resolveTargetAddress("broken.example.com", dns, strict)).rejects.toMatchObject({
      kind: "servfail",
    });
  });

  test("an answer that is not an address is never dialled", async () => {
    const { dns } = fixedDns({ "odd.example.com": { A: ["localhost"], AAAA: "nodata" } });
    await expect(resolveTargetAddress("odd.example.com", dns, lenient)).rejects.toThrow(DnsLookupError);
  });

  test("with allowPrivate a loopback name resolves (local testing)", async () => {
    const { dns } = fixedDns({ "local.example.com": { A: ["127.0.0.1"], AAAA: ["::1"] } });
    await expect(resolveTargetAddress("local.example.com", dns, lenient)).resolves.toBe("127.0.0.1");
  });

  test("through a real DNS server", async () => {
    const peer = await startDnsPeer({
      "loopback.example.com": { A: ["127.0.0.1"] },
      "public.example.com": { A: ["9.9.9.9"] },
    });
    try {
      const dns = createMailDns([peer.server], 1000);
      await expect(resolveTargetAddress("loopback.example.com", dns, strict)).rejects.toThrow(
        ForbiddenTargetError,
      );
      await expect(resolveTargetAddress("public.example.com", dns, strict)).resolves.toBe("9.9.9.9");
    } finally {
      await peer.close();
    }
  });
});

describe("special-use names (RFC 6761, 6762, 7686, 8375)", () => {
  test.each([
    ["localhost", /loopback name/],
    ["LOCALHOST.", /loopback name/],
    ["mail.localhost", /loopback name/],
    ["smtp.invalid", /never exists/],
    ["smtp.test", /testing/],
    ["smtp.example", /documentation/],
    ["printer.local", /multicast DNS/],
    ["abcdefghijklmnop.onion", /onion/],
    ["smtp.internal", /private networks/],
    ["router.home.arpa", /home network/],
    ["1.0.0.127.in-addr.arpa", /reverse-lookup/],
    ["name.alt", /non-DNS/],
  ])("%s is refused by name", (host, reason) => {
    expect(classifyHostName(host)).toMatch(reason);
    expect(() => checkHostName(strict, host)).toThrow(ForbiddenTargetError);
    expect(() => checkHostName(strict, host)).toThrow(/only connects to hosts on the public internet/);
  });

  test.each(["smtp.example.com", "testing.com", "localhost.example.com", "mail.local-isp.net", "arpa.org"])(
    "%s is an ordinary name",
    (host) => {
      expect(classifyHostName(host)).toBeNull();
      expect(() => checkHostName(strict, host)).not.toThrow();
    },
  );

  test("refused before any DNS query is sent", async () => {
    const { dns, asked } = fixedDns({ localhost: { A: ["127.0.0.1"] }, "smtp.test": { A: ["9.9.9.9"] } });
    await expect(resolveTargetAddress("localhost", dns, strict)).rejects.toThrow(ForbiddenTargetError);
    await expect(resolveTargetAddress("smtp.test", dns, strict)).rejects.toThrow(/reserved for testing/);
    expect(asked).toEqual([]);
  });

  test("allowPrivate (local testing) lets localhost resolve", async () => {
    const { dns } = fixedDns({ localhost: { A: ["127.0.0.1"], AAAA: ["::1"] } });
    await expect(resolveTargetAddress("localhost", dns, lenient)).resolves.toBe("127.0.0.1");
  });
});
