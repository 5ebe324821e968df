/** Errors and cell addresses of the mock Excel object model (shared by the workbook and its proxies). */

/** Shaped like OfficeExtension.Error: a string code, a message and debug info. */
export class MockOfficeError extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.debugInfo = { code, message };
  }
}

export const key = (r: number, c: number): string => `${r},${c}`;

export function colName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "B6" → 0-based row and column. */
export function parseCell(a1: string): { r: number; c: number } {
  const m = /^([A-Z]+)(\d+)$/i.exec(a1.replace(/\$/g, ""));
  if (!m) throw new Error(`mock: bad cell address ${a1}`);
  let c = 0;
  for (const ch of m[1].toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64;
  return { r: Number(m[2]) - 1, c: c - 1 };
}

export function a1(r0: number, c0: number, rows = 1, cols = 1): string {
  const first = `${colName(c0)}${r0 + 1}`;
  return rows === 1 && cols === 1 ? first : `${first}:${colName(c0 + cols - 1)}${r0 + rows}`;
}

function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet1!A1:B2", quoting sheet names as Excel does. */
export function areaAddress(area: { sheet: { name: string }; r0: number; c0: number; rows: number; cols: number }): string {
  return `${quoteSheet(area.sheet.name)}!${a1(area.r0, area.c0, area.rows, area.cols)}`;
}

