/**
 * Writes the add-in icons (assets/icon-{16,32,64,80,128}.png): three rising white bars on a baseline, on a
 * rounded Fluent-blue square. Drawn on a 16-unit grid so the 16 px ribbon icon stays crisp, scaled for the rest,
 * antialiased by supersampling. Plain Node (zlib) so it runs anywhere: `node tools/make-icons.js`.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [15, 108, 189]; // Fluent 2 brand colour #0F6CBD
const WHITE = [255, 255, 255];
const CORNER = 3; // background corner radius, in grid units
/** Bars and baseline as [x0, y0, x1, y1] in grid units (0..16, y down). */
const BARS = [
  [3, 9, 5, 12],
  [7, 6, 9, 12],
  [11, 3, 13, 12],
  [3, 12, 13, 13],
];
const SAMPLES = 4; // per axis, per pixel

function insideRoundedSquare(x, y) {
  const cx = Math.min(Math.max(x, CORNER), 16 - CORNER);
  const cy = Math.min(Math.max(y, CORNER), 16 - CORNER);
  return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER ** 2;
}

function insideBar(x, y) {
  return BARS.some(([x0, y0, x1, y1]) => x >= x0 && x < x1 && y >= y0 && y < y1);
}

/** RGBA pixels of one icon. */
function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = ((px + (sx + 0.5) / SAMPLES) * 16) / size;
          const y = ((py + (sy + 0.5) / SAMPLES) * 16) / size;
          if (!insideRoundedSquare(x, y)) continue;
          if (insideBar(x, y)) fg++;
          else bg++;
        }
      }
      const covered = bg + fg;
      const i = (py * size + px) * 4;
      if (covered === 0) continue; // transparent corner
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round((BLUE[c] * bg + WHITE[c] * fg) / covered);
      pixels[i + 3] = Math.round((255 * covered) / SAMPLES ** 2);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A minimal PNG: 8-bit RGBA, no interlace, filter type 0 on every row. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth, colour type RGBA, compression, filter, interlace
  const rows = [];
  for (let y = 0; y < size; y++) rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const dir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, render, SIZES };
