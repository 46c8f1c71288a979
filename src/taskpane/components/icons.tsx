// The few icons the first screen needs, as plain SVG. @fluentui/react-icons
// wraps every icon in Griffel styles, which would pull the styling runtime
// into the start-up bundle; the path data is Fluent's own (same package,
// MIT licence), 20px "Regular" variants.

import type { SVGProps } from "react";

import { ICON_PATHS as PATHS, type IconName } from "../iconPaths.js";

export type { IconName };

export function Icon({ name, ...props }: { name: IconName } & SVGProps<SVGSVGElement>) {
  return (
    <svg
      width="1em"
      height="1em"
      viewBox="0 0 20 20"
      fill="currentColor"
      aria-hidden
      focusable="false"
      {...props}
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
