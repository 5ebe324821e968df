import type { Messages } from "../index";

/** Messages of the Excel host (task pane): reading sources from the open workbook and writing report sheets. */
export const excelMessages: Messages = {
  excel_sheet_not_found: {
    ru: "В книге нет листа «{sheet}». Есть листы: {available}",
    en: "The workbook has no sheet \"{sheet}\". Available sheets: {available}",
  },
  excel_table_not_found: {
    ru: "В книге нет таблицы Excel «{table}». Есть таблицы: {available}",
    en: "The workbook has no Excel table \"{table}\". Available tables: {available}",
  },
  excel_source_empty: {
    ru: "Источник «{source}» пуст: ожидалась таблица с заголовками в первой строке",
    en: "Source \"{source}\" is empty: expected a table with headers in the first row",
  },
  excel_selection_invalid: {
    ru: "Выделите один прямоугольный диапазон ячеек с таблицей (сейчас выделено несколько областей или не ячейки)",
    en: "Select one rectangular range of cells holding the table (the selection has several areas or is not cells)",
  },
  excel_sheet_name_invalid: {
    ru: "Недопустимое имя листа «{sheet}»: не более 31 символа, без символов [ ] : * ? / \\ и без апострофа в начале или в конце",
    en: "Invalid sheet name \"{sheet}\": at most 31 characters, none of [ ] : * ? / \\ and no apostrophe at either end",
  },
  excel_sheet_name_duplicate: {
    ru: "В отчёте два листа с именем «{sheet}» (Excel не различает регистр букв в именах листов)",
    en: "The report has two sheets named \"{sheet}\" (Excel ignores letter case in sheet names)",
  },
  excel_api_unsupported: {
    ru: "Эта версия Excel не поддерживает нужные надстройке функции (ExcelApi {version}). Используйте Microsoft 365, Excel 2019 или новее, Excel в браузере — или командную строку SHNOR для файлов",
    en: "This version of Excel lacks features the add-in needs (ExcelApi {version}). Use Microsoft 365, Excel 2019 or later, Excel on the web — or the SHNOR command line for files",
  },
  excel_failed: {
    ru: "Excel сообщил об ошибке: {reason}",
    en: "Excel reported an error: {reason}",
  },
  excel_write_failed: {
    ru: "Отчёт не записан: Excel сообщил об ошибке ({reason}). Книга не изменена — повторите действие",
    en: "The report was not written: Excel reported an error ({reason}). The workbook was not changed — try again",
  },
  excel_commit_failed: {
    ru: "Excel сообщил об ошибке при замене листов отчёта ({reason}). Проверьте листы {sheets}: прежние версии могли остаться под именами «~shnor-old-…»",
    en: "Excel reported an error while replacing the report sheets ({reason}). Check sheets {sheets}: their previous versions may remain as \"~shnor-old-…\"",
  },
  excel_settings_save_failed: {
    ru: "Не удалось сохранить настройки в книге: {reason}",
    en: "Could not save the settings in the workbook: {reason}",
  },
};
