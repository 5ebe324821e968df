import fc from "fast-check";
import { decodeText } from "../../src/host/file/decode";
import { encode1251 } from "./helpers";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("decodeText", () => {
  const text = "Код ОО;Школа;Доля\r\n760152;МБОУ «СОШ № 1» г. Ёлкино;12,5\r\n";

  it("reads UTF-8 without a BOM", () => {
    expect(decodeText(utf8(text))).toEqual({ text, encoding: "utf-8" });
  });

  it("strips the UTF-8 BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    expect(decodeText(bytes)).toEqual({ text, encoding: "utf-8" });
  });

  it("reads Windows-1251 (Russian Excel's plain CSV) when the bytes are not UTF-8", () => {
    expect(decodeText(encode1251(text))).toEqual({ text, encoding: "windows-1251" });
  });

  it("Node's ICU knows windows-1251 (full ICU is required)", () => {
    expect(new TextDecoder("windows-1251").decode(new Uint8Array([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0xa8, 0xb8]))).toBe("ПриветЁё");
  });

  it("reads UTF-16LE and UTF-16BE with a BOM (Excel's Unicode text)", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    expect(decodeText(le)).toEqual({ text, encoding: "utf-16le" });
    const be = Buffer.from(Buffer.from(text, "utf16le")).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text, encoding: "utf-16be" });
  });

  it("pure ASCII is UTF-8", () => {
    expect(decodeText(utf8("a;b\n1;2")).encoding).toBe("utf-8");
  });

  it("any Cyrillic text survives a Windows-1251 round trip", () => {
    const cyr = fc.constantFrom(..."АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя«»№ ;,.0123456789");
    fc.assert(
      fc.property(fc.array(cyr, { minLength: 1, maxLength: 60 }), (chars) => {
        const s = "Школа " + chars.join("");
        expect(decodeText(encode1251(s)).text).toBe(s);
      }),
    );
  });
});
