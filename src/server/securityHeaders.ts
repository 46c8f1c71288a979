// The Content-Security-Policy and the other security headers, in one place, as
// three profiles: the task pane (framed by Outlook, loads office.js), the
// report page (no script at all) and the JSON API (nothing to render). The
// reasons for each directive are in docs/server.md.
import type { FastifyHelmetOptions } from "@fastify/helmet";
import { ConfigError } from "../net/runtimeConfig.js";

export type SecurityProfile = "pane" | "report" | "api";

export type CspDirectives = Record<string, string[]>;

/**
 * Origins that frame the task pane: Outlook on the web and the new Outlook for
 * Windows (which hosts Outlook on the web). Microsoft serves Outlook from
 * outlook.office.com / outlook.office365.com (work and school), outlook.live.com
 * (Outlook.com) and is moving it to outlook.cloud.microsoft; pre-release rings
 * use other *.office.com hosts (e.g. outlook-sdf.office.com). Classic Outlook
 * and Outlook for Mac load the pane as a top-level document in a webview, where
 * frame-ancestors does not apply.
 */
export const OUTLOOK_FRAME_ANCESTORS = [
  "https://outlook.office.com",
  "https://outlook.office365.com",
  "https://outlook.live.com",
  "https://outlook.cloud.microsoft",
  "https://*.cloud.microsoft",
  "https://*.office.com",
];

/** office.js from Microsoft's CDN; it may fetch MicrosoftAjax.js from ajax.aspnetcdn.com (seen in office.js itself). */
const OFFICE_SCRIPT_ORIGINS = ["https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"];

/**
 * `paneScriptHashes`: the 'sha256-…' sources of the pane page's inline scripts
 * (the old-webview guard; src/server/inlineScripts.ts); only those inline scripts run.
 */
export function cspDirectives(
  profile: SecurityProfile,
  extraFrameAncestors: string[] = [],
  paneScriptHashes: string[] = [],
): CspDirectives {
  const frameAncestors = ["'self'", ...OUTLOOK_FRAME_ANCESTORS, ...extraFrameAncestors];
  switch (profile) {
    case "pane":
      return {
        "default-src": ["'self'"],
        "script-src": ["'self'", ...paneScriptHashes, ...OFFICE_SCRIPT_ORIGINS],
        // Fluent UI v9 styles through Griffel, which creates <style> elements at
        // run time; without a per-response nonce wired into Griffel's renderer
        // those are blocked, so inline styles stay allowed here (pane only).
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": frameAncestors,
      };
    case "report":
      return {
        "default-src": ["'self'"],
        "script-src": ["'none'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": frameAncestors,
      };
    case "api":
      return {
        "default-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'none'"],
        "frame-ancestors": ["'none'"],
      };
  }
}

export function serializeCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** Helmet options for one profile. HSTS is added per request (only over HTTPS) by the app. */
export function helmetOptions(
  profile: SecurityProfile,
  extraFrameAncestors: string[] = [],
  paneScriptHashes: string[] = [],
): FastifyHelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: cspDirectives(profile, extraFrameAncestors, paneScriptHashes),
    },
    // X-Frame-Options cannot list several origins and would stop Outlook framing the
    // pane; frame-ancestors governs framing instead.
    xFrameOptions: false,
    strictTransportSecurity: false,
    referrerPolicy: { policy: "no-referrer" },
    // The manifest icons under /assets are loaded cross-origin by Outlook itself.
    crossOriginResourcePolicy: { policy: profile === "pane" ? "cross-origin" : "same-origin" },
    // Only top-level documents are affected; the pane's host window relations are Office's business.
    crossOriginOpenerPolicy: profile === "pane" ? false : { policy: "same-origin" },
  };
}

/** The API profile as plain headers, for responses written before Fastify's hooks run (malformed requests). */
export function rawApiSecurityHeaders(): Record<string, string> {
  return {
    "content-security-policy": serializeCsp(cspDirectives("api")),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cross-origin-resource-policy": "same-origin",
  };
}

export const HSTS_VALUE = "max-age=31536000";

/** OUTBOX_FRAME_ANCESTORS: extra https origins allowed to frame the pane (sovereign clouds, on-premises Outlook on the web). */
export function parseFrameAncestors(value: string | undefined): string[] {
  const items = (value ?? "")
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  return items.map((item) => {
    if (!/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i.test(item)) {
      throw new ConfigError(
        `OUTBOX_FRAME_ANCESTORS: "${item}" is not an https origin (https://host, https://host:port or https://*.domain)`,
      );
    }
    return item.toLowerCase();
  });
}
