// Types for manifestTransform.cjs (CommonJS, shared by the build script and the tests).

/** Where the development server serves the pane; every development URL starts with it. */
export declare const DEV_BASE_URL: string;
/** Fixed production add-in id (the development manifest has its own). */
export declare const PRODUCTION_ADDIN_ID: string;

/** ADDIN_PUBLIC_URL parsed: `base` has no trailing slash, `origin` is scheme://host[:port]. */
export interface PublicUrl {
  base: string;
  origin: string;
}

/** A bad ADDIN_PUBLIC_URL; the message is one line that names the variable. */
export declare class PublicUrlError extends Error {}

/** Validates ADDIN_PUBLIC_URL: https, an origin or base path, no credentials/query/fragment, not loopback. */
export declare function parsePublicUrl(value: string): PublicUrl;

/** The production manifest made from the development one; throws when an expected part is missing. */
export declare function toProductionManifest(devXml: string, publicUrl: PublicUrl): string;
