import type { HyperFormula } from "hyperformula";
import { createEngine } from "./engine";

async function evaluate(data: unknown[][], formulas: string[]): Promise<unknown[]> {
  const width = Math.max(1, ...data.map((r) => r.length));
  const sheet = [...data.map((r) => [...r, ...Array(width - r.length).fill(null)]), ...formulas.map((f) => [f])];
  const hf: HyperFormula = await createEngine(sheet);
  return formulas.map((_, i) => hf.getCellValue({ sheet: 0, row: data.length + i, col: 0 }));
}

describe("score indices through real formulas (TV-6, TV-7)", () => {
  test("LOWRESULTINDEX: TV-6 e, five students, Russian 15/33 and mathematics 8/31 → 60 %", async () => {
    const v = await evaluate(
      [[20, 12], [16, 12], [25, 9], [14, 7], [30, 25], [15, 8], [33, 31]],
      ["=SHNOR.LOWRESULTINDEX(A1:B5,A6:B6,A7:B7)", "=SHNOR.LOWRESULTINDEX(B1:B5,8,31)", "=SHNOR.LOWRESULTINDEX(A1:A5,15,33)"],
    );
    expect(v).toEqual([0.6, 0.4, 0.4]);
  });

  test("LOWRESULTINDEX: blanks and «н/я» are not taken; a student with nothing is not a participant", async () => {
    const v = await evaluate([[20, null], ["н/я", 7], [null, null], [15, 8], [33, 31], ["двадцать", 7]], [
      "=SHNOR.LOWRESULTINDEX(A1:B3,A4:B4,A5:B5)", "=SHNOR.LOWRESULTINDEX(A6:B6,A4:B4,A5:B5)", "=SHNOR.LOWRESULTINDEX(A3:B3,A4:B4,A5:B5)",
    ]);
    expect(v[0]).toBe(0.5);
    expect(v[1]).toMatchObject({ type: "VALUE", message: "Диапазон «scores», строка 1, столбец 1: ожидалось число, а получен текст «двадцать»" });
    expect(v[2]).toMatchObject({ type: "NA" });
  });

  test("MASSRESULTINDEX: TV-6 a and b", async () => {
    const v = await evaluate(
      [[5, 8, 9, 10, 12, 15, 16, 20, 22, 28], [20, 28, 29, 40, 55, 56, 81, 90]],
      ["=SHNOR.MASSRESULTINDEX(A1:J1,8,31,22)", "=SHNOR.MASSRESULTINDEX(A2:H2,24,100,81)"],
    );
    expect(v).toEqual([0.4, 0.5]);
  });

  test("GIADEVIATION: TV-7 and shape errors", async () => {
    const v = await evaluate([[24, 14, 66], [26, 16, 68], [24, 14, null], [26, 16, 68]], [
      "=SHNOR.GIADEVIATION(A1:C1,A2:C2)", "=SHNOR.GIADEVIATION(A3:C3,A4:C4)", "=SHNOR.GIADEVIATION(A1:C1,A2:B2)",
    ]);
    expect(v[0] as number).toBeCloseTo(-0.0771116, 7);
    expect(v[1] as number).toBeCloseTo((24 / 26 + 14 / 16) / 2 - 1, 12);
    expect(v[2]).toMatchObject({ type: "VALUE", message: "Диапазоны «schoolMeans» (1×3) и «regionMeans» (1×2) должны быть одного размера" });
  });
});

describe("no-data codes and desktop blanks (review fixes)", () => {
  test("a school mean of 0 (a blank on Excel desktop) or «-» is not a cell of GIADEVIATION", async () => {
    const v = await evaluate([[50, 0, "-"], [50, 60, 70]], ["=SHNOR.GIADEVIATION(A1:C1,A2:C2)"]);
    expect(v[0]).toBe(0);
  });

  test("«-» means no data in DYNAMICS; EXITGAP without participants is #N/A like ISLOW", async () => {
    const v = await evaluate([["-", 0.2], [0, 0]], ["=SHNOR.DYNAMICS(A1,B1)", "=SHNOR.EXITGAP(A2,B2)"]);
    expect(v[0]).toBe("нет данных");
    expect(v[1]).toMatchObject({ type: "NA" });
  });

  test("STATUS and CLUSTER agree on a share a hair below 30 %", async () => {
    const v = await evaluate([[0.2999999999, 0.2999999999], [null, null]], ["=SHNOR.STATUS(A1:B1,A2:B2)", "=SHNOR.CLUSTER(A1:B1)"]);
    expect(v).toEqual([true, "базово неуспевающие"]);
  });
});
