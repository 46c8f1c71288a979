// Chooses the Fluent theme from the background colour Outlook paints around
// the pane (officeTheme.bodyBackgroundColor): a light pane inside a dark
// Outlook is glaring, and a dark one in a light Outlook looks broken.

function channelToLinear(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of "#rgb" or "#rrggbb"; null when the text is not a hex colour. */
export function relativeLuminance(color: string): number | null {
  const hex = color.trim().replace(/^#/, "");
  const full = /^[0-9a-f]{3}$/i.test(hex) ? [...hex].map((c) => c + c).join("") : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return null;
  const [r, g, b] = [0, 2, 4].map((i) => channelToLinear(parseInt(full.slice(i, i + 2), 16)));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

// CIE L* = 50 (perceptual mid-grey) is a luminance of about 0.184: darker than that reads as dark.
const DARK_BELOW = 0.184;

export function isDarkBackground(color: string | null | undefined): boolean {
  if (!color) return false;
  const luminance = relativeLuminance(color);
  return luminance !== null && luminance < DARK_BELOW;
}
