import { CellError } from "hyperformula";
import { createEngine } from "./engine";

describe("SHNOR.FAILSHARE in a real formula engine", () => {
  test("worked example TV-1 a and the error cases", async () => {
    const hf = await createEngine([
      [20, 6, "=SHNOR.FAILSHARE(A1,B1)"],
      [24, 7, "=SHNOR.FAILSHARE(A2,B2)"],
      [0, 0, "=SHNOR.FAILSHARE(A3,B3)"],
      [5, 6, "=SHNOR.FAILSHARE(A4,B4)"],
      ["двадцать", 6, "=SHNOR.FAILSHARE(A5,B5)"],
      [null, 6, "=SHNOR.FAILSHARE(A6,B6)"],
      ["1 234", "12", "=SHNOR.FAILSHARE(A7,B7)"],
      ["=1/0", 1, "=SHNOR.FAILSHARE(A8,B8)"],
    ]);
    const v = (row: number) => hf.getCellValue({ sheet: 0, row, col: 2 });
    expect(v(0)).toBe(0.3);
    expect(v(1)).toBeCloseTo(7 / 24, 12);
    expect(v(2)).toMatchObject({ type: "NA", message: "Нет участников: доля не определена" });
    expect(v(3)).toMatchObject({ type: "VALUE", message: "число неуспевающих (6) больше числа участников (5)" });
    expect(v(4)).toMatchObject({ type: "VALUE", message: "Аргумент «participants» должен быть числом, а получен текст «двадцать»" });
    expect(v(5)).toMatchObject({ type: "NA", message: "Аргумент «participants» пуст: нет данных" });
    expect(v(6)).toBeCloseTo(12 / 1234, 12);
    expect(v(7)).toMatchObject({ type: "DIV_BY_ZERO" });
    expect(v(0)).not.toBeInstanceOf(CellError);
  });

  test("recalculates when a cell changes", async () => {
    const hf = await createEngine([[10, 3, "=SHNOR.FAILSHARE(A1,B1)"]]);
    hf.setCellContents({ sheet: 0, row: 0, col: 1 }, 5);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toBe(0.5);
  });
});
