/** Messages of the command line. */
import { registerMessages } from "../i18n";

registerMessages({
  cli_warning: { ru: "Предупреждение", en: "Warning" },
  cli_no_previous_year: {
    ru: "в данных нет {previous} года: для списка по результатам {year} года действует только критерий 1 (две процедуры в одном году), критерий 2 проверить нельзя",
    en: "the data has no {previous}: the list on {year} results rests on rule 1 alone (two assessments in one year); rule 2 cannot be checked",
  },
  cli_written: { ru: "Записано: {path}. {summary}", en: "Written: {path}. {summary}" },
  cli_sample_written: { ru: "Записан синтетический регион: {path} ({schools} школ, {rows} строк результатов).", en: "Synthetic region written: {path} ({schools} schools, {rows} result rows)." },
  cli_dynamics_summary: { ru: "Динамика {from} → {to} для {schools} школ.", en: "Dynamics {from} → {to} for {schools} schools." },
});
