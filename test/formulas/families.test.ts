/**
 * The worksheet functions of the families added by issue #7 (resource deficits, index dynamics, «500+» risk profiles,
 * ОИП, the 2016 federal criteria, programme verdicts) evaluated through real formulas, with the worked examples of
 * METHODOLOGY §8–11 and domain-notes §11 (TV-9, TV-10), their error cases, and their Russian names.
 */
import type { HyperFormula } from "hyperformula";
import { DEFAULT_DEFICIT_SETTINGS, evaluateDeficit, STAFFING_COMPONENTS } from "../../src/core/indicators/resourceDeficits";
import { SIGNIFICANCE_ACTIONS } from "../../src/core/indicators/riskProfiles";
import names from "../../src/functions/names.ru.json";
import type { Lang } from "../../src/i18n";
import { createEngine, loadMetadata } from "./engine";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata } = require("../../tools/localize-functions.js");

/** Each formula in column A under the data; returns the value of each formula's cell. */
async function evaluate(data: unknown[][], formulas: string[], lang: Lang = "ru"): Promise<unknown[]> {
  const width = Math.max(1, ...data.map((r) => r.length));
  const sheet = [...data.map((r) => [...r, ...Array(width - r.length).fill(null)]), ...formulas.map((f) => [f])];
  const hf: HyperFormula = await createEngine(sheet, lang);
  return formulas.map((_, i) => hf.getCellValue({ sheet: 0, row: data.length + i, col: 0 }));
}

/** A spilled column: `rows` cells from the formula's cell down. */
async function spill(data: unknown[][], formula: string, rows: number): Promise<unknown[]> {
  const width = Math.max(1, ...data.map((r) => r.length));
  const sheet = [...data.map((r) => [...r, ...Array(width - r.length).fill(null)]), [formula]];
  const hf = await createEngine(sheet);
  return Array.from({ length: rows }, (_, i) => hf.getCellValue({ sheet: 0, row: data.length + i, col: 0 }));
}

describe("FED2016GAP and FED2016OLYMPIAD: TV-9 (the 2016 federal criteria)", () => {
  test("ЕГЭ gap: region 68, school 47 → 21 > 20 flagged; school 48 → exactly 20 is not «более 20»", async () => {
    const v = await evaluate([[47, 48, 68]], ["=SHNOR.FED2016GAP(A1,C1)", "=SHNOR.FED2016GAP(B1,C1)", "=SHNOR.FED2016GAP(B1,C1,19.9)", "=SHNOR.FED2016GAP(48.3,68.3)", "=SHNOR.FED2016GAP(48.3,68.4)"]);
    expect(v).toEqual([true, false, true, false, true]);
  });

  test("other scales: the gap in percent of the maximum score", async () => {
    // ОГЭ mathematics, max 31: 7 points = 22.6 % > 20; 6 points = 19.4 %; 6.2 points = exactly 20 % (strict: not flagged).
    const v = await evaluate([], ["=SHNOR.FED2016GAP(10,17,,31)", "=SHNOR.FED2016GAP(11,17,,31)", "=SHNOR.FED2016GAP(10.8,17,,31)", "=SHNOR.FED2016GAP(10,17,20,0)"]);
    expect(v.slice(0, 3)).toEqual([true, false, false]);
    expect(v[3]).toMatchObject({ type: "VALUE", message: "Аргумент «maxScore» должен быть больше 0, а получено 0" });
  });

  test("olympiads: mean enrolment 400, 2 participants in 3 years = 0.50 % ≤ 0.5 % flagged; 3 = 0.75 % not", async () => {
    const v = await evaluate([[400, 400, 400], [390, 410, null]], [
      "=SHNOR.FED2016OLYMPIAD(2,A1:C1)", "=SHNOR.FED2016OLYMPIAD(3,A1:C1)", "=SHNOR.FED2016OLYMPIAD(2,A2:C2)", "=SHNOR.FED2016OLYMPIAD(3,A1:C1,0.0075)",
      "=SHNOR.FED2016OLYMPIAD(2.5,A1:C1)", "=SHNOR.FED2016OLYMPIAD(2,0)", "=SHNOR.FED2016OLYMPIAD(2,A1:C1,\"0,5%\")", "=SHNOR.FED2016OLYMPIAD(2,A1:C1,5)",
    ]);
    expect(v.slice(0, 4)).toEqual([true, false, true, true]);
    expect(v[4]).toMatchObject({ type: "VALUE", message: expect.stringContaining("целым неотрицательным") });
    expect(v[5]).toMatchObject({ type: "NA", message: "Контингент не задан или равен 0: доля участников олимпиад не определена" });
    expect(v[6]).toBe(true);
    expect(v[7]).toMatchObject({ type: "VALUE", message: expect.stringContaining("«threshold»") });
  });

  test("text where a mean is expected is #VALUE! naming the argument; a blank mean is #N/A", async () => {
    const v = await evaluate([["сорок", null]], ["=SHNOR.FED2016GAP(A1,68)", "=SHNOR.FED2016GAP(B1,68)"]);
    expect(v[0]).toMatchObject({ type: "VALUE", message: "Аргумент «schoolMean» должен быть числом, а получен текст «сорок»" });
    expect(v[1]).toMatchObject({ type: "NA" });
  });
});

describe("VERDICT: TV-10 and the programme targets", () => {
  test("7 of 20 = 35 %: the 2025 minimum 20 % and the 2026–2029 minimum 30 % are met, 40 % is not", async () => {
    const v = await evaluate([[7, 20]], ["=SHNOR.VERDICT(A1,B1,0.2)", "=SHNOR.VERDICT(A1,B1,0.3)", "=SHNOR.VERDICT(A1,B1,0.4)", "=SHNOR.VERDICT(A1,B1,\"35%\")"]);
    expect(v).toEqual(["достигнуто", "достигнуто", "не достигнуто", "достигнуто"]);
  });

  test("a minimum is inclusive and exact; «не более» targets; no target; no data", async () => {
    const v = await evaluate([[null]], [
      "=SHNOR.VERDICT(6,20,0.3)", "=SHNOR.VERDICT(1,3,0.3333)", "=SHNOR.VERDICT(1,3,0.3334)", "=SHNOR.VERDICT(7,20,0.3,\"atMost\")", "=SHNOR.VERDICT(3,10,0.3,\"ATMOST\")",
      "=SHNOR.VERDICT(7,20,A1)", "=SHNOR.VERDICT(7,0,0.3)", "=SHNOR.VERDICT(A1,20,0.3)",
    ]);
    expect(v).toEqual(["достигнуто", "достигнуто", "не достигнуто", "не достигнуто", "достигнуто", "нет целевого значения", "нет данных", "нет данных"]);
  });

  test("errors: n > m, fractional counts, a target in percent points, an unknown comparator", async () => {
    const v = await evaluate([], ["=SHNOR.VERDICT(21,20,0.3)", "=SHNOR.VERDICT(2.5,20,0.3)", "=SHNOR.VERDICT(7,20,30)", "=SHNOR.VERDICT(7,20,0.3,\"больше\")"]);
    expect(v[0]).toMatchObject({ type: "VALUE", message: "числитель (21) больше знаменателя (20)" });
    expect(v[1]).toMatchObject({ type: "VALUE", message: "значение «n» должно быть целым неотрицательным числом, а получено 2,5" });
    expect(v[2]).toMatchObject({ type: "VALUE", message: "Аргумент «target» должен быть долей от 0 до 1, а получено 30 (30 % — это 0,3)" });
    expect(v[3]).toMatchObject({ type: "VALUE", message: "Аргумент «comparator»: недопустимое значение «больше»; ожидается atLeast | atMost" });
  });
});

describe("INDEXDYNAMICS: lower- and higher-is-better indices", () => {
  test("ИНР falling is positive, ИМР and the ГИА deviation rising are positive; equal is «без изменений»", async () => {
    const v = await evaluate([[0.25, 0.2, -0.077, -0.05]], [
      "=SHNOR.INDEXDYNAMICS(A1,B1,\"lower\")", "=SHNOR.INDEXDYNAMICS(A1,B1,\"higher\")", "=SHNOR.INDEXDYNAMICS(C1,D1,\"higher\")", "=SHNOR.INDEXDYNAMICS(D1,C1,\"Higher\")",
      "=SHNOR.INDEXDYNAMICS(0.1+0.2,0.3,\"lower\")", "=SHNOR.INDEXDYNAMICS(45,45,\"higher\")",
    ]);
    expect(v).toEqual(["положительная", "отрицательная", "положительная", "отрицательная", "без изменений", "без изменений"]);
  });

  test("a missing year is «нет данных»; the direction is required and checked", async () => {
    const v = await evaluate([[null, "н/д", "мало"]], [
      "=SHNOR.INDEXDYNAMICS(A1,0.2,\"lower\")", "=SHNOR.INDEXDYNAMICS(0.2,B1,\"lower\")", "=SHNOR.INDEXDYNAMICS(0.25,0.2,A1)", "=SHNOR.INDEXDYNAMICS(0.25,0.2,\"down\")",
      "=SHNOR.INDEXDYNAMICS(C1,0.2,\"lower\")",
    ]);
    expect(v.slice(0, 2)).toEqual(["нет данных", "нет данных"]);
    expect(v[2]).toMatchObject({ type: "VALUE", message: "Аргумент «direction» не задан; ожидается lower | higher" });
    expect(v[3]).toMatchObject({ type: "VALUE", message: "Аргумент «direction»: недопустимое значение «down»; ожидается lower | higher" });
    expect(v[4]).toMatchObject({ type: "VALUE", message: "Аргумент «prev» должен быть числом, а получен текст «мало»" });
  });
});

describe("OIPFLAG: target 36 and decline (Yaroslavl, seed 004)", () => {
  // The schools of test/core/oip.test.ts: a 35.9 → 35.5, b 30 → 36, c 40.1 → 40.1, d – → 20.
  const data = [[35.9, "35,5"], [30, 36], [40.1, 40.1], [null, 20]];

  test("the track-2 criterion (below 36 and declining) and each flag alone", async () => {
    const flags = ["both", "below", "decline", "growth"];
    const v = await evaluate(data, [0, 1, 2].flatMap((r) => flags.map((f) => `=SHNOR.OIPFLAG(A${r + 1},B${r + 1},,"${f}")`)));
    expect(v).toEqual([
      true, true, true, false,
      false, false, false, true,
      false, false, false, false,
    ]);
  });

  test("the target is a parameter; a missing year is #N/A saying which", async () => {
    const v = await evaluate(data, ["=SHNOR.OIPFLAG(A1,B1,35.5,\"below\")", "=SHNOR.OIPFLAG(A4,B4,,\"below\")", "=SHNOR.OIPFLAG(A4,B4)", "=SHNOR.OIPFLAG(A1,A4)", "=SHNOR.OIPFLAG(A1,B1,,\"rise\")"]);
    expect(v.slice(0, 2)).toEqual([false, true]);
    expect(v[2]).toMatchObject({ type: "NA", message: "Нет значения ОИП предыдущего года: снижение и прирост не определены" });
    expect(v[3]).toMatchObject({ type: "NA", message: "Нет значения ОИП текущего года" });
    expect(v[4]).toMatchObject({ type: "VALUE", message: expect.stringContaining("both | below | decline | growth") });
  });
});

describe("RISKACTION and HIGHRISKS: «500+» risk profiles", () => {
  test("the seed's action for each significance, in the spellings schools use", async () => {
    const v = await evaluate([["высокая", "Средняя", "низк.", "HIGH", "очень", null]], [
      "=SHNOR.RISKACTION(A1)", "=SHNOR.RISKACTION(B1)", "=SHNOR.RISKACTION(C1)", "=SHNOR.RISKACTION(D1)", "=SHNOR.RISKACTION(E1)", "=SHNOR.RISKACTION(F1)",
    ]);
    expect(v.slice(0, 4)).toEqual([SIGNIFICANCE_ACTIONS.high, "требуется дополнительная оценка ситуации куратором", SIGNIFICANCE_ACTIONS.low, "требуется принятие мер"]);
    expect(v[4]).toMatchObject({ type: "VALUE", message: expect.stringContaining("«очень»") });
    expect(v[5]).toMatchObject({ type: "NA" });
  });

  test("high risks per school (rows = schools, columns = the ten factors), spilled; «высокая» and «средняя» on request", async () => {
    const profiles = [
      ["высокая", "средняя", "низкая", "высокая", "низкая", "низкая", "средняя", "низкая", "высокая", "низкая"],
      ["низкая", "низкая", "низкая", "низкая", "низкая", "низкая", "низкая", "низкая", "низкая", "низкая"],
      [null, null, null, null, null, null, null, null, null, null],
      ["В", "Высокий", null, "средняя", null, null, null, null, null, null],
    ];
    expect(await spill(profiles, "=SHNOR.HIGHRISKS(A1:J4)", 4)).toEqual([3, 0, "", 2]);
    expect(await spill(profiles, "=SHNOR.HIGHRISKS(A1:J4,\"highOrMedium\")", 4)).toEqual([5, 0, "", 3]);
  });

  test("an unknown significance names its cell; nothing given at all is #N/A", async () => {
    const v = await evaluate([["высокая", "важно"], [null, null]], ["=SHNOR.HIGHRISKS(A1:B1)", "=SHNOR.HIGHRISKS(A2:B2)"]);
    expect(v[0]).toMatchObject({ type: "VALUE", message: "Диапазон «significances», строка 1, столбец 2: ожидалась значимость «высокая», «средняя» или «низкая», а получено «важно»" });
    expect(v[1]).toMatchObject({ type: "NA" });
  });
});

describe("DEFICIT: кадровый and инфраструктурный deficits, and an index against a threshold", () => {
  test("the staffing rule: filled positions below 100 % or more than 30 % of teachers of pension age", async () => {
    const rows = [[0.95, 0.2], [1, 0.35], [1, 0.3], [null, 0.2], [null, 0.4], [1, "-"]];
    const flags = await spill(rows, "=SHNOR.DEFICIT(A1:B6,\"staffing\")", 6);
    expect(flags).toEqual([true, true, false, "", true, ""]);
    // the same verdicts as the core's rule over the default staffing components
    const value = (x: number | string | null) => (typeof x === "number" ? x : null);
    const core = rows.map(([filled, pension]) => evaluateDeficit(
      { STAFF_FILLED_RATE: value(filled), STAFF_PENSION_AGE: value(pension) }, null, DEFAULT_DEFICIT_SETTINGS.staffing, STAFFING_COMPONENTS,
    ).deficit);
    expect(flags).toEqual(core.map((x) => x ?? ""));
    expect(await spill(rows, "=SHNOR.DEFICIT(A1:B6,\"кадровый\")", 6)).toEqual(flags);
  });

  test("the infrastructure rule: no broadband, capital repair or a second shift (1/0 flags)", async () => {
    expect(await spill([[1, 0, 0], [0, 0, 0], [1, 1, 0], [1, 0, 1]], "=SHNOR.DEFICIT(A1:C4,\"infrastructure\")", 4)).toEqual([false, true, true, true]);
  });

  test("an index or any values against user limits and directions, exactly", async () => {
    const v = await evaluate([[45.2, 44.9, 0.35, 0.3]], [
      "=SHNOR.DEFICIT(A1,45)", "=SHNOR.DEFICIT(B1,45)", "=SHNOR.DEFICIT(C1,0.3,-1)", "=SHNOR.DEFICIT(D1,0.3,-1)", "=SHNOR.DEFICIT(0.1+0.2,0.3)",
    ]);
    expect(v).toEqual([false, true, true, false, false]);
    expect(await spill([[0.9, 0.2, 10], [1, 0.1, 12], [1, 0.2, 9]], "=SHNOR.DEFICIT(A1:C3,{1,0.15,10},{1,-1,1})", 3)).toEqual([true, false, true]);
  });

  test("errors: the rule's columns, counts of limits, directions, words, nothing decidable", async () => {
    const v = await evaluate([[0.95, 0.2, 1], [null, null, null]], [
      "=SHNOR.DEFICIT(A1:C1,\"staffing\")", "=SHNOR.DEFICIT(A1:C1,{1,2})", "=SHNOR.DEFICIT(A1:B1,1,{2,1})", "=SHNOR.DEFICIT(A1:B1,\"кадры\")", "=SHNOR.DEFICIT(A2:C2,1)",
      "=SHNOR.DEFICIT(A1:B1,\"staffing\",1)",
    ]);
    expect(v[0]).toMatchObject({ type: "VALUE", message: expect.stringMatching(/^Правило «staffing» проверяет показателей: 2, а в диапазоне «values» столбцов 3/) });
    expect(v[1]).toMatchObject({ type: "VALUE", message: "Аргумент «limits»: задано значений 2, а нужно одно для всех столбцов или по одному на каждый из 3" });
    expect(v[2]).toMatchObject({ type: "VALUE", message: expect.stringContaining("направление показателя 1 равно 2") });
    expect(v[3]).toMatchObject({ type: "VALUE", message: expect.stringContaining("«кадры» — не число") });
    expect(v[4]).toMatchObject({ type: "NA", message: "Ни один порог не нарушен, но значений не хватает: дефицит не определён" });
    expect(v[5]).toMatchObject({ type: "VALUE", message: expect.stringContaining("оставьте аргумент «directions» пустым") });
  });
});

describe("the Russian face of the new functions", () => {
  const ids = ["DEFICIT", "INDEXDYNAMICS", "RISKACTION", "HIGHRISKS", "OIPFLAG", "FED2016GAP", "FED2016OLYMPIAD", "VERDICT"];

  test("each has its Russian name", () => {
    const ru = names as Record<string, { name: string }>;
    expect(Object.fromEntries(ids.map((id) => [id, ru[id]?.name]))).toEqual({
      DEFICIT: "РЕСУРСНЫЙДЕФИЦИТ", INDEXDYNAMICS: "ДИНАМИКАИНДЕКСА", RISKACTION: "ДЕЙСТВИЕПОРИСКУ", HIGHRISKS: "ВЫСОКИЕРИСКИ",
      OIPFLAG: "ФЛАГОИП", FED2016GAP: "РАЗРЫВБАЛЛОВ2016", FED2016OLYMPIAD: "ОЛИМПИАДЫ2016", VERDICT: "ДОСТИЖЕНИЕЦЕЛИ",
    });
  });

  test("formulas written with the Russian names of functions-ru.json compute the same", async () => {
    // HyperFormula parses only Latin function names, so each Russian name is resolved through the localized metadata
    // the build serves to Russian Excel (tools/localize-functions.js), which must also keep every parameter.
    const meta = await loadMetadata();
    const { metadata, problems } = localizeMetadata({ functions: meta }, names);
    expect(problems).toEqual([]);
    const byRussianName = new Map<string, { id: string; parameters: unknown[] }>(metadata.functions.map((f: { id: string; name: string; parameters: unknown[] }) => [f.name, f]));
    for (const id of ids) {
      const ru = (names as Record<string, { name: string }>)[id].name;
      expect(byRussianName.get(ru)?.id).toBe(id);
      expect(byRussianName.get(ru)?.parameters.length).toBe(meta.find((f) => f.id === id)?.parameters.length);
    }
    const russian = [
      "=SHNOR.ДИНАМИКАИНДЕКСА(A1,B1,\"lower\")", "=SHNOR.РАЗРЫВБАЛЛОВ2016(47,68)", "=SHNOR.ОЛИМПИАДЫ2016(2,C1)", "=SHNOR.ДОСТИЖЕНИЕЦЕЛИ(7,20,0.3)",
      "=SHNOR.ФЛАГОИП(35.9,35.5)", "=SHNOR.ДЕЙСТВИЕПОРИСКУ(\"высокая\")", "=SHNOR.ВЫСОКИЕРИСКИ(\"высокая\")", "=SHNOR.РЕСУРСНЫЙДЕФИЦИТ(A1,0.3)",
    ];
    const v = await evaluate([[0.25, 0.2, 400]], russian.map((f) => f.replace(/SHNOR\.([^(]+)\(/, (_, name: string) => `SHNOR.${byRussianName.get(name)?.id ?? name}(`)));
    expect(v).toEqual(["положительная", true, true, "достигнуто", true, "требуется принятие мер", 1, true]);
  });

  test("messages follow the interface language, results do not", async () => {
    const v = await evaluate([], ["=SHNOR.INDEXDYNAMICS(0.3,0.2,\"lower\")", "=SHNOR.VERDICT(7,20,30)", "=SHNOR.OIPFLAG(,20)"], "en");
    expect(v[0]).toBe("положительная");
    expect(v[1]).toMatchObject({ type: "VALUE", message: "Argument \"target\" must be a share from 0 to 1, got 30 (30 % is 0.3)" });
    expect(v[2]).toMatchObject({ type: "NA", message: "No ОИП value of the previous year: decline and growth are undefined" });
  });
});
