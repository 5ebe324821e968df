import { mkdtempSync, readFileSync, existsSync, writeFileSync, readdirSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";

function capture() {
  const io = { stdout: "", stderr: "", out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

const dir = mkdtempSync(join(tmpdir(), "shnor-cli-"));
const csv = join(dir, "results.csv");
// Semicolon CSV as Russian Excel saves it, with Russian headers and assessment names.
writeFileSync(
  csv,
  [
    'Логин ОО;Наименование ОО;МО;Город/село;Год;Оценочная процедура;Кол-во участников;Количество "2"',
    "s1;Школа 1;Район А;село;2024;ВПР 5 кл. русский язык;20;6",
    "s1;Школа 1;Район А;село;2024;ОГЭ математика;10;5",
    "s1;Школа 1;Район А;село;2023;ОГЭ математика;10;1",
    "s2;Школа 2;Район Б;город;2024;ВПР 6 кл. математика;20;6",
    "s2;Школа 2;Район Б;город;2023;ЕГЭ русский язык;20;6",
    "s3;Школа 3;Район Б;город;2024;ВПР 6 кл. математика;20;1",
    "s3;Школа 3;Район Б;город;2023;ВПР 6 кл. математика;20;2",
  ].join("\r\n"),
);

describe("shnor identify", () => {
  test("JSON keeps the public contract", async () => {
    const io = capture();
    expect(await runCli(["identify", csv, "--year", "2024", "--format", "json"], io)).toBe(0);
    const r = JSON.parse(io.stdout);
    expect(r).toMatchObject({ resultsYear: 2024, listYear: 2025 });
    expect(r.settings).toMatchObject({ lowShareThreshold: 0.3, twoYearRule: "any", clusterMethod: "max" });
    const s1 = r.schools.find((s: { schoolId: string }) => s.schoolId === "s1");
    expect(s1).toMatchObject({ shnor: true, rule1: true, rule2: false, cluster: "moderate", clusterShare: 0.5, low: { 2024: ["VPR5_RUS", "OGE_MATH"], 2023: [] } });
    expect(Array.isArray(s1.flags)).toBe(true);
    expect(r.schools.find((s: { schoolId: string }) => s.schoolId === "s2")).toMatchObject({ shnor: true, rule1: false, rule2: true, cluster: "basic" });
    expect(r.schools.find((s: { schoolId: string }) => s.schoolId === "s3")).toMatchObject({ shnor: false, cluster: null });
  });

  test("settings on the command line change and are reported", async () => {
    const io = capture();
    expect(await runCli(["identify", csv, "--year", "2024", "--two-year-rule", "same"], io)).toBe(0);
    const r = JSON.parse(io.stdout);
    expect(r.settings.twoYearRule).toBe("same");
    expect(r.schools.filter((s: { shnor: boolean }) => s.shnor).map((s: { schoolId: string }) => s.schoolId)).toEqual(["s1"]);
  });

  test("xlsx report with the list, reasons and municipal summary", async () => {
    const out = join(dir, "list.xlsx");
    const io = capture();
    expect(await runCli(["identify", csv, "--year", "2024", "--out", out], io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["ШНОР 2025", "ШНОР 2025 причины", "ШНОР 2025 по МО"]);
    expect(io.stderr).toContain("ШНОР: 2");
  });

  test("CSV output uses the semicolon Russian Excel expects", async () => {
    const io = capture();
    expect(await runCli(["identify", csv, "--year", "2024", "--format", "csv"], io)).toBe(0);
    expect(io.stdout.split("\r\n")[0]).toContain("Муниципалитет;Логин ОО;");
  });

  test("bad input: every problem with its cell, exit 1, nothing written", async () => {
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "school_id,year,assessment,participants,failed\ns1,2024,VPR5_RUS,10,11\ns2,2024,VPR9_RUS,10,1\ns3,2024,OGE_RUS,десять,1\n");
    const out = join(dir, "never.xlsx");
    const io = capture();
    expect(await runCli(["identify", bad, "--year", "2024", "--out", out], io)).toBe(1);
    expect(io.stderr).toContain("bad!E2, столбец «failed»: число неуспевающих (11) больше числа участников (10)");
    expect(io.stderr).toContain("bad!C3, столбец «assessment»: неизвестная оценочная процедура «VPR9_RUS»");
    expect(io.stderr).toContain("bad!D4");
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes("tmp"))).toEqual([]);
  });

  test("a file broken on every row: the first 1,000 problems and one line counting the rest, exit 1", async () => {
    const broken = join(dir, "broken.csv");
    const rows = Array.from({ length: 1500 }, (_, i) => `s${i};Школа;МО;город;2024;ВПР 5 кл. русский язык;10;11`);
    writeFileSync(broken, ["Логин ОО;Наименование ОО;МО;Город/село;Год;Оценочная процедура;Кол-во участников;Количество «2»", ...rows].join("\n"));
    const io = capture();
    expect(await runCli(["identify", broken, "--year", "2024", "--out", join(dir, "broken-out.json")], io)).toBe(1);
    const lines = io.stderr.trim().split("\n");
    expect(lines).toHaveLength(1001);
    expect(lines[0]).toMatch(/^broken!H2, столбец «Количество «2»»: /);
    expect(lines[1000]).toBe("…и ещё 500 замечаний (из них ошибок: 500); исправьте перечисленные выше и запустите снова");
    expect(existsSync(join(dir, "broken-out.json"))).toBe(false);
  });

  test("English messages with --lang en; a year without data is explained", async () => {
    const io = capture();
    expect(await runCli(["identify", csv, "--year", "2019", "--lang", "en"], io)).toBe(1);
    expect(io.stderr).toContain("the data has no results for 2019; years present: 2023, 2024");
  });

  test("usage errors exit 2", async () => {
    expect(await runCli(["identify", csv], capture())).toBe(2);
    expect(await runCli(["identify", csv, "--year", "24"], capture())).toBe(2);
    expect(await runCli(["identify", csv, "--year", "2024", "--format", "pdf"], capture())).toBe(2);
    expect(await runCli(["nonsense"], capture())).toBe(2);
  });

  test("the input file is byte-identical after a run", async () => {
    const before = readFileSync(csv);
    await runCli(["identify", csv, "--year", "2024", "--out", join(dir, "x.xlsx")], capture());
    expect(readFileSync(csv).equals(before)).toBe(true);
  });
});

describe("shnor dynamics", () => {
  test("JSON: every school with all nine assessments, summary and cluster transitions", async () => {
    const io = capture();
    expect(await runCli(["dynamics", csv, "--from", "2023", "--to", "2024"], io)).toBe(0);
    const r = JSON.parse(io.stdout);
    const s3 = r.schools.find((s: { schoolId: string }) => s.schoolId === "s3");
    expect(Object.keys(s3.assessments)).toHaveLength(9);
    expect(s3.assessments).toMatchObject({ VPR6_MATH: "positive", VPR5_RUS: "nodata" });
    expect(r.schools.find((s: { schoolId: string }) => s.schoolId === "s1").assessments.OGE_MATH).toBe("negative");
    expect(r.summary.all.byAssessment.VPR6_MATH.counts.positive).toBe(1);
    expect(r.summary.clusterTransitions.all).toBeDefined();
  });

  test("xlsx report", async () => {
    const out = join(dir, "dyn.xlsx");
    expect(await runCli(["dynamics", csv, "--from", "2023", "--to", "2024", "--out", out], capture())).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Динамика 2023-2024", "Динамика 2023-2024 сводка", "Кластеры 2023-2024"]);
  });

  test("--from must be before --to", async () => {
    expect(await runCli(["dynamics", csv, "--from", "2024", "--to", "2023"], capture())).toBe(2);
  });
});

describe("identify JSON size", () => {
  test("reasons by default (lowShares), every assessment with --details", async () => {
    const plain = capture();
    await runCli(["identify", csv, "--year", "2024"], plain);
    const s1 = JSON.parse(plain.stdout).schools.find((s: { schoolId: string }) => s.schoolId === "s1");
    expect(s1.lowShares).toEqual({ 2024: { VPR5_RUS: 0.3, OGE_MATH: 0.5 }, 2023: {} });
    expect(s1.results).toBeUndefined();
    const detailed = capture();
    await runCli(["identify", csv, "--year", "2024", "--details"], detailed);
    const d1 = JSON.parse(detailed.stdout).schools.find((s: { schoolId: string }) => s.schoolId === "s1");
    expect(d1.results[2023]).toEqual([expect.objectContaining({ assessmentId: "OGE_MATH", participants: 10, failed: 1, low: false })]);
  });
});

test("without the year before, the user is told that rule 2 cannot be checked", async () => {
  const io = capture();
  expect(await runCli(["identify", csv, "--year", "2023"], io)).toBe(0);
  expect(io.stderr).toContain("в данных нет 2022 года");
});
