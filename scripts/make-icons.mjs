#!/usr/bin/env node
// Generates the add-in icons (assets/icon-16.png … icon-128.png) with no dependencies:
// a small rasteriser (supersampled signed-distance shapes) and a hand-written PNG encoder
// (zlib deflate + CRC-32 chunks, RGBA 8-bit, filter type 0).
//
// The motif: two overlapping rounded squares — teal (one department) and indigo (another) —
// with their overlap, the "concord", in a deep blend colour, on a transparent background.
//
// Usage: node scripts/make-icons.mjs [outDir]   (default: assets/)
// Output is deterministic, so re-running it does not change committed files.

import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [16, 32, 64, 80, 128];

// Colours (sRGB, 0-255).
const TEAL = [13, 148, 136]; // #0D9488
const INDIGO = [79, 70, 229]; // #4F46E5
const OVERLAP = [23, 37, 84]; // #172554 — deep navy where the two meet

// ---------- PNG encoder ----------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typeBuf = Buffer.from(type, "ascii");
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([typeBuf, data])), 0);
  return Buffer.concat([len, typeBuf, data, crc]);
}

/** rgba: Uint8Array of width*height*4 (straight alpha). */
export function encodePng(width, height, rgba) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  const idat = deflateSync(raw, { level: 9 });
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", idat), chunk("IEND", Buffer.alloc(0))]);
}

// ---------- rasteriser ----------

/** Signed distance to a rounded rectangle (negative inside), unit coordinates. */
function roundedRectDistance(px, py, cx, cy, halfW, halfH, radius) {
  const qx = Math.abs(px - cx) - (halfW - radius);
  const qy = Math.abs(py - cy) - (halfH - radius);
  const ox = Math.max(qx, 0);
  const oy = Math.max(qy, 0);
  return Math.hypot(ox, oy) + Math.min(Math.max(qx, qy), 0) - radius;
}

// Shapes in a unit square [0,1]². Square A (teal) top-left, square B (indigo) bottom-right.
const HALF = 0.3;
const RADIUS = 0.12;
const A = { cx: 0.36, cy: 0.36 };
const B = { cx: 0.64, cy: 0.64 };

function shade(u, v) {
  const inA = roundedRectDistance(u, v, A.cx, A.cy, HALF, HALF, RADIUS) <= 0;
  const inB = roundedRectDistance(u, v, B.cx, B.cy, HALF, HALF, RADIUS) <= 0;
  if (inA && inB) return OVERLAP;
  if (inA) return TEAL;
  if (inB) return INDIGO;
  return null;
}

export function renderIcon(size) {
  // More sub-samples for small icons, where anti-aliasing matters most.
  const ss = size <= 32 ? 8 : 4;
  const rgba = new Uint8Array(size * size * 4);
  // A 1px-equivalent inset keeps the shapes from touching the canvas edge at every size.
  const margin = Math.min(1 / size, 0.04);
  const scale = 1 - 2 * margin;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const u = ((x + (sx + 0.5) / ss) / size - margin) / scale;
          const v = ((y + (sy + 0.5) / ss) / size - margin) / scale;
          const c = shade(u, v);
          if (c) {
            // Coverage-weighted colour: average over covered samples, alpha = coverage.
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const i = (y * size + x) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((255 * a) / (ss * ss));
      }
    }
  }
  return rgba;
}

function main() {
  const here = dirname(fileURLToPath(import.meta.url));
  const outDir = resolve(process.argv[2] ?? join(here, "..", "assets"));
  mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const png = encodePng(size, size, renderIcon(size));
    const file = join(outDir, `icon-${size}.png`);
    writeFileSync(file, png);
    console.log(`wrote ${file} (${png.length} bytes)`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main();
}
