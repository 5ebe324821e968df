import { isShnorFormula } from "../../src/host/excel";
import { hostFor } from "./harness";
import { MockWorkbook } from "./mockWorkbook";

describe("isShnorFormula", () => {
  it.each([
    ["=SHNOR.ISLOW(A2,0.5)", true],
    ["=shnordev.failshare(20, 6)", true],
    ["=IF(B2>0,SHNOR.STATUS(B2),\"\")", true],
    ["=SHNOR.IDENTIFY (A1:F100, 2024)", true],
    ["=SUM(A1:A3)", false],
    ['=IF(A1="SHNOR.X(",1,2)', false], // inside a text constant
    ["='SHNOR.data'!A1", false], // a quoted sheet name
    ["=MYSHNOR.X(1)", false],
    ["SHNOR.X(1)", false], // a constant, not a formula
    [42, false],
  ])("%s → %s", (formula, expected) => {
    expect(isShnorFormula(formula)).toBe(expected);
  });
});

describe("ExcelHost.formulasToValues", () => {
  function workbook(): MockWorkbook {
    const wb = new MockWorkbook();
    wb.addSheet("Расчёт", [["Код", "Доля"], ["001", 0.3], ["002", 0.6]]);
    wb.sheet("Расчёт").cell("A2")!.quotePrefix = true;
    wb.setFormula("Расчёт", "C1", "=SUM(B2:B3)", 0.9);
    wb.setFormula("Расчёт", "C2", "=SHNOR.ISLOW(B2,0.5)", false);
    wb.setFormula("Расчёт", "C3", "=shnordev.failshare(20,6)", 0.3);
    wb.setFormula("Расчёт", "D2", '=IF(A2="SHNOR.X(",1,2)', 2);
    wb.setFormula("Расчёт", "D3", "=SHNOR.STATUS(A2)", "001"); // a text result that looks like a number
    wb.setFormula("Расчёт", "D4", "=SHNOR.CLUSTER(B9)", "#N/A", { error: true });
    wb.setFormula("Расчёт", "F1", "=SHNOR.IDENTIFY(A1:B3,2024)", [["Код", "Статус"], ["001", "ШНОР"], ["002", "=норма"]]);
    wb.addSheet("Другой", [["x"]]);
    wb.setFormula("Другой", "B5", "=SHNOR.SHARE(1,2)", 0.5);
    wb.active = wb.sheet("Расчёт");
    return wb;
  }

  it("replaces every SHNOR formula of the active sheet by its value, and nothing else", async () => {
    const wb = workbook();
    const other = wb.sheet("Другой").snapshot();
    const result = await hostFor(wb).host.formulasToValues("sheet");
    expect(result).toEqual({ converted: 5, sheets: ["Расчёт"] });

    const ws = wb.sheet("Расчёт");
    const formulas = [...ws.cells.entries()].filter(([, c]) => c.formula !== undefined).map(([, c]) => c.formula);
    expect(formulas.sort()).toEqual(['=IF(A2="SHNOR.X(",1,2)', "=SUM(B2:B3)"]); // the others are values now
    expect(ws.cell("C2")).toMatchObject({ value: false });
    expect(ws.cell("C3")).toMatchObject({ value: 0.3 });
    expect(ws.cell("D3")).toMatchObject({ value: "001", quotePrefix: true }); // stays text
    expect(ws.cell("D4")).toMatchObject({ value: "#N/A", error: true }); // stays an error
    expect(ws.cell("A2")).toMatchObject({ value: "001", quotePrefix: true }); // a constant, untouched
    expect(wb.sheet("Другой").snapshot()).toBe(other);
  });

  it("converts a spilled result as a whole block, so the spilled cells keep their values", async () => {
    const wb = workbook();
    await hostFor(wb).host.formulasToValues("sheet");
    const ws = wb.sheet("Расчёт");
    expect(["F1", "G1", "F2", "G2", "F3", "G3"].map((a) => ws.value(a))).toEqual(["Код", "Статус", "001", "ШНОР", "002", "=норма"]);
    expect(ws.cell("G3")?.formula).toBeUndefined(); // the text "=норма" did not become a formula
    expect(ws.cell("F1")?.spill).toBeUndefined();
  });

  it("writes only where a SHNOR formula was: other cells of a chunk are sent as null (unchanged)", async () => {
    const wb = workbook();
    await hostFor(wb).host.formulasToValues("sheet");
    const writes = wb.ops.filter((op) => op.kind === "values");
    expect(writes.map((op) => op.address)).toEqual(["A1:G4", "F1:G3"]);
    for (const op of writes) {
      const m = op.detail as unknown[][];
      if (op.address === "F1:G3") continue; // the spilled block
      const written = m.flat().filter((v) => v !== null);
      expect(written).toHaveLength(4); // C2, C3, D3, D4
    }
    expect(wb.ops.every((op) => op.kind === "values")).toBe(true);
  });

  it("converts every sheet of the workbook when asked", async () => {
    const wb = workbook();
    const result = await hostFor(wb).host.formulasToValues("workbook");
    expect(result).toEqual({ converted: 6, sheets: ["Расчёт", "Другой"] });
    expect(wb.sheet("Другой").cell("B5")).toEqual({ format: "General", value: 0.5 });
  });

  it("changes nothing when cancelled while scanning", async () => {
    const wb = workbook();
    const signal = { aborted: false };
    const run = hostFor(wb, { budget: { cells: 30 } }).host.formulasToValues("workbook", { signal, onProgress: () => (signal.aborted = true) });
    await expect(run).rejects.toMatchObject({ code: "cancelled" });
    expect(wb.ops).toEqual([]);
  });

  it("reports nothing to do on a workbook without SHNOR formulas", async () => {
    const wb = new MockWorkbook();
    wb.addSheet("Лист1", [[1, 2]]);
    wb.setFormula("Лист1", "C1", "=A1+B1", 3);
    expect(await hostFor(wb).host.formulasToValues("workbook")).toEqual({ converted: 0, sheets: [] });
    expect(wb.ops).toEqual([]);
  });
});
