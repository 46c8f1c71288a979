// Types for manifestCheck.cjs (CommonJS, shared by the build script and the tests).
import type { PublicUrl } from "./manifestTransform.cjs";

/** Namespace URIs of the manifest schemas. */
export declare const NS: {
  app: string;
  bt: string;
  vo10: string;
  vo11: string;
  xsi: string;
};

export type ManifestTarget = { kind: "development" } | ({ kind: "production" } & PublicUrl);

/** A URL Outlook fetches (icon, image, page) and where the manifest uses it. */
export interface ManifestUrl {
  where: string;
  url: string;
}

/** Structural check; an empty `problems` list means the manifest passed. */
export declare function checkManifest(
  xml: string,
  target: ManifestTarget,
): { problems: string[]; urls: ManifestUrl[] };
