import { existsSync, writeFileSync } from "fs";
import { join } from "path";
import { csvFile, json, readWorkbook, run, tempDir } from "./contextHarness";

const dir = tempDir("shnor-risks-");

/** Four «500+» profiles, wide: one column per factor (В = высокая, С = средняя, Н = низкая). */
const wide = csvFile(dir, "profiles.csv", [
  ["Логин ОО", "Наименование ОО", "МО", "Город/село", ...Array.from({ length: 10 }, (_, i) => `Фактор ${i + 1}`)].join(";"),
  "s1;Школа 1;МР-1;город;высокая;средняя;низкая;высокая;низкая;высокая;низкая;низкая;средняя;высокая",
  "s2;Школа 2;МР-1;село;В;В;С;Н;Н;В;Н;Н;Н;С",
  "s3;Школа 3;МР-2;село;Средняя;Высокая;Низкая;Низкая;Низкая;Высокая;Низкая;Низкая;Низкая;Низкая",
  "s4;Школа 4;МР-2;город;н;н;н;н;н;с;н;н;н;в",
]);
const nextList = join(dir, "next.json");
writeFileSync(nextList, JSON.stringify(["s1", "s3"]));

describe("shnor risks: «500+» profiles", () => {
  test("the top five by the share of «высокая» (ties share a rank), town vs village, left vs stayed", async () => {
    const r = await json(["risks", wide, "--next-list", nextList]);
    expect(r.counts).toEqual({ schools: 4, urban: 2, rural: 2, left: 2, stayed: 2 });
    expect(r.factors.filter((f: { top: boolean }) => f.top).map((f: { no: number; rank: number; counted: number; evaluated: number }) => [f.no, f.rank, f.counted, f.evaluated])).toEqual([
      [6, 1, 3, 4], [1, 2, 2, 4], [2, 2, 2, 4], [10, 2, 2, 4], [4, 5, 1, 4],
    ]);
    const loc = Object.fromEntries(r.byLocality.map((x: { no: number }) => [x.no, x]));
    expect(loc[2]).toEqual({ no: 2, urban: { counted: 0, evaluated: 2, share: 0 }, rural: { counted: 2, evaluated: 2, share: 1 }, difference: 1 });
    expect(loc[6].difference).toBe(0.5);
    const list = Object.fromEntries(r.byListStatus.map((x: { no: number }) => [x.no, x]));
    expect(list[2]).toMatchObject({ left: { counted: 1, evaluated: 2 }, stayed: { counted: 1, evaluated: 2 }, difference: 0 });
    const s1 = r.schools.find((s: { schoolId: string }) => s.schoolId === "s1");
    expect(s1).toMatchObject({ locality: "urban", stayedInList: true, high: 4, medium: 2, low: 4, missing: 0, highFactors: [1, 4, 6, 10] });
    expect(s1.significance).toEqual(["high", "medium", "low", "high", "low", "high", "low", "low", "medium", "high"]);
    expect(r.arp).toBeNull();
  });

  test("--top 3 keeps the factors tied with the third; --counted high-medium counts «средняя» too", async () => {
    const top3 = await json(["risks", wide, "--top", "3"]);
    expect(top3.factors.filter((f: { top: boolean }) => f.top).map((f: { no: number }) => f.no)).toEqual([6, 1, 2, 10]);
    const both = await json(["risks", wide, "--counted", "high-medium"]);
    expect(both.factors.find((f: { no: number }) => f.no === 1)).toMatchObject({ counted: 3, evaluated: 4, share: 0.75 });
    expect(both.settings).toEqual({ topN: 5, counted: "highOrMedium" });
  });

  test("long form with АРП and the «в списке ШНОР следующего года» column: the АРП table of left vs stayed", async () => {
    const long = csvFile(dir, "long.csv", [
      "Логин ОО;Город/село;В списке ШНОР следующего года;Фактор риска;Значимость;АРП",
      "L1;село;нет;1. Низкий уровень оснащения школы;высокая;да",
      "L1;село;нет;Высокая доля обучающихся с рисками учебной неуспешности;средняя;нет",
      "L2;город;да;1;высокая;нет",
      "L2;город;да;Риск № 6;высокая;да",
    ]);
    const r = await json(["risks", long]);
    expect(r.counts).toMatchObject({ schools: 2, left: 1, stayed: 1 });
    const arp = Object.fromEntries(r.arp.map((x: { no: number }) => [x.no, x]));
    expect(arp[1]).toEqual({ no: 1, left: { counted: 1, evaluated: 1, share: 1 }, stayed: { counted: 0, evaluated: 1, share: 0 } });
    expect(arp[6]).toEqual({ no: 6, left: { counted: 0, evaluated: 1, share: 0 }, stayed: { counted: 1, evaluated: 1, share: 1 } });
    expect(r.schools.find((s: { schoolId: string }) => s.schoolId === "L1").significance.slice(0, 6)).toEqual(["high", null, null, null, null, "medium"]);
  });

  test("xlsx: the profiles and factor sheets; the summary names the top factors", async () => {
    const out = join(dir, "risks.xlsx");
    const r = await run(["risks", wide, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Рисковые профили школ: 4 (городских 2, сельских 2); топ рисков высокой значимости: 6 (75 %), 1 (50 %), 2 (50 %), 10 (50 %), 4 (25 %).");
    expect((await readWorkbook(out)).worksheets.map((w) => w.name)).toEqual(["Рисковые профили", "Факторы риска"]);
  });

  test("bad input: unknown significance and factor with their cells, exit 1, nothing written", async () => {
    const bad = csvFile(dir, "bad.csv", ["Логин ОО;Фактор риска;Значимость", "s1;Фактор 11;высокая", "s1;2;очень высокая"]);
    const out = join(dir, "never.xlsx");
    const r = await run(["risks", bad, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("файл bad.csv, bad!B2, столбец «Фактор риска»: неизвестный фактор риска «Фактор 11»: ожидается номер от 1 до 10 или название фактора");
    expect(r.stderr).toContain("файл bad.csv, bad!C3, столбец «Значимость»: неизвестная значимость «очень высокая»: ожидается «высокая», «средняя» или «низкая»");
    expect(existsSync(out)).toBe(false);
    expect((await run(["risks", wide, "--top", "11"])).code).toBe(2);
    expect((await run(["risks", wide, "--table", "arp", "--format", "csv"])).code).toBe(2);
  });
});
