import type { HyperFormula } from "hyperformula";
import { createEngine } from "./engine";

/** Evaluates one formula over a grid whose first rows hold the data. */
async function evaluate(data: unknown[][], formulas: string[]): Promise<unknown[]> {
  const width = Math.max(1, ...data.map((r) => r.length));
  const sheet = [...data.map((r) => [...r, ...Array(width - r.length).fill(null)]), ...formulas.map((f) => [f])];
  const hf: HyperFormula = await createEngine(sheet);
  return formulas.map((_, i) => hf.getCellValue({ sheet: 0, row: data.length + i, col: 0 }));
}

describe("identification functions through real formulas (worked examples)", () => {
  test("ISLOW and EXITGAP: TV-1", async () => {
    const v = await evaluate([[20, 6], [24, 7], [0, 0], [3, 1]], [
      "=SHNOR.ISLOW(A1,B1)", "=SHNOR.ISLOW(A2,B2)", "=SHNOR.ISLOW(A3,B3)", "=SHNOR.ISLOW(A4,B4)", "=SHNOR.ISLOW(A4,B4,0.5)",
      "=SHNOR.EXITGAP(A1,B1)", "=SHNOR.EXITGAP(A2,B2)", "=SHNOR.ISLOW(A1,B1,\"тридцать\")",
    ]);
    expect(v.slice(0, 7)).toEqual([true, false, expect.objectContaining({ type: "NA" }), true, false, 1, 0]);
    expect(v[7]).toMatchObject({ type: "VALUE", message: "Аргумент «threshold» должен быть числом, а получен текст «тридцать»" });
  });

  test("STATUS: TV-2 schools as rows of shares (9 assessments; blank = not held)", async () => {
    // Columns: VPR5_RUS VPR6_MATH OGE_MATH EGE_RUS OGE_RUS; rows 1–6 year Y, rows 7–12 year Y−1.
    const Y = [[0.3, 0.1, 0.5, null, 0], [null, 0.3, null, null, null], [null, 0.3, null, null, null], [null, 0.3, null, null, null], [0.05, null, null, null, null], [null, null, null, null, null]];
    const P = [[null, null, null, null, null], [null, null, null, 0.3, null], [null, 0.35, null, null, null], [null, 0.05, null, null, null], [0.3, null, null, null, 0.3], [null, null, 0.3, null, null]];
    const formulas = (rule: string) => Y.map((_, i) => `=SHNOR.STATUS(A${i + 1}:E${i + 1},A${i + 7}:E${i + 7},,"${rule}")`);
    const any = await evaluate([...Y, ...P], formulas("any"));
    expect(any.slice(0, 5)).toEqual([true, true, true, false, false]);
    expect(any[5]).toBe(false); // F: no data in Y, low in Y−1 → not ШНОР
    const same = await evaluate([...Y, ...P], formulas("same"));
    expect(same.slice(0, 5)).toEqual([true, false, true, false, false]);
  });

  test("STATUS errors: shares as percents, ranges of different shapes for `same`, nothing at all", async () => {
    const v = await evaluate([[30, 10], [0.3, 0.1, 0.2], [null, null]], [
      "=SHNOR.STATUS(A1:B1,A2:B2)", "=SHNOR.STATUS(A2:B2,A2:C2,,\"same\")", "=SHNOR.STATUS(A3:B3,A3:B3)", "=SHNOR.STATUS(A2:B2,A2:B2,,\"both\")",
    ]);
    expect(v[0]).toMatchObject({ type: "VALUE", message: expect.stringContaining("ожидалась доля от 0 до 1, а получено 30") });
    expect(v[1]).toMatchObject({ type: "VALUE", message: "Диапазоны «sharesY» (1×2) и «sharesYminus1» (1×3) должны быть одного размера" });
    expect(v[2]).toMatchObject({ type: "NA" });
    expect(v[3]).toMatchObject({ type: "VALUE", message: "Аргумент «rule»: недопустимое значение «both»; ожидается any | same" });
  });

  test("CLUSTER: TV-3 and its boundaries", async () => {
    const v = await evaluate([[0.3, 0.5, 0], [0.2999, 0.4, 0.3999], [0.5001, null, null], [0.1, null, null]], [
      "=SHNOR.CLUSTER(A1:C1)", "=SHNOR.CLUSTER(A1:B1,\"mean\")", "=SHNOR.CLUSTER(A2)", "=SHNOR.CLUSTER(B2)", "=SHNOR.CLUSTER(C2)",
      "=SHNOR.CLUSTER(A3:C3)", "=SHNOR.CLUSTER(A4:C4)", "=SHNOR.CLUSTER(A1:C1,\"pooled\")",
    ]);
    expect(v.slice(0, 7)).toEqual(["умеренно неуспевающие", "умеренно неуспевающие", "", "умеренно неуспевающие", "базово неуспевающие", "сильно неуспевающие", ""]);
    expect(v[7]).toMatchObject({ type: "VALUE" });
  });

  test("DYNAMICS: TV-5", async () => {
    const v = await evaluate([["=5/20", "=4/20"], ["=2/20", "=1/10"], [0, 0], [null, 0.3]], [
      "=SHNOR.DYNAMICS(A1,B1)", "=SHNOR.DYNAMICS(B1,A1)", "=SHNOR.DYNAMICS(A2,B2)", "=SHNOR.DYNAMICS(A3,B3)", "=SHNOR.DYNAMICS(A4,B4)",
    ]);
    expect(v).toEqual(["положительная", "отрицательная", "нейтральная", "0% за 2 года", "нет данных"]);
  });

  test("SHARE: TV-10 (7 of 20 project schools = 35 %) and EXPERTISELEVEL", async () => {
    const v = await evaluate([[7, 20], [3, 5, 2], [4, 5, 2], [5, 5, 3]], [
      "=SHNOR.SHARE(A1,B1)", "=SHNOR.SHARE(B1,A1)", "=SHNOR.SHARE(A1,0)", "=SHNOR.EXPERTISELEVEL(A2:C2,A3:C3)", "=SHNOR.EXPERTISELEVEL(A4:C4,A3:C3)",
    ]);
    expect(v[0]).toBe(0.35);
    expect(v[1]).toMatchObject({ type: "VALUE", message: "Числитель (20) больше знаменателя (7)" });
    expect(v[2]).toMatchObject({ type: "NA" });
    expect(v[3]).toBe(10 / 11);
    expect(v[4]).toMatchObject({ type: "VALUE", message: "Баллы (5) больше максимума (4) в позиции 1" });
  });
});
