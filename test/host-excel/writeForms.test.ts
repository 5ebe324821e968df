/**
 * The pane's writer of the expertise template (Office.js): what it asks Excel to do for each part of the shared
 * layout, recorded call by call; and the safe write around it over the mock workbook (a clash or a failure leaves
 * the workbook as it was).
 */
import { DEFAULT_EXPERTISE_SETTINGS, MUNICIPAL_ROADMAP_RUBRIC } from "../../src/core/indicators/expertiseRubric";
import { expertiseTemplateSheets } from "../../src/core/report/expertiseTemplate";
import { renderForm } from "../../src/host/excel/writeForms";
import { registerMessages, t } from "../../src/i18n";
import { expertiseTemplateMessages } from "../../src/i18n/messages/contextPane";
import { hostFor } from "./harness";
import { MockWorkbook } from "./mockWorkbook";

registerMessages(expertiseTemplateMessages);
const tr = (key: string, params?: Record<string, string | number>) => t(key, params, "ru");
const forms = (objects?: string[]) => expertiseTemplateSheets(MUNICIPAL_ROADMAP_RUBRIC, { settings: DEFAULT_EXPERTISE_SETTINGS, tr, lang: "ru", namespace: "SHNORDEV", objects });

/** Every property set and method call on an Office.js object graph, by path (ranges named by their indexes). */
interface Entry {
  path: string;
  value?: unknown;
  args?: unknown[];
}

function recorder(log: Entry[], path: string): unknown {
  const target = function () {} as unknown as object;
  return new Proxy(target, {
    get: (_t, p) => (typeof p === "symbol" || p === "then" ? undefined : recorder(log, `${path}.${String(p)}`)),
    set: (_t, p, value) => {
      log.push({ path: `${path}.${String(p)}`, value });
      return true;
    },
    apply: (_t, _this, args: unknown[]) => {
      log.push({ path, args });
      return recorder(log, `${path}(${args.map((a) => JSON.stringify(a)).join(",")})`);
    },
  });
}

async function render() {
  const log: Entry[] = [];
  const syncs: number[] = [];
  const context = { sync: async () => void syncs.push(log.length) } as unknown as Excel.RequestContext;
  const [form] = forms();
  await renderForm(context, recorder(log, "sheet") as Excel.Worksheet, form, { budget: { cells: 1, bytes: 1 } as never, yieldToUi: async () => undefined }, { done: 0, total: form.cells.length }, {});
  const cell = (a1: string) => {
    const col = a1.charCodeAt(0) - 65;
    const row = Number(a1.slice(1)) - 1;
    return `sheet.getRangeByIndexes(${row},${col},1,1)`;
  };
  const set = (path: string) => log.filter((e) => e.path === path && "value" in e).map((e) => e.value);
  return { log, syncs, cell, set };
}

describe("writeForms: the expertise template with Office.js", () => {
  it("writes the formulas with their namespace and number formats, text as text", async () => {
    const { cell, set, log } = await render();
    expect(set(`${cell("B7")}.formulas`)).toEqual([[['=IFERROR(SHNORDEV.EXPERTISELEVEL(H11:H29,I11:I29),IFERROR(SUM(H11:H29)/SUM(I11:I29),""))']]]);
    expect(set(`${cell("B7")}.numberFormat`)).toEqual([[["0.0%"]]]);
    expect(set(`${cell("H11")}.formulas`)).toEqual([[['=IF($E11="реализация",0,N(F11))']]]);
    expect(set(`${cell("C7")}.formulas`)[0]).toEqual([['=IF(B7="","",IF(ROUND(B7,9)>=0.7,"механизмы сформированы (не ниже 70 %)","механизмы не сформированы (ниже 70 %)"))']]);
    // "1.1" would become a number (or 1 January) without the text format set first.
    const b11 = log.filter((e) => e.path.startsWith(`${cell("B11")}.`) && "value" in e).map((e) => [e.path.slice(cell("B11").length + 1), e.value]);
    expect(b11.slice(0, 2)).toEqual([["numberFormat", [["@"]]], ["values", [["1.1"]]]]);
    expect(set(`${cell("D11")}.values`)).toEqual([[[2]]]);
    expect(set(`${cell("F11")}.format.fill.color`)).toEqual(["#FFF2CC"]);
  });

  it("limits each points cell to 0..max with a Russian prompt and a stopping error", async () => {
    const { set } = await render();
    const f11 = "sheet.getRangeByIndexes(10,5,1,1).dataValidation";
    expect(set(`${f11}.rule`)).toEqual([{ decimal: { formula1: 0, formula2: 2, operator: "Between" } }]);
    expect(set(`${f11}.prompt`)).toEqual([{ showPrompt: true, title: "Балл", message: "От 0 до 2: 0 — нет, 1 — частично, 2 — в полной мере" }]);
    expect(set(`${f11}.errorAlert`)).toEqual([{ showAlert: true, style: "Stop", title: "Недопустимый балл", message: "Введите число от 0 до 2." }]);
    expect(set(`${f11}.ignoreBlanks`)).toEqual([true]);
    expect(set("sheet.getRangeByIndexes(28,5,1,1).dataValidation.rule")).toHaveLength(1);
  });

  it("colours the verdicts, hides the helpers, unlocks the input cells, freezes the header and protects the sheet last", async () => {
    const { log, syncs, set } = await render();
    const cf = log.filter((e) => e.path.endsWith("conditionalFormats.add")).map((e) => [e.path.replace(/\.conditionalFormats\.add$/, ""), e.args]);
    expect(cf).toHaveLength(4);
    expect(cf[0]).toEqual(["sheet.getRangeByIndexes(7,1,1,2)", ["Custom"]]); // added last to first: B8:C8's rules first
    const formulas = log.filter((e) => e.path.endsWith(".custom.rule.formula")).map((e) => e.value);
    expect(formulas).toEqual(["=AND(ISNUMBER($B$8),ROUND($B$8,9)<0.5)", "=AND(ISNUMBER($B$8),ROUND($B$8,9)>=0.5)", "=AND(ISNUMBER($B$7),ROUND($B$7,9)<0.7)", "=AND(ISNUMBER($B$7),ROUND($B$7,9)>=0.7)"]);
    expect([7, 8, 9, 10].map((j) => set(`sheet.getRangeByIndexes(0,${j},1,1).columnHidden`))).toEqual([[true], [true], [true], [true]]);
    const unlocked = log.filter((e) => e.path.endsWith(".format.protection.locked")).map((e) => [e.path.replace(/\.format\.protection\.locked$/, ""), e.value]);
    expect(unlocked).toEqual([["sheet.getRangeByIndexes(4,1,1,2)", false], ["sheet.getRangeByIndexes(4,4,1,3)", false], ["sheet.getRangeByIndexes(10,5,19,1)", false], ["sheet.getRangeByIndexes(10,6,19,1)", false]]);
    expect(log.find((e) => e.path === "sheet.freezePanes.freezeRows")?.args).toEqual([10]);
    const protect = log.findIndex((e) => e.path === "sheet.protection.protect");
    expect(log[protect].args).toEqual([{ allowFormatColumns: true, allowFormatRows: true }]);
    expect(protect).toBe(log.length - 1);
    expect(syncs.at(-2)).toBeLessThanOrEqual(protect); // everything else was synced before protecting
    expect(log.filter((e) => e.path.endsWith(".merge")).map((e) => e.path)).toEqual(["1,0,1,7", "2,0,1,7", "3,0,1,7", "4,0,1,7", "5,1,1,2", "5,4,1,3"].map((a) => {
      const [r, c, n, m] = a.split(",").map(Number);
      return `sheet.getRangeByIndexes(${r - 1},${c},${n},${m}).merge`;
    }));
  });
});

describe("ExcelHost.writeForms: the safe write", () => {
  function userWorkbook(): MockWorkbook {
    const wb = new MockWorkbook();
    wb.addSheet("Данные", [["№ критерия", "Балл"], ["1.1", 2]]);
    wb.addSheet("Северный МР", [["чужой лист"]]);
    return wb;
  }

  it("refuses to replace a sheet of the same name and changes nothing", async () => {
    const wb = userWorkbook();
    const before = wb.sheet("Северный МР").snapshot();
    await expect(hostFor(wb).host.writeForms(forms(["Северный МР"]))).rejects.toMatchObject({ code: "sheet_exists" });
    expect(wb.sheetNames()).toEqual(["Данные", "Северный МР"]);
    expect(wb.sheet("Северный МР").snapshot()).toBe(before);
  });

  it("needs ExcelApi 1.8 (data validation)", async () => {
    const wb = userWorkbook();
    const api = (_set: string, version: string) => Number(version) <= 1.7;
    await expect(hostFor(wb, { api }).host.writeForms(forms())).rejects.toMatchObject({ code: "excel_api_unsupported", params: { version: "1.8" } });
    expect(wb.ops).toEqual([]);
  });

  it("a failure while building leaves no temporary sheet and the user's sheets untouched", async () => {
    // The mock workbook models no column hiding: the build fails part-way, after the temporary sheet was added.
    const wb = userWorkbook();
    const before = wb.sheet("Данные").snapshot();
    await expect(hostFor(wb).host.writeForms(forms(["Южный МР"]))).rejects.toThrow(/columnHidden/);
    expect(wb.ops.some((op) => op.kind === "delete")).toBe(true); // the temporary sheet was added, then discarded
    expect(wb.sheetNames()).toEqual(["Данные", "Северный МР"]);
    expect(wb.sheet("Данные").snapshot()).toBe(before);
  });
});
