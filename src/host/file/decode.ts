/**
 * Turns the bytes of a text table into a string. Russian users hand us three kinds of files: "CSV UTF-8"
 * (with a BOM), plain "CSV (разделители - запятые)" which Russian Excel saves in Windows-1251, and "Unicode
 * text" (UTF-16LE with a BOM, tab-separated). Platform-neutral (TextDecoder only), so the task pane can reuse it.
 */

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1251";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * A BOM decides; without one, bytes that are valid UTF-8 are UTF-8 (pure ASCII included) and anything else is
 * Windows-1251: Cyrillic in 1251 almost never forms valid UTF-8 sequences, so the check is reliable in practice.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  try {
    // `ignoreBOM: true` keeps a stray U+FEFF visible instead of silently eating it; there is no BOM here anyway.
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1251").decode(bytes), encoding: "windows-1251" };
  }
}
