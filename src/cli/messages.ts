/** Messages of the command line. */
import { registerMessages } from "../i18n";

registerMessages({
  cli_written: { ru: "Записано: {path}. {summary}", en: "Written: {path}. {summary}" },
  cli_sample_written: { ru: "Записан синтетический регион: {path} ({schools} школ, {rows} строк результатов).", en: "Synthetic region written: {path} ({schools} schools, {rows} result rows)." },
  cli_dynamics_summary: { ru: "Динамика {from} → {to} для {schools} школ.", en: "Dynamics {from} → {to} for {schools} schools." },
});
