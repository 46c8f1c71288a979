// Turns the development manifest (manifest.xml) into the production manifest.
// CommonJS so that both the build script (ESM) and the jest tests (compiled to CommonJS) load it.
"use strict";

/** Where the development server serves the pane; every development URL starts with it. */
const DEV_BASE_URL = "https://localhost:3000";

/** Fixed production add-in id: Outlook keys installs and updates by it, so it never changes. */
const PRODUCTION_ADDIN_ID = "04e1f772-2cf5-4e03-b2d3-6c6c8b98ca9e";

const DEV_NAME_SUFFIX = " (dev)";

// Hosts that only ever mean "this machine"; a production manifest pointing there works for nobody.
// (WHATWG URL parsing has already normalised 0x7f.1 and friends to dotted IPv4 and IPv6 to hex.)
const LOOPBACK_HOSTS =
  /^((.*\.)?localhost\.?|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\])$/i;

// Characters a base path may hold; keeps the value safe to paste into XML attributes and text.
const SAFE_PATH = /^[A-Za-z0-9\-._~/%]*$/;

// Echoes the value back on one line, however odd it is.
function quoted(text) {
  return JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}...` : text);
}

class PublicUrlError extends Error {
  constructor(message) {
    super(message);
    this.name = "PublicUrlError";
  }
}

/**
 * Validates ADDIN_PUBLIC_URL: an https origin, optionally with a base path.
 * @param {string} value
 * @returns {{ base: string, origin: string }} base without a trailing slash
 */
function parsePublicUrl(value) {
  const text = String(value).trim();
  if (text === "") throw new PublicUrlError("ADDIN_PUBLIC_URL is empty");
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new PublicUrlError(
      `ADDIN_PUBLIC_URL is not a URL: ${quoted(text)} (expected e.g. https://outbox-doctor.example.com)`,
    );
  }
  if (url.protocol !== "https:") {
    throw new PublicUrlError(
      `ADDIN_PUBLIC_URL must use https:// (Outlook loads add-ins only over HTTPS): ${quoted(text)}`,
    );
  }
  if (url.username !== "" || url.password !== "") {
    throw new PublicUrlError("ADDIN_PUBLIC_URL must not contain a user name or password");
  }
  if (url.search !== "" || url.hash !== "" || text.includes("?") || text.includes("#")) {
    throw new PublicUrlError(
      `ADDIN_PUBLIC_URL must be an origin or a base path, without ?query or #fragment: ${quoted(text)}`,
    );
  }
  if (LOOPBACK_HOSTS.test(url.hostname)) {
    throw new PublicUrlError(
      `ADDIN_PUBLIC_URL points at this machine (${url.hostname}); use the public address users reach`,
    );
  }
  if (!SAFE_PATH.test(url.pathname)) {
    throw new PublicUrlError(
      `ADDIN_PUBLIC_URL has characters that do not belong in a base path: ${quoted(text)}`,
    );
  }
  const path = url.pathname.replace(/\/+$/, "");
  return { base: `${url.origin}${path}`, origin: url.origin };
}

function replaceExactlyOnce(xml, pattern, replacement, what) {
  const matches = xml.match(new RegExp(pattern.source, "g")) ?? [];
  if (matches.length !== 1) {
    throw new Error(`manifest.xml: expected exactly one ${what}, found ${matches.length}`);
  }
  return xml.replace(pattern, replacement);
}

/**
 * The production manifest: production <Id>, DisplayName without "(dev)", AppDomain set to the
 * public origin, and every development URL moved under the public base.
 * @param {string} devXml the development manifest
 * @param {{ base: string, origin: string }} publicUrl from parsePublicUrl
 * @returns {string}
 */
function toProductionManifest(devXml, publicUrl) {
  let xml = replaceExactlyOnce(devXml, /<Id>[^<]*<\/Id>/, `<Id>${PRODUCTION_ADDIN_ID}</Id>`, "<Id> element");
  xml = replaceExactlyOnce(
    xml,
    /(<DisplayName\s+DefaultValue="[^"]*?) \(dev\)"/,
    '$1"',
    `<DisplayName> ending in "${DEV_NAME_SUFFIX}"`,
  );
  // AppDomain takes an origin, never a path.
  xml = xml
    .split(`<AppDomain>${DEV_BASE_URL}</AppDomain>`)
    .join(`<AppDomain>${publicUrl.origin}</AppDomain>`);
  xml = xml.split(`${DEV_BASE_URL}/`).join(`${publicUrl.base}/`);
  if (xml.includes(DEV_BASE_URL)) {
    throw new Error(`manifest.xml: ${DEV_BASE_URL} appears where no rule rewrites it`);
  }
  return xml;
}

exports.DEV_BASE_URL = DEV_BASE_URL;
exports.PRODUCTION_ADDIN_ID = PRODUCTION_ADDIN_ID;
exports.PublicUrlError = PublicUrlError;
exports.parsePublicUrl = parsePublicUrl;
exports.toProductionManifest = toProductionManifest;
