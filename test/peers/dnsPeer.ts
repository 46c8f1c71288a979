// A real DNS server on 127.0.0.1 (dns2, UDP and TCP on the same port, as
// resolvers retry truncated answers over TCP on the port they used for UDP)
// answering from a small in-memory zone. Point OUTBOX_DNS_SERVERS, or
// createMailDns([peer.server]), at it.
//
//   const peer = await startDnsPeer({
//     "example.test": { A: ["127.0.0.1"], MX: [{ exchange: "mx.example.test", priority: 10 }], TXT: ["v=spf1 -all"] },
//     "broken.test": { servfail: true },
//     "slow.test": { A: ["127.0.0.1"], delayMs: 3000 },
//   });
//
// Names not in the zone answer NXDOMAIN, except empty non-terminals (a parent
// of a listed name, e.g. "_tcp.example.test"), which answer NOERROR with no
// records, like a real authoritative server.
import dns2 from "dns2";

export interface DnsPeerZone {
  A?: string[];
  AAAA?: string[];
  MX?: Array<{ exchange: string; priority: number }>;
  /** Each entry is one record; an array entry is one record of several character-strings. */
  TXT?: Array<string | string[]>;
  /** `target: "."` publishes "service not offered" (RFC 2782, RFC 6186). */
  SRV?: Array<{ target: string; port: number; priority?: number; weight?: number }>;
  /** DANE records (RFC 6698); `data` is the hex certificate association data. */
  TLSA?: Array<{ usage: number; selector: number; matchingType: number; data: string }>;
  /** The name is an alias; its other record types are ignored (RFC 1034 3.6.2). */
  CNAME?: string;
  /** Answer SERVFAIL for every type. */
  servfail?: boolean;
  /** Answer NXDOMAIN even though the name is listed (useful with set()). */
  nxdomain?: boolean;
  /** Wait this long before answering. */
  delayMs?: number;
}

export type DnsPeerRecords = Record<string, DnsPeerZone>;

export interface DnsPeerOptions {
  /** TTL of every answer, seconds. */
  ttl?: number;
  /**
   * UDP receive buffer (default 4 MiB, best effort): the kernel's default
   * (about 200 KiB, some 500 queries) drops a burst of many concurrent
   * discoveries before this JavaScript server reads it, and resolvers then time out.
   */
  receiveBufferBytes?: number;
}

export interface DnsPeer {
  /** "127.0.0.1:PORT", usable in OUTBOX_DNS_SERVERS and createMailDns. */
  server: string;
  port: number;
  /** Replaces the zone. */
  set(records: DnsPeerRecords): void;
  /** Every question received, as "name TYPE" (lower-case name), in order. */
  queries: string[];
  close(): Promise<void>;
}

const { Packet } = dns2;
const TYPE_TLSA = 52;
// RFC 1035 4.1.1 response codes (dns2's type declarations omit Packet.RCODE).
const RCODE = { FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3 } as const;
const TYPE_NAMES: Record<number, string> = {
  [Packet.TYPE.A]: "A",
  [Packet.TYPE.AAAA]: "AAAA",
  [Packet.TYPE.MX]: "MX",
  [Packet.TYPE.TXT]: "TXT",
  [Packet.TYPE.SRV]: "SRV",
  [Packet.TYPE.CNAME]: "CNAME",
  [TYPE_TLSA]: "TLSA",
};

function normalise(name: string): string {
  return name.toLowerCase().replace(/\.$/, "");
}

/** TXT character-strings are at most 255 bytes (RFC 1035 3.3); longer text is split. */
function characterStrings(record: string | string[]): string[] {
  const parts = Array.isArray(record) ? record : [record];
  return parts.flatMap((part) => {
    const chunks: string[] = [];
    for (let i = 0; i < part.length; i += 255) chunks.push(part.slice(i, i + 255));
    return chunks.length > 0 ? chunks : [""];
  });
}

function tlsaRdata(record: NonNullable<DnsPeerZone["TLSA"]>[number]): Buffer {
  return Buffer.concat([
    Buffer.from([record.usage, record.selector, record.matchingType]),
    Buffer.from(record.data, "hex"),
  ]);
}

type Resource = Parameters<typeof Packet.Resource.encode>[0];

function answersFor(zone: DnsPeerZone, name: string, type: number, ttl: number): Resource[] {
  const base = { name, class: Packet.CLASS.IN, ttl };
  const make = (record: Partial<Resource>): Resource => ({ ...base, ...record }) as Resource;
  switch (type) {
    case Packet.TYPE.A:
      return (zone.A ?? []).map((address) => make({ type, address }));
    case Packet.TYPE.AAAA:
      return (zone.AAAA ?? []).map((address) => make({ type, address }));
    case Packet.TYPE.MX:
      return (zone.MX ?? []).map((mx) => make({ type, exchange: mx.exchange, priority: mx.priority }));
    case Packet.TYPE.TXT:
      return (zone.TXT ?? []).map((txt) => make({ type, data: characterStrings(txt) }));
    case Packet.TYPE.SRV:
      return (zone.SRV ?? []).map((srv) =>
        make({
          type,
          target: srv.target,
          port: srv.port,
          priority: srv.priority ?? 0,
          weight: srv.weight ?? 0,
        }),
      );
    case TYPE_TLSA:
      // dns2 has no TLSA encoder: it writes `data` as raw RDATA for unknown types.
      return (zone.TLSA ?? []).map((tlsa) => make({ type, data: tlsaRdata(tlsa) as unknown as string }));
    default:
      return [];
  }
}

export async function startDnsPeer(records: DnsPeerRecords, options: DnsPeerOptions = {}): Promise<DnsPeer> {
  let zone = new Map<string, DnsPeerZone>();
  const set = (next: DnsPeerRecords): void => {
    zone = new Map(Object.entries(next).map(([name, value]) => [normalise(name), value]));
  };
  set(records);
  const ttl = options.ttl ?? 60;
  const queries: string[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const nameExists = (name: string): boolean => {
    if (zone.has(name)) return zone.get(name)?.nxdomain !== true;
    for (const key of zone.keys()) if (key.endsWith(`.${name}`)) return true;
    return false;
  };

  const respond = (
    request: InstanceType<typeof Packet>,
    send: (response: InstanceType<typeof Packet>) => unknown,
  ) => {
    const response = Packet.createResponseFromRequest(request);
    const question = request.questions[0];
    if (!question) {
      response.header.rcode = RCODE.FORMERR;
      void send(response);
      return;
    }
    const name = normalise(question.name);
    queries.push(`${name} ${TYPE_NAMES[question.type] ?? String(question.type)}`);
    const entry = zone.get(name);
    const answer = (): void => {
      response.header.aa = 1;
      if (entry?.servfail) {
        response.header.rcode = RCODE.SERVFAIL;
      } else if (!nameExists(name)) {
        response.header.rcode = RCODE.NXDOMAIN;
      } else if (entry?.CNAME !== undefined && question.type !== Packet.TYPE.CNAME) {
        response.answers.push({
          name: question.name,
          type: Packet.TYPE.CNAME,
          class: Packet.CLASS.IN,
          ttl,
          domain: entry.CNAME,
        } as Resource);
        const target = zone.get(normalise(entry.CNAME));
        if (target) response.answers.push(...answersFor(target, entry.CNAME, question.type, ttl));
      } else if (entry?.CNAME !== undefined) {
        response.answers.push({
          name: question.name,
          type: Packet.TYPE.CNAME,
          class: Packet.CLASS.IN,
          ttl,
          domain: entry.CNAME,
        } as Resource);
      } else if (entry) {
        response.answers.push(...answersFor(entry, question.name, question.type, ttl));
      }
      void send(response);
    };
    const delay = entry?.delayMs ?? 0;
    if (delay > 0) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        answer();
      }, delay);
      timers.add(timer);
    } else {
      answer();
    }
  };

  // UDP first on an ephemeral port, then TCP on the same number; retry if
  // that TCP port happens to be taken.
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const udp = dns2.createUDPServer((request, send) => respond(request, send));
    udp.on("requestError", () => undefined);
    await udp.listen(0, "127.0.0.1");
    try {
      udp.setRecvBufferSize(options.receiveBufferBytes ?? 4 * 1024 * 1024);
    } catch {
      // Capped or refused by the system: the default buffer still serves ordinary tests.
    }
    const port = udp.address().port;
    const tcp = dns2.createTCPServer((request, send) => respond(request, send));
    tcp.on("requestError", () => undefined);
    const tcpListening = await new Promise<boolean>((resolve) => {
      tcp.once("error", () => resolve(false));
      tcp.listen(port, "127.0.0.1", () => resolve(true));
    });
    if (!tcpListening) {
      await new Promise<void>((resolve) => udp.close(() => resolve()));
      continue;
    }
    const sockets = new Set<import("node:net").Socket>();
    tcp.on("connection", (socket: import("node:net").Socket) => {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
    });
    return {
      server: `127.0.0.1:${port}`,
      port,
      set,
      queries,
      close: async () => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        for (const socket of sockets) socket.destroy();
        await Promise.all([
          new Promise<void>((resolve) => udp.close(() => resolve())),
          new Promise<void>((resolve) => tcp.close(() => resolve())),
        ]);
      },
    };
  }
  throw new Error("could not find a free port for the DNS peer (UDP and TCP)");
}
