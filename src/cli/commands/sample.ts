/** `shnor sample --out region.xlsx`: writes the synthetic sample region (the demo's input) to try the tool on. */
import type { Command } from "commander";
import { FileHost } from "../../host/file";
import { generateRegion } from "../../sample/generateRegion";
import { sampleWorkbook } from "../../sample/sampleReport";
import { type CliIO, parseLang, translator, UsageError } from "../context";

export function sampleCommand(program: Command, io: CliIO): void {
  program
    .command("sample")
    .description("write a synthetic sample region (aggregate results of three years) to try the commands on")
    .requiredOption("--out <file.xlsx>", "the workbook to write")
    .option("--seed <n>", "random seed (the same seed gives the same region)", "20241")
    .option("--schools <n>", "number of schools", "420")
    .option("--lang <lang>", "ru | en", "ru")
    .action(async (o: Record<string, string>) => {
      const seed = Number(o.seed);
      const schools = Number(o.schools);
      if (!Number.isInteger(seed) || !Number.isInteger(schools) || schools < 1) throw new UsageError("--seed and --schools take whole numbers");
      const region = generateRegion({ seed, schools });
      await new FileHost({ output: o.out, lang: parseLang(o.lang), existing: "overwrite" }).writeReport(sampleWorkbook(region), { replace: true });
      io.err(translator(parseLang(o.lang))("cli_sample_written", { path: o.out, schools: region.schools.length, rows: region.aggregates.length }) + "\n");
    });
}
