import { createEngine } from "./engine";

const HEAD = ["Логин ОО", "Год", "Оценочная процедура", "Кол-во участников", 'Количество "2"'];
const DATA = [
  HEAD,
  ["A", 2024, "ВПР 5 кл. русский язык", 20, 6],
  ["A", 2024, "ОГЭ математика", 10, 5],
  ["B", 2024, "ВПР 6 кл. математика", 20, 6],
  ["B", 2023, "ЕГЭ русский язык", 20, 6],
  ["D", 2024, "VPR6_MATH", 20, 6],
];

describe("SHNOR.IDENTIFY spills the list from a table with headers", () => {
  test("TV-2 schools A, B, D", async () => {
    const sheet = [...DATA.map((r) => [...r, null, null]), ["=SHNOR.IDENTIFY(A1:E6,2024)"]];
    const hf = await createEngine(sheet);
    const out = hf.getSheetValues(0).slice(DATA.length, DATA.length + 4).map((r) => r.slice(0, 7));
    expect(out[0]).toEqual(["Логин ОО", "ШНОР", "Критерий 1", "Критерий 2", "Зона риска", "Кластер", "Доля для кластера"]);
    expect(out[1]).toEqual(["A", true, true, false, false, "умеренно неуспевающие", 0.5]);
    expect(out[2]).toEqual(["B", true, false, true, false, "базово неуспевающие", 0.3]);
    expect(out[3]).toEqual(["D", false, false, false, true, "", ""]);
    expect(hf.getSheetValues(0)[DATA.length + 1][7]).toBe("ВПР 5 рус; ОГЭ мат");
  });

  test("a table with a bad cell is #VALUE! naming the first problem; a year without data is #N/A", async () => {
    const bad = DATA.map((r) => [...r]);
    bad[2][4] = 11;
    const formulas = ["=SHNOR.IDENTIFY(A1:E6,2024)", ...Array(9).fill(null), "=SHNOR.IDENTIFY(A1:E6,2019)"];
    const hfBad = await createEngine([...bad, formulas]);
    expect(hfBad.getCellValue({ sheet: 0, row: 6, col: 0 })).toMatchObject({ type: "VALUE", message: expect.stringContaining("строке 3, столбце 5") });
    const hf = await createEngine([...DATA, formulas]);
    expect(hf.getCellValue({ sheet: 0, row: 6, col: 10 })).toMatchObject({ type: "NA", message: expect.stringContaining("2019") });
  });
});
