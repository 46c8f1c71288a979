// What the pane shows while /api/verify runs. The API answers once, at the
// end, so the pane lists the steps the probe will go through for the chosen
// encryption (RFC 3207 for STARTTLS, RFC 8314 for implicit TLS) with an
// indeterminate progress bar, instead of inventing a live step position.

import type { Security, Server, VerifyReport, VerifyStepName } from "../core/types.js";

const EXPECTED_STEPS: Record<Security, readonly VerifyStepName[]> = {
  starttls: ["resolve", "connect", "greeting", "ehlo", "starttls", "tls", "ehlo-tls"],
  // Implicit TLS: the handshake comes before the server says anything.
  tls: ["resolve", "connect", "tls", "greeting", "ehlo-tls"],
  none: ["resolve", "connect", "greeting", "ehlo"],
};

export function expectedSteps(security: Security): readonly VerifyStepName[] {
  return EXPECTED_STEPS[security];
}

export function targetLabel(server: Pick<Server, "host" | "port">): string {
  return `${server.host}:${server.port}`;
}

/** Findings worst first, so a failure is never below the fold behind passes. */
export function findingsWorstFirst(report: VerifyReport): VerifyReport["findings"] {
  const rank = { fail: 0, warn: 1, info: 2, pass: 3 } as const;
  return [...report.findings].sort((a, b) => rank[a.severity] - rank[b.severity]);
}
