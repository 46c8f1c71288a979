// Guessing an incoming server: does imap.<domain> (or mail.<domain>) answer
// on 993 with TLS, a certificate that is trusted and matches the name, and an
// IMAP greeting (RFC 9051 7.1: "* OK" or "* PREAUTH")? Nothing is sent; the
// connection is closed after the first line. The address dialled is the one
// the target policy checked (no second resolution).
import { connect } from "node:tls";
import { probeSecureContext } from "../certificateCheck.js";
import type { MailDns } from "../dnsResolver.js";
import { resolveTargetAddress, type TargetPolicy } from "../targetPolicy.js";

const MAX_GREETING_BYTES = 1024;

export interface ImapGreetingDeps {
  dns: MailDns;
  policy: TargetPolicy;
  trustedCas: readonly string[];
}

export type ImapGreetingResult = { ok: true; greeting: string } | { ok: false; reason: string };

export async function checkImapGreeting(
  target: { host: string; port: number; timeoutMs: number },
  deps: ImapGreetingDeps,
): Promise<ImapGreetingResult> {
  let address: string;
  try {
    address = await resolveTargetAddress(target.host, deps.dns, deps.policy);
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
  return new Promise<ImapGreetingResult>((resolve) => {
    const socket = connect({
      host: address,
      port: target.port,
      servername: target.host,
      secureContext: probeSecureContext(deps.trustedCas),
      rejectUnauthorized: true,
      minVersion: "TLSv1.2",
    });
    let received = "";
    const finish = (result: ImapGreetingResult): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ ok: false, reason: `no IMAP greeting within ${target.timeoutMs} ms` }),
      target.timeoutMs,
    );
    socket.setEncoding("latin1");
    socket.on("error", (error) => finish({ ok: false, reason: error.message }));
    socket.on("close", () => finish({ ok: false, reason: "closed before the greeting" }));
    socket.on("data", (chunk: string) => {
      received += chunk;
      const end = received.indexOf("\n");
      if (end < 0 && received.length < MAX_GREETING_BYTES) return;
      const line = received.slice(0, end < 0 ? MAX_GREETING_BYTES : end).trim();
      finish(
        /^\* (OK|PREAUTH)\b/i.test(line)
          ? { ok: true, greeting: line.slice(0, 200) }
          : { ok: false, reason: "the server did not greet as IMAP" },
      );
    });
  });
}
