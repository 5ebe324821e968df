import type { Messages } from "../index";

/** Messages about input data and settings. The location (sheet, cell, column) is prefixed by formatProblem. */
export const tableMessages: Messages = {
  count_not_natural: {
    ru: "значение «{field}» должно быть целым неотрицательным числом, а получено {value}",
    en: "\"{field}\" must be a whole non-negative number, got {value}",
  },
  failed_gt_participants: {
    ru: "число неуспевающих ({failed}) больше числа участников ({participants})",
    en: "failed ({failed}) exceeds participants ({participants})",
  },
  table_empty: { ru: "таблица пуста: нет ни заголовков, ни данных", en: "the table is empty: no headers and no data" },
  table_no_rows: { ru: "под строкой заголовков нет ни одной строки данных", en: "there are no data rows under the header row" },
  column_missing: {
    ru: "не найден столбец «{field}». Найдены заголовки: {found}. Переименуйте столбец или укажите соответствие столбцов",
    en: "column \"{field}\" was not found. Headers found: {found}. Rename the column or set the column mapping",
  },
  cell_required: { ru: "ячейка пуста, а здесь нужно значение", en: "the cell is empty but a value is required" },
  cell_not_number: { ru: "ожидалось число, а найден текст «{value}»", en: "a number was expected, found text \"{value}\"" },
  cell_error_value: {
    ru: "в ячейке ошибка Excel {value} вместо значения: исправьте формулу или введите значение",
    en: "the cell holds the Excel error {value} instead of a value: fix the formula or enter the value",
  },
  cell_negative: { ru: "ожидалось неотрицательное число, а найдено {value}", en: "a non-negative number was expected, found {value}" },
  cell_not_whole: { ru: "ожидалось целое число (количество), а найдено {value}", en: "a whole number (a count) was expected, found {value}" },
  cell_bad_year: {
    ru: "ожидался год (например 2024 или 2023/24), а найдено «{value}»",
    en: "a year was expected (e.g. 2024 or 2023/24), found \"{value}\"",
  },
  cell_pct_range: { ru: "доля неуспевающих должна быть от 0 до 100 %, а найдено {value}", en: "the failure percentage must be 0–100 %, found {value}" },
  assessment_unknown: {
    ru: "неизвестная оценочная процедура «{value}»; ожидается, например, VPR5_RUS, «ВПР 5 русский язык», «ОГЭ математика», «ЕГЭ математика профильная»",
    en: "unknown assessment \"{value}\"; expected e.g. VPR5_RUS, \"ВПР 5 русский язык\", \"ОГЭ математика\", \"ЕГЭ математика профильная\"",
  },
  row_duplicate: {
    ru: "повтор: школа {school}, {year} год, {assessment} уже есть в строке {first}",
    en: "duplicate: school {school}, year {year}, {assessment} already in row {first}",
  },
  row_totals_skipped: { ru: "строка итогов «{text}» пропущена", en: "totals row \"{text}\" skipped" },
  setting_invalid: {
    ru: "недопустимое значение настройки «{setting}»: {value}; ожидается {expected}",
    en: "invalid value of setting \"{setting}\": {value}; expected {expected}",
  },
  year_no_data: {
    ru: "в данных нет результатов за {year} год; есть годы: {years}",
    en: "the data has no results for {year}; years present: {years}",
  },
};
