// Probe benchmark against a local STARTTLS peer (smtp-server with a test-CA
// certificate): the probe's median time next to the same SMTP/STARTTLS
// handshake done by a minimal raw node:tls client, then 500 probes with 100
// in flight (throughput, p50/p99 latency, peak RSS, failures).
import { connect as netConnect, type Socket } from "node:net";
import { connect as tlsConnect } from "node:tls";
import { createMailDns } from "../src/net/dnsResolver.js";
import { probeSubmissionServer, type ProbeDeps } from "../src/net/probeSubmissionServer.js";
import { createTargetPolicy } from "../src/net/targetPolicy.js";
import { startSmtpPeer } from "../test/peers/smtpPeers.js";
import { getTestCertificates } from "../test/peers/testCertificates.js";
import { formatTable, median, percentile, verdict } from "./table.js";

const HOST = "127.0.0.1";

/** Reads one complete SMTP reply ("250-..." lines until "250 ..."). */
function readReply(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = "";
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString("latin1");
      const lines = buffer.split("\r\n");
      const last = lines[lines.length - 2];
      if (last !== undefined && /^\d{3} /.test(last)) {
        socket.off("data", onData);
        resolve(buffer);
      }
    };
    socket.on("data", onData);
    socket.once("error", reject);
  });
}

/** The least a client can do: greeting, EHLO, STARTTLS, TLS handshake, EHLO, QUIT. */
async function rawStartTlsHandshake(port: number, caPem: string): Promise<void> {
  const plain = netConnect({ host: HOST, port });
  await new Promise<void>((resolve, reject) => plain.once("connect", resolve).once("error", reject));
  await readReply(plain);
  plain.write("EHLO bench.invalid\r\n");
  await readReply(plain);
  plain.write("STARTTLS\r\n");
  await readReply(plain);
  const secure = tlsConnect({ socket: plain, ca: [caPem], servername: "localhost" });
  await new Promise<void>((resolve, reject) => secure.once("secureConnect", resolve).once("error", reject));
  secure.write("EHLO bench.invalid\r\n");
  await readReply(secure as unknown as Socket);
  secure.write("QUIT\r\n");
  await readReply(secure as unknown as Socket);
  secure.destroy();
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export async function benchProbe(): Promise<string> {
  const certs = await getTestCertificates();
  const peer = await startSmtpPeer({
    key: certs.valid.key,
    cert: certs.valid.cert,
    authOnlyUnderTls: true,
    maxClients: 1000,
    size: 35 * 1024 * 1024,
  });
  const deps: ProbeDeps = {
    dns: createMailDns([]),
    policy: createTargetPolicy({ allowPrivate: true, probePorts: [peer.port] }),
    trustedCas: [certs.caPem],
  };
  const probeOnce = () =>
    probeSubmissionServer({ host: HOST, port: peer.port, security: "starttls", timeoutMs: 10_000 }, deps);
  try {
    // Warm both paths (TLS session setup, JIT) before measuring.
    for (let i = 0; i < 5; i += 1) {
      await probeOnce();
      await rawStartTlsHandshake(peer.port, certs.caPem);
    }
    const probeTimes: number[] = [];
    const rawTimes: number[] = [];
    for (let i = 0; i < 40; i += 1) {
      probeTimes.push(await timed(probeOnce));
      rawTimes.push(await timed(() => rawStartTlsHandshake(peer.port, certs.caPem)));
    }
    const probeMedian = median(probeTimes);
    const rawMedian = median(rawTimes);
    const ratio = probeMedian / rawMedian;

    // Load: 500 probes, 100 in flight.
    const total = 500;
    const inFlight = 100;
    const latencies: number[] = [];
    let failures = 0;
    let next = 0;
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 20);
    const started = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: inFlight }, async () => {
        while (next < total) {
          next += 1;
          const began = process.hrtime.bigint();
          const report = await probeOnce();
          latencies.push(Number(process.hrtime.bigint() - began) / 1e6);
          if (!report.ok) failures += 1;
        }
      }),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    latencies.sort((a, b) => a - b);
    const rssMb = peakRss / (1024 * 1024);

    return (
      formatTable("Probe: one STARTTLS probe against a local peer (median of 40)", [
        { measure: "probeSubmissionServer", ms: probeMedian.toFixed(2), target: "-", result: "-" },
        { measure: "raw node:tls handshake", ms: rawMedian.toFixed(2), target: "-", result: "-" },
        { measure: "ratio probe/raw", ms: ratio.toFixed(2), target: "<= 1.2", result: verdict(ratio <= 1.2) },
      ]) +
      formatTable(`Probe under load: ${total} probes, ${inFlight} in flight`, [
        { measure: "probes per second", value: (total / seconds).toFixed(0), target: "-", result: "-" },
        {
          measure: "p50 latency",
          value: `${percentile(latencies, 50).toFixed(1)} ms`,
          target: "-",
          result: "-",
        },
        {
          measure: "p99 latency",
          value: `${percentile(latencies, 99).toFixed(1)} ms`,
          target: "-",
          result: "-",
        },
        { measure: "failures", value: failures, target: "0", result: verdict(failures === 0) },
        {
          measure: "peak RSS",
          value: `${rssMb.toFixed(0)} MB`,
          target: "< 300 MB",
          result: verdict(rssMb < 300),
        },
      ])
    );
  } finally {
    await peer.close();
  }
}
