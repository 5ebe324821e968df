/** TV-8 (domain-notes §11) as a social passport sheet: he (+), un (−), nn (−); the deviant share is constant. */
import type { SourceMatrix } from "../../../src/host/WorkbookHost";

export const TV8_ISBS = [61.53, 50.94, 53.47, 34.06];

export function tv8Matrix(extra: (string | number)[][] = []): SourceMatrix {
  return {
    sheet: "Паспорт",
    originRow: 1,
    originCol: 1,
    values: [
      ["Социальный паспорт школ"],
      ["Логин ОО", "Наименование ОО", "МО", "Город/село", "Оба родителя с высшим образованием", "Безработные родители", "Девиантное поведение", "Русский язык неродной"],
      ["A", "Школа A", "МР-1", "город", "40%", 5, 0, "2"],
      ["B", "Школа B", "МР-1", "село", "20%", 10, 0, "10"],
      ["C", "Школа C", "МР-2", "город", "30 %", 15, 0, "6"],
      ["D", "Школа D", "МР-2", "село", "10%", 30, 0, "30"],
      ...extra,
    ],
  };
}
