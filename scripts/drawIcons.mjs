// Draws the add-in icons (assets/icon-<size>.png) with plain Node: shapes are signed
// distance functions, every pixel is supersampled for anti-aliasing, and the PNG
// encoder below is the minimum the format needs (RFC 2083: signature, IHDR, IDAT, IEND).
//
//   node scripts/drawIcons.mjs [--out DIR]
//
// Output is deterministic, so redrawing without design changes leaves the files as they are.
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
// PNG chunks and zip entries use the same CRC-32 (ISO 3309); one implementation serves both.
import { crc32 } from "./appPackage.cjs";

// Sizes Outlook asks for: 16/32/80 for ribbon buttons (VersionOverrides Images),
// 64/128 for IconUrl and HighResolutionIconUrl.
const SIZES = [16, 32, 64, 80, 128];
// The unified manifest's app package: a 192 px colour icon and a 32 px outline icon
// (white on transparent), assets/color-192.png and assets/outline-32.png.
const COLOR_SIZE = 192;
const OUTLINE_SIZE = 32;
// 16x16 samples per pixel at small sizes, where every edge pixel counts; 8x8 above.
function samplesPerAxis(size) {
  return size <= 32 ? 16 : 8;
}

const BRAND_BLUE = [15, 108, 189];
const ARROW_BLUE = [17, 94, 163];
const WHITE = [255, 255, 255];
const GREEN = [16, 124, 16];

// ---- signed distance functions (negative inside), in a 0..1 design space, y down ----

function roundedRect(x0, y0, x1, y1, radius) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - radius;
  const hy = (y1 - y0) / 2 - radius;
  return (x, y) => {
    const qx = Math.abs(x - cx) - hx;
    const qy = Math.abs(y - cy) - hy;
    const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
    return outside + Math.min(Math.max(qx, qy), 0) - radius;
  };
}

function circle(cx, cy, radius) {
  return (x, y) => Math.hypot(x - cx, y - cy) - radius;
}

function segmentDistance(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

// A polyline stroked with round caps and joins.
function stroke(points, width) {
  return (x, y) => {
    let best = Infinity;
    for (let i = 1; i < points.length; i++) {
      best = Math.min(best, segmentDistance(x, y, points[i - 1], points[i]));
    }
    return best - width / 2;
  };
}

function union(a, b) {
  return (x, y) => Math.min(a(x, y), b(x, y));
}

function grow(shape, by) {
  return (x, y) => shape(x, y) - by;
}

// ---- the design: an envelope, an outgoing arrow, a green check badge ----

// Strokes never get thinner than this many pixels, so 16 px stays legible.
function strokeWidth(design, size, minPixels) {
  return Math.max(design, minPixels / size);
}

/** A straight arrow from `from` to `tip`, its head two strokes at 45 degrees. */
function arrow(from, tip, width, headLength) {
  const dx = tip[0] - from[0];
  const dy = tip[1] - from[1];
  const length = Math.hypot(dx, dy);
  const [ux, uy] = [dx / length, dy / length];
  const c = Math.SQRT1_2;
  // The reverse direction rotated by +-45 degrees.
  const left = [tip[0] - headLength * (ux * c - uy * c), tip[1] - headLength * (ux * c + uy * c)];
  const right = [tip[0] - headLength * (ux * c + uy * c), tip[1] - headLength * (-ux * c + uy * c)];
  return union(stroke([from, tip], width), stroke([left, tip, right], width));
}

/**
 * Layers, bottom first; `color: null` erases (a transparent gap that separates
 * overlapping shapes, which reads better than an outline at small sizes).
 */
function iconLayers(size) {
  const small = size < 32;
  const layers = [];
  if (small) {
    // 16 px: envelope and badge only; an arrow would be two pixels of noise.
    layers.push(
      { shape: roundedRect(0.0625, 0.1875, 0.875, 0.75, 0.09), color: BRAND_BLUE },
      {
        shape: stroke(
          [
            [0.16, 0.3],
            [0.47, 0.5],
            [0.78, 0.3],
          ],
          strokeWidth(0.06, size, 1.15),
        ),
        color: WHITE,
      },
    );
  } else {
    // The arrow leaves from behind the envelope: outgoing mail.
    const outgoing = arrow([0.42, 0.42], [0.9, 0.13], strokeWidth(0.085, size, 2.2), 0.22);
    const envelope = roundedRect(0.04, 0.36, 0.7, 0.84, 0.08);
    layers.push(
      { shape: outgoing, color: ARROW_BLUE },
      { shape: grow(envelope, 0.045), color: null },
      { shape: envelope, color: BRAND_BLUE },
      {
        shape: stroke(
          [
            [0.12, 0.45],
            [0.37, 0.62],
            [0.62, 0.45],
          ],
          strokeWidth(0.055, size, 1.2),
        ),
        color: WHITE,
      },
    );
  }
  const [bx, by] = small ? [0.72, 0.72] : [0.76, 0.78];
  const badge = circle(bx, by, small ? 0.25 : 0.21);
  // At 16 px the check is laid out in pixels (sixteenths), not scaled down, so it stays crisp.
  const checkPoints = small
    ? [
        [9.6 / 16, 11.6 / 16],
        [10.9 / 16, 12.9 / 16],
        [13.5 / 16, 10.2 / 16],
      ]
    : [
        [bx - 0.1, by + 0.005],
        [bx - 0.03, by + 0.075],
        [bx + 0.105, by - 0.07],
      ];
  const check = stroke(checkPoints, strokeWidth(0.058, size, 1.3));
  layers.push(
    { shape: grow(badge, small ? 0.07 : 0.05), color: null },
    { shape: badge, color: GREEN },
    { shape: check, color: WHITE },
  );
  return layers;
}

/**
 * The outline variant: what is coloured becomes white, what is white becomes a transparent
 * gap, so the envelope's fold and the check still read in one colour.
 */
function outlineLayers(size) {
  return iconLayers(size).map((layer) => ({
    shape: layer.shape,
    color: layer.color === null || layer.color === WHITE ? null : WHITE,
  }));
}

/** RGBA pixels (row-major, 4 bytes each) of the icon at `size` px (`outline`: white on transparent). */
export function renderIcon(size, { outline = false } = {}) {
  const layers = outline ? outlineLayers(size) : iconLayers(size);
  const pixels = Buffer.alloc(size * size * 4);
  const perAxis = samplesPerAxis(size);
  const samples = perAxis * perAxis;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < perAxis; sy++) {
        for (let sx = 0; sx < perAxis; sx++) {
          const x = (px + (sx + 0.5) / perAxis) / size;
          const y = (py + (sy + 0.5) / perAxis) / size;
          // The topmost layer that covers the sample decides it (an eraser leaves it empty).
          let color = null;
          for (let i = layers.length - 1; i >= 0; i--) {
            const layer = layers[i];
            if (layer.shape(x, y) <= 0) {
              color = layer.color;
              break;
            }
          }
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            covered++;
          }
        }
      }
      const offset = (py * size + px) * 4;
      if (covered > 0) {
        // Average colour over the covered samples only (straight, not premultiplied, alpha).
        pixels[offset] = Math.round(r / covered);
        pixels[offset + 1] = Math.round(g / covered);
        pixels[offset + 2] = Math.round(b / covered);
        pixels[offset + 3] = Math.round((covered / samples) * 255);
      }
    }
  }
  return pixels;
}

// ---- PNG encoding ----

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes 8-bit RGBA pixels as a PNG (colour type 6, no interlace, filter 0 on every row). */
export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering
  header[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0;
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function outputDir(argv) {
  const at = argv.indexOf("--out");
  if (at === -1) return fileURLToPath(new URL("../assets/", import.meta.url));
  const dir = argv[at + 1];
  if (!dir || dir.startsWith("--")) {
    console.error("drawIcons: --out needs a directory");
    process.exit(2);
  }
  return resolve(dir);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = outputDir(process.argv.slice(2));
  mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = resolve(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    console.log(`wrote ${file}`);
  }
  for (const [name, size, outline] of [
    ["color", COLOR_SIZE, false],
    ["outline", OUTLINE_SIZE, true],
  ]) {
    const file = resolve(dir, `${name}-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size, { outline })));
    console.log(`wrote ${file}`);
  }
}
