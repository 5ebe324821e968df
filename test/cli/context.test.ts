import { existsSync, readdirSync } from "fs";
import { join } from "path";
import { csvFile, json, readWorkbook, run, sheetText, tempDir, xlsxFile } from "./contextHarness";

const dir = tempDir("shnor-context-");

const PASSPORT_HEADER = "Логин ОО;Наименование ОО;МО;Город/село;Оба родителя с высшим образованием;Безработные родители;Девиантное поведение;Русский язык неродной";

/** TV-8 (domain-notes §11) as a social passport: he (+), un (−), nn (−); the deviant share is constant (it weighs nothing). */
const tv8 = csvFile(dir, "tv8.csv", [
  PASSPORT_HEADER,
  "A;Школа A;МР-1;город;40%;5;0;2",
  "B;Школа B;МР-1;село;20%;10;0;10",
  "C;Школа C;МР-2;город;30 %;15;0;6",
  "D;Школа D;МР-2;село;10%;30;0;30",
]);
const TV8_ISBS = [61.53, 50.94, 53.47, 34.06];

describe("shnor context: ИСБШ, risk zone, municipal comparison (TV-8)", () => {
  test("JSON: ИСБШ 61.53 / 50.94 / 53.47 / 34.06, D alone in the risk zone, the seed-004 labels", async () => {
    const r = await json(["context", tv8]);
    expect(r.schools.map((s: { schoolId: string }) => s.schoolId)).toEqual(["A", "B", "C", "D"]);
    r.schools.forEach((s: { isbs: number }, i: number) => expect(Math.abs(s.isbs - TV8_ISBS[i])).toBeLessThanOrEqual(0.01));
    expect(r.schools.map((s: { riskZone: boolean }) => s.riskZone)).toEqual([false, false, false, true]);
    expect(r.schools.map((s: { comparison: string }) => s.comparison)).toEqual(["выше среднего по МР", "самый низкий в МР", "выше среднего по МР", "самый низкий в МР"]);
    expect(r.schools[0].values).toEqual({ HIGHER_ED_BOTH_PARENTS: 0.4, UNEMPLOYED_PARENTS: 0.05, DEVIANT_OR_REGISTERED: 0, NON_NATIVE_RUSSIAN: 0.02 });
    expect(r.riskZone.groups).toEqual([{ municipality: "", n: 4, nominal: 1, size: 1, cutoff: expect.closeTo(34.06, 2), tiedAtCutoff: 1, extra: 0 }]);
    expect(r.riskZone.municipalities.map((m: { municipality: string; zone: number; zoneShnor: number | null }) => [m.municipality, m.zone, m.zoneShnor])).toEqual([["МР-1", 0, null], ["МР-2", 1, null]]);
    expect(r.settings.index).toMatchObject({ scale: "tScore", missing: "exclude", reference: "complete" });
    expect(r).toMatchObject({ year: null, oip: null, federal: null });
    expect(r.warnings.map((w: { code: string; file: string }) => [w.code, w.file])).toEqual([["ctx_component_constant", tv8]]);
  });

  test("--shnor counts «из них ШНОР»; min–max scale and a municipal zone change the result and are reported", async () => {
    const list = csvFile(dir, "shnor.csv", ["Логин ОО;ШНОР", "A;нет", "D;да", "C;да"]);
    const r = await json(["context", tv8, "--shnor", list, "--scale", "minmax", "--scope", "municipality", "--quantile", "50%"]);
    expect(r.schools.map((s: { shnor: boolean }) => s.shnor)).toEqual([false, false, true, true]);
    // Min–max of C (TV-8: 1.1131, 0.0910, 0.3348, −1.5388): B 1.6298 / 2.6519, C 1.8736 / 2.6519.
    expect(r.schools.map((s: { isbs: number }) => s.isbs)).toEqual([100, expect.closeTo(61.46, 1), expect.closeTo(70.65, 1), 0]);
    // floor(0.5·2) = 1 per municipality: B in МР-1, D in МР-2.
    expect(r.schools.map((s: { riskZone: boolean }) => s.riskZone)).toEqual([false, true, false, true]);
    expect(r.riskZone.total).toMatchObject({ schools: 4, zone: 2, zoneShnor: 1 });
    expect(r.settings.riskZone).toMatchObject({ quantile: 0.5, scope: "municipality" });
  });

  test("xlsx: the ИСБШ and zone sheets; the summary names the zone", async () => {
    const out = join(dir, "tv8.xlsx");
    const r = await run(["context", tv8, "--year", "2024", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("ИСБШ 2024: рассчитан для 4 из 4 школ, в зоне риска 1.");
    const wb = await readWorkbook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["ИСБШ 2024", "Зона риска ИСБШ 2024"]);
    expect(sheetText(wb.worksheets[0])).toContain("самый низкий в МР");
  });

  test("a year column selects the passport year; a missing year is explained", async () => {
    const two = csvFile(dir, "two-years.csv", [
      PASSPORT_HEADER + ";Год",
      "A;Школа A;МР-1;город;40%;5;0;2;2024", "B;Школа B;МР-1;село;20%;10;0;10;2024", "C;Школа C;МР-2;город;30%;15;0;6;2024", "D;Школа D;МР-2;село;10%;30;0;30;2024",
      "A;Школа A;МР-1;город;10%;30;0;30;2023", "D;Школа D;МР-2;село;40%;5;0;2;2023",
    ]);
    const r = await json(["context", two]);
    expect(r.year).toBe(2024);
    r.schools.forEach((s: { isbs: number }, i: number) => expect(Math.abs(s.isbs - TV8_ISBS[i])).toBeLessThanOrEqual(0.01));
    expect((await json(["context", two, "--year", "2023"])).schools.map((s: { schoolId: string }) => s.schoolId)).toEqual(["A", "D"]);
    const missing = await run(["context", two, "--year", "2020"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("в данных нет результатов за 2020 год; есть годы: 2023, 2024");
  });
});

describe("shnor context --federal: the 2016 criteria (TV-9) and ОИП", () => {
  const federal = csvFile(dir, "federal.csv", [
    "Логин ОО;Наименование ОО;МО;Участники олимпиад за 3 года;Контингент год 1;Контингент год 2;Контингент год 3;Труднодоступный населенный пункт;Доля безработных",
    "A;Школа A;МР-1;2;400;400;400;нет;7,5",
    "B;Школа B;МР-1;3;400;400;400;нет;7,4",
    "C;Школа C;МР-2;0;390;400;410;да;",
    "D;Школа D;МР-2;;;;;нет;3",
  ]);
  const means = csvFile(dir, "means.csv", [
    "Логин ОО;Оценочная процедура;Средний балл ОО;Средний балл по региону;Максимальный балл",
    "A;ЕГЭ русский язык;47;68;",
    "B;ЕГЭ русский язык;48;68;",
    "C;ВПР 5 кл. математика;13,8;20;31",
  ]);
  const oip = csvFile(dir, "oip.csv", ["Логин ОО;Год;ОИП", "A;2023;40", "A;2024;36", "B;2023;36,5", "B;2024;35,9", "C;2024;30"]);

  test("TV-9: a gap of 21 is «более 20», 20 is not (also 100·6.2/31); 2 olympiad participants of 400 is 0.5 % «и ниже», 3 is not", async () => {
    const r = await json(["context", tv8, "--federal", federal, "--means", means, "--region-unemployment", "5"]);
    const by = Object.fromEntries(r.federal.schools.map((s: { schoolId: string }) => [s.schoolId, s]));
    expect(by.A.gaps).toEqual([{ procedure: "ЕГЭ русский язык", gap: 21, exceeds: true }]);
    expect(by.B.gaps).toEqual([{ procedure: "ЕГЭ русский язык", gap: 20, exceeds: false }]);
    expect(by.C.gaps).toEqual([{ procedure: "ВПР 5 кл. математика", gap: expect.closeTo(20, 9), exceeds: false }]);
    expect([by.A.largeGap, by.B.largeGap, by.C.largeGap, by.D.largeGap]).toEqual([true, false, false, null]);
    expect([by.A.olympiadShare, by.B.olympiadShare, by.C.olympiadShare]).toEqual([0.005, 0.0075, 0]);
    expect([by.A.lowOlympiad, by.B.lowOlympiad, by.C.lowOlympiad, by.D.lowOlympiad]).toEqual([true, false, true, null]);
    expect([by.A.shnro, by.B.shnro, by.C.shnro, by.D.shnro]).toEqual([true, false, true, null]);
    // ИСБШ comes from the passport: D is the bottom quarter; 7.5 = 1.5 × 5 is «высокая безработица», 7.4 is not.
    expect(by.D.socialIndex).toBeCloseTo(34.06, 2);
    expect([by.A.lowSocialIndex, by.D.lowSocialIndex]).toEqual([false, true]);
    expect([by.A.highUnemployment, by.B.highUnemployment, by.C.highUnemployment]).toEqual([true, false, null]);
    expect([by.A.shnsu, by.B.shnsu, by.C.shnsu, by.D.shnsu]).toEqual([true, false, true, true]);
    expect(r.federal.counts).toEqual({ schools: 4, shnro: 2, shnsu: 3 });
  });

  test("ОИП: below 36 (strict) and declining; growth among schools with both years", async () => {
    const r = await json(["context", tv8, "--year", "2024", "--oip", oip]);
    expect(r.oip.schools.map((s: { schoolId: string; belowTarget: boolean; decline: boolean; belowTargetAndDecline: boolean }) => [s.schoolId, s.belowTarget, s.decline, s.belowTargetAndDecline])).toEqual([
      ["A", false, true, false], ["B", true, true, true], ["C", true, null, null],
    ]);
    expect(r.oip.growth).toEqual({ n: 0, m: 2, share: 0 });
  });

  test("xlsx with every family: ИСБШ, zone, ОИП and federal sheets", async () => {
    const out = join(dir, "all.xlsx");
    const r = await run(["context", tv8, "--year", "2024", "--oip", oip, "--federal", federal, "--means", means, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Критерии ФЦПРО 2016: из 4 школ ШНРО — 2, ШФНСУ — 2.");
    expect((await readWorkbook(out)).worksheets.map((w) => w.name)).toEqual(["ИСБШ 2024", "Зона риска ИСБШ 2024", "ОИП 2024", "Критерии ФЦПРО 2016"]);
  });
});

describe("shnor context: bad input", () => {
  test("every problem of every file with its file and cell, exit 1, nothing written", async () => {
    const bad = csvFile(dir, "bad.csv", [PASSPORT_HEADER, "A;Школа A;МР-1;город;130%;5;0;2", "B;Школа B;МР-1;село;20%;много;0;10"]);
    const badOip = csvFile(dir, "bad-oip.csv", ["Логин ОО;Год;ОИП", "A;2024;сорок"]);
    const out = join(dir, "never.xlsx");
    const r = await run(["context", bad, "--oip", badOip, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("файл bad.csv, bad!E2, столбец «Оба родителя с высшим образованием»: доля 130% вне диапазона: ожидается от 0 до 1 (или от 0 до 100 %)");
    expect(r.stderr).toContain("файл bad.csv, bad!F3, столбец «Безработные родители»");
    expect(r.stderr).toContain("файл bad-oip.csv, 'bad-oip'!C2, столбец «ОИП»");
    expect(r.stderr).toContain("Ошибок во входных данных: 3 (файлы: bad.csv, bad-oip.csv). Ничего не записано");
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes("tmp"))).toEqual([]);
  });

  test("a missing column names what was expected; English with --lang en", async () => {
    const noColumn = await xlsxFile(dir, "no-column.xlsx", { Паспорт: [["Логин ОО", "Оба родителя с высшим образованием"], ["A", 0.4]] });
    const r = await run(["context", noColumn, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("file no-column.xlsx, ");
    expect(r.stderr).toContain("UNEMPLOYED_PARENTS");
    expect(r.stderr).toContain("Nothing was written");
  });

  test("usage errors exit 2", async () => {
    expect((await run(["context", tv8, "--quantile", "1,5"])).code).toBe(2);
    expect((await run(["context", tv8, "--means", tv8])).code).toBe(2);
    expect((await run(["context", tv8, "--extra", "NOPE"])).code).toBe(2);
    expect((await run(["context", tv8, "--scale", "z"])).code).toBe(2);
    expect((await run(["context", tv8, "--table", "oip", "--format", "csv"])).code).toBe(2);
  });
});
