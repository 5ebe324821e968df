/**
 * `shnor sample --out region.xlsx [--students students.csv] [--context dir]`: writes the synthetic sample region (the
 * demo's input) to try the tool on — the aggregate workbook, the student scores it was computed from, and/or the
 * context inputs of the same schools (social passport, resources, risk profiles, programme, expertise).
 */
import type { Command } from "commander";
import { FileHost } from "../../host/file";
import { generateRegion } from "../../sample/generateRegion";
import { contextSample } from "../../sample/contextSample";
import { writeContextFiles } from "../../sample/contextFiles";
import { programmeSample } from "../../sample/programmeSample";
import { sampleWorkbook } from "../../sample/sampleReport";
import { writeStudentsCsv } from "../../sample/studentsFile";
import { type CliIO, parseLang, translator, UsageError } from "../context";

export function sampleCommand(program: Command, io: CliIO): void {
  program
    .command("sample")
    .description("write a synthetic sample region (aggregate results of three years, and the student scores behind them) to try the commands on")
    .option("--out <file.xlsx>", "the aggregate workbook to write")
    .option("--students <file.csv>", "also write the student scores (school_id;year;procedure;grade;student_id;subject;score) as CSV")
    .option("--context <dir>", "also write the context inputs of the same schools into <dir>: social passport, resources, ОИП, 2016 criteria, risk profiles, seed-000 programme inputs and filled expertise templates")
    .option("--seed <n>", "random seed (the same seed gives the same region)", "20241")
    .option("--schools <n>", "number of schools", "420")
    .option("--lang <lang>", "ru | en", "ru")
    .action(async (o: Record<string, string | undefined>) => {
      const seed = Number(o.seed);
      const schools = Number(o.schools);
      if (!Number.isInteger(seed) || !Number.isInteger(schools) || schools < 1) throw new UsageError("--seed and --schools take whole numbers");
      if (!o.out && !o.students && !o.context) throw new UsageError("give --out <file.xlsx>, --students <file.csv>, --context <dir> or several");
      const region = generateRegion({ seed, schools });
      const tr = translator(parseLang(o.lang));
      if (o.out) {
        await new FileHost({ output: o.out, lang: parseLang(o.lang), existing: "overwrite" }).writeReport(sampleWorkbook(region), { replace: true });
        io.err(tr("cli_sample_written", { path: o.out, schools: region.schools.length, rows: region.aggregates.length }) + "\n");
      }
      if (o.students) {
        await writeStudentsCsv(o.students, region);
        io.err(tr("cli_sample_students_written", { path: o.students, rows: region.students.length }) + "\n");
      }
      if (o.context) {
        const ctx = contextSample(region);
        const written = await writeContextFiles(o.context, ctx, programmeSample(ctx));
        io.err(tr("cli_sample_context_written", { dir: o.context, files: written.length, schools: region.schools.length, project: ctx.projectSchools.length }) + "\n");
      }
    });
}
