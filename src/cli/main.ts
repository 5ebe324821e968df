/**
 * `shnor`: the command line. Exit codes: 0 done; 1 the data has problems (each printed with its cell, nothing
 * written); 2 the command line is wrong.
 */
import { Command, CommanderError } from "commander";
import { isShnorError } from "../core/errors";
import { formatError, type Lang } from "../i18n";
import { contextCommand } from "./commands/context";
import { deficitsCommand } from "./commands/deficits";
import { deviationCommand } from "./commands/deviation";
import { dynamicsCommand } from "./commands/dynamics";
import { expertiseCommand } from "./commands/expertise";
import { identifyCommand } from "./commands/identify";
import { indicatorsCommand } from "./commands/indicators";
import { indicesCommand } from "./commands/indices";
import { risksCommand } from "./commands/risks";
import { sampleCommand } from "./commands/sample";
import { type CliIO, parseLang, processIO, UsageError } from "./context";
import "./messages";

export function buildProgram(io: CliIO): Command {
  const program = new Command("shnor")
    .description("ШНОР Аналитика: indicators of schools with low educational results (ШНОР) and in unfavourable social conditions (ШНСУ)")
    // package.json sits outside src/, so it is read at run time rather than imported.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    .version(require("../../package.json").version)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError();
  identifyCommand(program, io);
  dynamicsCommand(program, io);
  indicesCommand(program, io);
  deviationCommand(program, io);
  contextCommand(program, io);
  deficitsCommand(program, io);
  risksCommand(program, io);
  indicatorsCommand(program, io);
  expertiseCommand(program, io);
  sampleCommand(program, io);
  return program;
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIO = processIO): Promise<number> {
  const langIndex = argv.indexOf("--lang");
  const lang: Lang = parseLang(langIndex >= 0 ? argv[langIndex + 1] : undefined);
  try {
    await buildProgram(io).parseAsync(argv, { from: "user" });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError) {
      io.err(`shnor: ${e.message}\n`);
      return 2;
    }
    io.err(formatError(e, lang) + "\n");
    if (!isShnorError(e) && e instanceof Error && e.stack) io.err(e.stack + "\n");
    return 1;
  }
}

/**
 * Ctrl-C and kill end the process through `exit`, so pending temporary output files are removed; a reader that
 * closes the pipe early (`shnor identify … | head`) ends it quietly, as command-line tools do.
 */
export function exitOnSignals(): void {
  process.once("SIGINT", () => process.exit(130));
  process.once("SIGTERM", () => process.exit(143));
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(0);
  });
}

if (require.main === module) {
  exitOnSignals();
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
