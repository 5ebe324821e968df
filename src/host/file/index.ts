/**
 * The file host: .csv/.xlsx input and .xlsx/.csv report output for the CLI (Node only).
 * `decode` and `csv` are platform-neutral and may also be imported directly by browser code.
 */
import "./messages";

export { atomicWrite, atomicWriteBuffer, cleanupPendingTempFiles, type TempWriter } from "./atomicWrite";
export { CsvParser, detectDelimiter, forEachCsvRow, parseCsv, type CsvRowHandler, type Delimiter } from "./csv";
export { csvField, tableToCsv, writeCsv, type CsvFileOptions, type CsvWriteOptions } from "./csvWriter";
export { decodeText, type DecodedText, type TextEncodingName } from "./decode";
export { FileHost, type FileHostOptions } from "./FileHost";
export { readSourceFile, textSheetName, type ReadSourceOptions } from "./readSourceFile";
export { isTextTableFile, streamTextFile, type StreamTextInfo, type StreamTextOptions } from "./streamCsv";
export { plainValue } from "./xlsxReader";
export { renderReport, type RenderOptions } from "./xlsxWriter";
