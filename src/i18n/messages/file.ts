import type { Messages } from "../index";

/** Messages of the file host (CLI): reading .csv/.xlsx inputs and writing report files. */
export const fileMessages: Messages = {
  file_not_found: {
    ru: "Файл «{file}» не найден. Проверьте путь и имя файла",
    en: "File \"{file}\" was not found. Check the path and the file name",
  },
  file_unreadable: {
    ru: "Не удалось прочитать файл «{file}»: {reason}",
    en: "Could not read file \"{file}\": {reason}",
  },
  file_empty: {
    ru: "Файл «{file}» пуст: ожидалась таблица с заголовками в первой строке",
    en: "File \"{file}\" is empty: expected a table with headers in the first row",
  },
  file_type_unsupported: {
    ru: "Файл «{file}» имеет неподдерживаемый тип «{ext}»: ожидался .xlsx, .csv, .tsv или .txt",
    en: "File \"{file}\" has an unsupported type \"{ext}\": expected .xlsx, .csv, .tsv or .txt",
  },
  file_xls_unsupported: {
    ru: "Файл «{file}» сохранён в старом формате Excel 97–2003 (.xls), который не поддерживается. Откройте его в Excel и сохраните как «Книга Excel (*.xlsx)» или «CSV UTF-8»",
    en: "File \"{file}\" is in the old Excel 97–2003 format (.xls), which is not supported. Open it in Excel and save it as \"Excel Workbook (*.xlsx)\" or \"CSV UTF-8\"",
  },
  file_encrypted: {
    ru: "Файл «{file}» защищён паролем (зашифрован) и не может быть прочитан. Снимите пароль в Excel (Файл → Сведения → Защита книги) и сохраните файл заново",
    en: "File \"{file}\" is password-protected (encrypted) and cannot be read. Remove the password in Excel (File → Info → Protect Workbook) and save the file again",
  },
  file_xlsx_invalid: {
    ru: "Файл «{file}» повреждён или не является книгой Excel (.xlsx); откройте его в Excel и сохраните заново как .xlsx ({reason})",
    en: "File \"{file}\" is damaged or not an Excel workbook (.xlsx); open it in Excel and save it again as .xlsx ({reason})",
  },
  file_sheet_not_found: {
    ru: "В файле «{file}» нет листа «{sheet}». Есть листы: {available}",
    en: "File \"{file}\" has no sheet \"{sheet}\". Available sheets: {available}",
  },
  file_sheet_empty: {
    ru: "Лист «{sheet}» файла «{file}» пуст: ожидалась таблица с заголовками",
    en: "Sheet \"{sheet}\" of file \"{file}\" is empty: expected a table with headers",
  },
  file_no_selection: {
    ru: "У файла «{file}» нет выделенного диапазона: укажите лист (или таблицу Excel в файле .xlsx)",
    en: "File \"{file}\" has no selection: name a sheet (or an Excel table in an .xlsx file)",
  },
  file_table_not_found: {
    ru: "В файле «{file}» нет таблицы Excel «{table}». Есть таблицы: {available}",
    en: "File \"{file}\" has no Excel table \"{table}\". Available tables: {available}",
  },
  file_output_type: {
    ru: "Отчёт можно записать только в файл .xlsx или .csv, а указан «{file}»",
    en: "A report can be written only to an .xlsx or .csv file, got \"{file}\"",
  },
  file_output_dir_missing: {
    ru: "Папка «{dir}» для файла отчёта не существует: создайте её или укажите другой путь",
    en: "Folder \"{dir}\" for the report file does not exist: create it or choose another path",
  },
  file_output_locked: {
    ru: "Не удалось заменить файл «{file}»: он открыт в другой программе (например, в Excel). Закройте его и повторите",
    en: "Could not replace file \"{file}\": it is open in another program (for example Excel). Close it and try again",
  },
  file_write_failed: {
    ru: "Не удалось записать файл «{file}»: {reason}",
    en: "Could not write file \"{file}\": {reason}",
  },
  file_output_has_charts: {
    ru: "Файл «{file}» содержит диаграммы, сводные таблицы, рисунки или макросы, которые пропали бы при дописывании листов. Укажите для отчёта новый файл",
    en: "File \"{file}\" contains charts, pivot tables, drawings or macros that would be lost when adding sheets. Write the report to a new file",
  },
  file_csv_one_table: {
    ru: "В CSV-файл «{file}» можно записать только одну таблицу, а в отчёте их {count}. Укажите файл .xlsx",
    en: "A CSV file (\"{file}\") holds only one table, but the report has {count}. Use an .xlsx file",
  },
  file_sheet_name_invalid: {
    ru: "Недопустимое имя листа «{sheet}»: не более 31 символа, без символов [ ] : * ? / \\ и без апострофа в начале или в конце",
    en: "Invalid sheet name \"{sheet}\": at most 31 characters, none of [ ] : * ? / \\ and no apostrophe at either end",
  },
  file_chart_note: {
    ru: "Диаграмма: {title} (в файле не строится — её строит надстройка в Excel)",
    en: "Chart: {title} (not drawn in the file — the Excel add-in draws it)",
  },
};

/**
 * Shared with the Excel host (it asks the same question before replacing sheets). Kept apart so it is
 * registered only when no other domain has defined it yet.
 */
export const sheetExistsMessage: Messages = {
  sheet_exists: {
    ru: "Листы уже существуют: {sheets}. Разрешите замену или выберите другие имена",
    en: "Sheets already exist: {sheets}. Allow replacing them or choose other names",
  },
};
