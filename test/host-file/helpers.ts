import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const FIXTURES = join(__dirname, "..", "fixtures", "files");

export function fixture(name: string): string {
  return join(FIXTURES, name);
}

/** A fresh temp folder per test file; remove it in afterAll. */
export function makeTempDir(): { dir: string; path: (name: string) => string; files: () => string[]; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "shnor-file-"));
  return {
    dir,
    path: (name) => join(dir, name),
    files: () => readdirSync(dir).sort(),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * A minimal Windows-1251 encoder for tests (ASCII, А–я, Ё, ё, №, « »), independent of the decoder under test.
 */
export function encode1251(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) out[i] = c;
    else if (c >= 0x410 && c <= 0x44f) out[i] = c - 0x410 + 0xc0;
    else if (c === 0x401) out[i] = 0xa8;
    else if (c === 0x451) out[i] = 0xb8;
    else if (c === 0x2116) out[i] = 0xb9;
    else if (c === 0xab) out[i] = 0xab;
    else if (c === 0xbb) out[i] = 0xbb;
    else throw new Error(`no cp1251 byte for U+${c.toString(16)}`);
  }
  return out;
}

/** The table every text fixture holds (see make-fixtures.py). */
export const SCHOOLS = [
  ["Код ОО", "Школа", "Участники", "Доля «2»"],
  ["760152", "МБОУ «СОШ № 1» г. Ёлкино", "25", "12,5"],
  ["760153", 'Школа "Гимназия"; филиал', "30", "0"],
  ["760154", "Школа\nс переносом", "18", "5,6"],
];
