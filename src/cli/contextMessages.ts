/** Messages of the context commands (context, deficits, risks, indicators, expertise) and of their templates. */
import { type Messages, registerMessages } from "../i18n";
import { expertiseTemplateMessages } from "../i18n/messages/contextPane";

export const contextCliMessages: Messages = {
  cli_sample_context_written: {
    ru: "Записаны контекстные данные тех же школ: {dir} ({files} файлов; {schools} школ, из них {project} — школы проекта «500+»).",
    en: "Context inputs of the same schools written: {dir} ({files} files; {schools} schools, {project} of them in the «500+» project).",
  },

  // ---- Reading inputs
  cli_in_file: { ru: "файл {file}, {problem}", en: "file {file}, {problem}" },
  cli_input_errors: { ru: "Ошибок во входных данных: {count} (файлы: {files}). Ничего не записано: исправьте ячейки и запустите команду снова.", en: "{count} problems in the input ({files}). Nothing was written: fix the cells and run the command again." },
  cli_school_list_unrecognised: {
    ru: "список школ {file} не распознан: ожидается JSON команды «shnor identify --format json», JSON-массив логинов или таблица со столбцом «Логин ОО» (и, если нужно, «ШНОР» да/нет)",
    en: "school list {file} not recognised: expected the JSON of `shnor identify --format json`, a JSON array of ids, or a table with a school id column (and optionally a ШНОР yes/no column)",
  },

  // ---- Summaries printed after writing
  cli_context_summary: { ru: "ИСБШ {year}: рассчитан для {scored} из {schools} школ, в зоне риска {zone}{shnor}.", en: "ИСБШ {year}: computed for {scored} of {schools} schools, {zone} in the risk zone{shnor}." },
  cli_context_zone_shnor: { ru: " (из них ШНОР: {n})", en: " ({n} of them ШНОР)" },
  cli_context_oip: { ru: "ОИП {year}: ниже {target} — {below} школ, ниже и со снижением — {both}; прирост у {n} из {m}.", en: "ОИП {year}: {below} schools below {target}, {both} below and declining; growth in {n} of {m}." },
  cli_context_federal: { ru: "Критерии ФЦПРО 2016: из {schools} школ ШНРО — {shnro}, ШФНСУ — {shnsu}.", en: "2016 federal criteria: of {schools} schools, {shnro} ШНРО and {shnsu} ШФНСУ." },
  cli_deficits_summary: { ru: "Ресурсные дефициты{year}: кадровый — {staffing}, инфраструктурный — {infrastructure}, оба — {both} из {schools} школ.", en: "Resource deficits{year}: staffing {staffing}, infrastructure {infrastructure}, both {both} of {schools} schools." },
  cli_deficits_indicator: { ru: "Показатель {no} ({what}) {from}→{to}: положительная динамика у {n} из {m} ({share} %){verdict}", en: "Indicator {no} ({what}) {from}→{to}: positive dynamics in {n} of {m} ({share} %){verdict}" },
  cli_deficits_verdict: { ru: "; целевое значение {year} г. {target} % — {verdict}", en: "; target {year} {target} % — {verdict}" },
  cli_deficits_staffing: { ru: "кадры", en: "staffing" },
  cli_deficits_equipment: { ru: "МТО", en: "equipment" },
  cli_risks_summary: { ru: "Рисковые профили школ: {schools} (городских {urban}, сельских {rural}); топ рисков высокой значимости: {top}.", en: "Risk profiles: {schools} schools ({urban} urban, {rural} rural); top high-significance risks: {top}." },
  cli_indicators_summary: { ru: "{template}, {year}: достигнуто {met}, не достигнуто {notMet}, без целевого значения {noTarget}, нет данных {noData}.", en: "{template}, {year}: {met} met, {notMet} not met, {noTarget} without a target, {noData} without data." },
  cli_indicators_template_written: {
    ru: "Записан шаблон ввода «{template}»: {path} ({count} показателей). Заполните столбцы n и m и запустите «shnor indicators {path} --template {template} --year {year}».",
    en: "Input template \"{template}\" written: {path} ({count} indicators). Fill in the n and m columns and run `shnor indicators {path} --template {template} --year {year}`.",
  },
  cli_expertise_template_written: {
    ru: "Записан шаблон экспертизы: {path} (листов: {sheets}, критериев: {criteria}, максимум баллов: {max}). Его можно заполнить в Excel без надстройки.",
    en: "Expertise template written: {path} ({sheets} sheet(s), {criteria} criteria, at most {max} points). It can be filled in Excel without the add-in.",
  },
  cli_expertise_summary: {
    ru: "Экспертиза {year}: объектов — {objects}, файлов — {files}; механизмы сформированы у {formed} ({share17} %), меры реализованы у {implemented} ({share18} %).",
    en: "Expertise {year}: {objects} objects from {files} files; mechanisms formed in {formed} ({share17} %), measures implemented in {implemented} ({share18} %).",
  },

  // ---- Expertise: reading filled templates (the per-sheet messages are shared with the pane: expertiseTemplateMessages)
  cli_expertise_no_sheet: {
    ru: "в файле нет ни одного листа с таблицей критериев: нужны столбцы «№ критерия», «Максимальный балл» и «Балл» (или по столбцу на муниципалитет)",
    en: "the file has no sheet with a criteria table: it needs the columns \"Criterion No.\", \"Max points\" and \"Points\" (or one column per municipality)",
  },

  // ---- Indicators: the input template
  cli_sheet_inputs: { ru: "Ввод {year}", en: "Inputs {year}" },
  cli_sheet_template: { ru: "Шаблон", en: "Template" },
  cli_title_inputs: { ru: "Исходные данные показателей: n и m на {year} год", en: "Indicator inputs: n and m for {year}" },
  cli_note_inputs_1: { ru: "Впишите для каждого показателя n (числитель) и m (знаменатель); значение X = n / m · 100 % и вывод рассчитает «shnor indicators».", en: "Give n (numerator) and m (denominator) for every indicator; X = n / m · 100 % and the verdict are computed by `shnor indicators`." },
  cli_note_inputs_2: { ru: "Показатели без целевого значения оцениваются по изменению: заполните n и m прошлого года. Пустая строка — «нет данных».", en: "Indicators without a target are judged by their change: fill in last year's n and m. A blank row is \"no data\"." },
  cli_col_target_year: { ru: "Целевое значение {year}", en: "Target {year}" },
  cli_col_expected: { ru: "Ожидается", en: "Expected" },
  cli_col_n: { ru: "n", en: "n" },
  cli_col_m: { ru: "m", en: "m" },
  cli_col_prev_n: { ru: "n прошлого года", en: "previous n" },
  cli_col_prev_m: { ru: "m прошлого года", en: "previous m" },
};

registerMessages(contextCliMessages);
// The texts of the expertise template: the pane writes the same template (src/core/report/expertiseTemplate.ts).
registerMessages(expertiseTemplateMessages);
