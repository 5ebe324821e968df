/**
 * Decides how to read a file from its first bytes and its extension. Content wins over the name where it is
 * unambiguous (a zip is a workbook even when named .csv), because users rename files; the name decides only
 * between the two things an OLE compound file can be here: an old .xls or a password-protected .xlsx.
 */
import { extname } from "node:path";
import { fileError } from "./messages";

export type FileKind = "text" | "xlsx";

const TEXT_EXTENSIONS = new Set([".csv", ".tsv", ".txt"]);
const XLSX_EXTENSIONS = new Set([".xlsx", ".xlsm"]);

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

/** `PK\3\4`: a zip archive, which is what .xlsx is. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: Excel 97–2003 .xls, and also Office's container for encrypted .xlsx. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream an encrypted OOXML package keeps inside the compound file (its name is stored in UTF-16LE). */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

/** The first bytes in hex: a language-neutral hint of what the file really is (e.g. 3C 68 74 6D = "<htm"). */
function signature(bytes: Uint8Array): string {
  return Array.from(bytes.subarray(0, 4), (b) => b.toString(16).toUpperCase().padStart(2, "0")).join(" ");
}

/** `displayName` is how the file is named in messages (the path as the user gave it). */
export function sniffFile(displayName: string, bytes: Uint8Array): FileKind {
  const ext = extname(displayName).toLowerCase();
  if (startsWith(bytes, ZIP)) return "xlsx";
  if (startsWith(bytes, CFB)) {
    const encrypted = XLSX_EXTENSIONS.has(ext) || Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE);
    throw fileError(encrypted ? "file_encrypted" : "file_xls_unsupported", { file: displayName });
  }
  if (ext === ".xls") throw fileError("file_xls_unsupported", { file: displayName }); // often an HTML "xls" export
  if (XLSX_EXTENSIONS.has(ext)) throw fileError("file_xlsx_invalid", { file: displayName, reason: `signature ${signature(bytes)}` });
  if (TEXT_EXTENSIONS.has(ext)) return "text";
  throw fileError("file_type_unsupported", { file: displayName, ext: ext || "—" });
}
