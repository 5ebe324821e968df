import type { Messages } from "../index";

/**
 * Texts of the task pane's workflow pages (identify ШНОР, dynamics) and their shared steps. Registered by
 * src/taskpane/i18n.ts. Counts are written as «Ошибки: 3», never «3 ошибки», so no plural forms are needed.
 * Non-breaking spaces (\u00a0) keep "30 %" together.
 */
export const workflowMessages: Messages = {
  // Home entries
  pane_identify_title: { ru: "Список ШНОР и зона риска", en: "ШНОР list and zone of risk" },
  pane_identify_summary: {
    ru: "Находит ШНОР по результатам года, их кластеры ФИОКО и зону риска; пишет список на новые листы.",
    en: "Finds ШНОР by a year's results, their FIOKO clusters and the zone of risk; writes the list to new sheets.",
  },
  pane_dynamics_title: { ru: "Динамика за два года", en: "Dynamics over two years" },
  pane_dynamics_summary: {
    ru: "Сравнивает два года: динамика по каждой процедуре и переходы ШНОР между кластерами.",
    en: "Compares two years: dynamics per assessment and moves of ШНОР between clusters.",
  },
  wf_identify_intro: {
    ru: "Список ШНОР по методике приказа №\u00a0847: выберите данные, проверьте их, задайте настройки — надстройка запишет результат на новые листы.",
    en: "The ШНОР list under order No.\u00a0847: choose the data, check them, set the options, and the add-in writes the result to new sheets.",
  },
  wf_dynamics_intro: {
    ru: "Динамика результатов школ между двумя годами и переходы ШНОР между кластерами ФИОКО; результат — на новых листах.",
    en: "How schools' results changed between two years and how ШНОР moved between FIOKO clusters; the result goes to new sheets.",
  },
  wf_no_host: {
    ru: "Расчёт работает с открытой книгой Excel. Откройте надстройку в Excel, чтобы выбрать данные.",
    en: "The calculation works on an open Excel workbook. Open the add-in in Excel to choose the data.",
  },

  // Steps
  wf_steps_label: { ru: "Шаги расчёта", en: "Steps" },
  wf_step_heading: { ru: "Шаг {n} из {total}. {title}", en: "Step {n} of {total}. {title}" },
  wf_step_source: { ru: "Источник данных", en: "Data source" },
  wf_step_source_short: { ru: "Данные", en: "Data" },
  wf_step_mapping: { ru: "Столбцы", en: "Columns" },
  wf_step_mapping_short: { ru: "Столбцы", en: "Columns" },
  wf_step_check: { ru: "Проверка данных", en: "Data check" },
  wf_step_check_short: { ru: "Проверка", en: "Check" },
  wf_step_settings: { ru: "Настройки", en: "Settings" },
  wf_step_settings_short: { ru: "Настройки", en: "Settings" },
  wf_step_run: { ru: "Расчёт и запись", en: "Compute and write" },
  wf_step_run_short: { ru: "Расчёт", en: "Run" },
  wf_step_done: { ru: "Готово", en: "Done" },
  wf_step_done_short: { ru: "Готово", en: "Done" },
  wf_back: { ru: "Назад", en: "Back" },
  wf_or: { ru: " или ", en: " or " },

  // Source
  wf_source_intro: {
    ru: "Таблица результатов: одна строка на школу, год и оценочную процедуру, с заголовками столбцов.",
    en: "A results table: one row per school, year and assessment, with column headers.",
  },
  wf_source_label: { ru: "Где данные", en: "Where the data are" },
  wf_source_loading: { ru: "Читаю список листов и таблиц…", en: "Reading the sheets and tables…" },
  wf_source_selection: { ru: "Выделенный диапазон ({address})", en: "Selected range ({address})" },
  wf_source_selection_none: { ru: "Выделенный диапазон (ничего не выделено)", en: "Selected range (nothing selected)" },
  wf_source_table: { ru: "Таблица Excel", en: "Excel table" },
  wf_source_table_none: { ru: "Таблица Excel (в книге нет таблиц)", en: "Excel table (the workbook has none)" },
  wf_source_table_list: { ru: "Таблица", en: "Table" },
  wf_source_sheet: { ru: "Весь лист", en: "Whole sheet" },
  wf_source_sheet_list: { ru: "Лист", en: "Sheet" },
  wf_source_refresh: { ru: "Обновить список", en: "Refresh the list" },
  wf_source_read: { ru: "Прочитать данные", en: "Read the data" },

  // Mapping
  wf_map_intro: {
    ru: "Столбцы узнаны по заголовкам. Проверьте соответствие и исправьте, если нужно.",
    en: "The columns were recognised by their headers. Check the mapping and fix it if needed.",
  },
  wf_map_header_row: { ru: "Строка заголовков", en: "Header row" },
  wf_map_header_row_hint: { ru: "Номер строки на листе", en: "Row number on the sheet" },
  wf_map_list_label: { ru: "Соответствие столбцов", en: "Column mapping" },
  wf_map_none: { ru: "— не выбран —", en: "— none —" },
  wf_map_no_header: { ru: "{letter}: (без заголовка)", en: "{letter}: (no header)" },
  wf_map_sample: { ru: "например: {value}", en: "e.g. {value}" },
  wf_map_one_of: { ru: "нужен один из двух", en: "one of the two is needed" },
  wf_map_duplicate: { ru: "Этот столбец уже выбран для другого поля", en: "This column is already used by another field" },
  wf_map_missing: { ru: "Выберите столбцы для полей: {fields}.", en: "Choose the columns of: {fields}." },
  wf_map_required_note: {
    ru: "* — обязательное поле. Для неуспевающих достаточно количества или доли.",
    en: "* — required. For failures, either the count or the percentage is enough.",
  },
  wf_map_required_only: { ru: "* — обязательное поле.", en: "* — required." },
  wf_map_check: { ru: "Проверить данные", en: "Check the data" },
  wf_field_school_id: { ru: "Логин ОО (код школы)", en: "School ID" },
  wf_field_school_name: { ru: "Наименование ОО", en: "School name" },
  wf_field_municipality: { ru: "Муниципалитет", en: "Municipality" },
  wf_field_locality: { ru: "Город/село", en: "Urban/rural" },
  wf_field_year: { ru: "Год", en: "Year" },
  wf_field_assessment: { ru: "Оценочная процедура", en: "Assessment" },
  wf_field_participants: { ru: "Количество участников", en: "Participants" },
  wf_field_failed: { ru: "Количество «2»", en: "Failed (count)" },
  wf_field_failed_pct: { ru: "Доля «2», %", en: "Failed, %" },
  wf_field_group: { ru: "Группа (проект, когорта)", en: "Group (project, cohort)" },
  wf_field_mean_score: { ru: "Средний балл", en: "Mean score" },
  wf_headers_changed: {
    ru: "Заголовки столбцов изменились с прошлого чтения: проверьте соответствие столбцов ещё раз.",
    en: "The column headers changed since the last read: check the column mapping again.",
  },

  // Check
  wf_check_facts: { ru: "Принято строк: {rows}, школ: {schools}, годы: {years}.", en: "Rows accepted: {rows}, schools: {schools}, years: {years}." },
  wf_check_facts_no_years: { ru: "Принято строк: {rows}, школ: {schools}.", en: "Rows accepted: {rows}, schools: {schools}." },
  wf_check_clean: { ru: "Ошибок не найдено. Можно переходить к настройкам.", en: "No problems found. You can go on to the settings." },
  wf_check_only_warnings: {
    ru: "Ошибок нет, предупреждений: {warnings}. Расчёт возможен; посмотрите, не нужно ли что-то исправить.",
    en: "No errors, warnings: {warnings}. The calculation can run; see whether anything needs fixing.",
  },
  wf_check_has_errors: {
    ru: "Ошибок: {errors}. Исправьте их в книге (ссылка выделяет ячейку) и нажмите «Проверить снова». Пока есть ошибки, расчёт не выполняется.",
    en: "Errors: {errors}. Fix them in the workbook (a link selects the cell) and press “Check again”. Nothing is computed while errors remain.",
  },
  wf_check_errors: { ru: "Ошибки", en: "Errors" },
  wf_check_warnings: { ru: "Предупреждения", en: "Warnings" },
  wf_check_column: { ru: "столбец «{column}»", en: "column “{column}”" },
  wf_check_go_to: { ru: "Перейти к ячейке {address}", en: "Go to cell {address}" },
  wf_check_more: { ru: "Показать ещё {count} (осталось {left})", en: "Show {count} more ({left} left)" },
  wf_check_again: { ru: "Проверить снова", en: "Check again" },
  wf_check_next: { ru: "Далее: настройки", en: "Next: settings" },

  // Settings
  wf_settings_intro: {
    ru: "Настройки сохраняются в книге: все, кто её откроет, получат те же результаты.",
    en: "The settings are kept in the workbook: everyone who opens it gets the same results.",
  },
  wf_set_results_year: { ru: "Год результатов", en: "Results year" },
  wf_set_results_year_hint: {
    ru: "Список ШНОР {list} строится по результатам {year} и {previous} годов.",
    en: "The ШНОР list of {list} is built on the results of {year} and {previous}.",
  },
  wf_set_no_previous: {
    ru: "В данных нет {year} года: критерий 2 (низкие результаты два года подряд) не сработает ни для одной школы.",
    en: "The data have no {year}: rule 2 (low results two years running) cannot apply to any school.",
  },
  wf_set_from_year: { ru: "Начальный год", en: "From year" },
  wf_set_to_year: { ru: "Конечный год", en: "To year" },
  wf_set_years_order: { ru: "Второй год должен быть позже первого.", en: "The second year must be later than the first." },
  wf_set_year_absent: { ru: "В данных нет {year} года.", en: "The data have no {year}." },
  wf_set_threshold: { ru: "Порог низкого результата", en: "Low-result threshold" },
  wf_set_threshold_hint: {
    ru: "Доля участников, не преодолевших порог; по методике 30\u00a0%.",
    en: "Share of participants who failed; 30\u00a0% in the methodology.",
  },
  wf_set_threshold_number: { ru: "Введите число процентов, например 30.", en: "Enter a percentage, e.g. 30." },
  wf_set_threshold_range: {
    ru: "Порог — от 0 до {max}\u00a0%: с {max}\u00a0% начинается кластер «умеренно неуспевающие».",
    en: "The threshold is above 0 and at most {max}\u00a0%: the “moderately failing” cluster starts at {max}\u00a0%.",
  },
  wf_set_rule: { ru: "Критерий 2: низкие результаты два года подряд", en: "Rule 2: low results two years running" },
  wf_set_rule_any: { ru: "В любых процедурах (по методике)", en: "In any assessments (methodology)" },
  wf_set_rule_same: { ru: "В одной и той же процедуре", en: "In the same assessment" },
  wf_set_cluster: { ru: "Кластер ФИОКО определяется", en: "FIOKO cluster is set by" },
  wf_set_cluster_max: { ru: "по наибольшей доле неуспевающих (ФИОКО)", en: "the highest failure share (FIOKO)" },
  wf_set_cluster_pooled: { ru: "по общей доле по всем процедурам", en: "the pooled share over all assessments" },
  wf_set_cluster_mean: { ru: "по средней доле процедур", en: "the mean share of the assessments" },
  wf_set_more: { ru: "Дополнительно", en: "More settings" },
  wf_set_min_participants: { ru: "Наименьшее число участников", en: "Fewest participants" },
  wf_set_min_participants_hint: {
    ru: "Процедура с меньшим числом участников не оценивается.",
    en: "An assessment with fewer participants is not evaluated.",
  },
  wf_set_min_participants_invalid: { ru: "Число участников — целое, 0 или больше.", en: "Participants: a whole number, 0 or more." },
  wf_set_ege: { ru: "ЕГЭ по математике", en: "ЕГЭ mathematics" },
  wf_set_ege_separate: { ru: "Базовая и профильная отдельно", en: "Base and profile separately" },
  wf_set_ege_combined: { ru: "Базовая и профильная вместе", en: "Base and profile together" },
  wf_set_risk_excludes: { ru: "Не включать ШНОР в зону риска", en: "Keep ШНОР out of the zone of risk" },
  wf_set_reset: { ru: "Вернуть настройки методики", en: "Reset to the methodology" },
  wf_set_invalid: { ru: "Настройки методики несовместимы: верните значения по умолчанию.", en: "The methodology settings conflict: reset them." },
  wf_run: { ru: "Рассчитать и записать", en: "Compute and write" },

  // Run
  wf_run_intro: {
    ru: "Листы записываются только после успешного расчёта; существующие листы заменяются лишь с вашего согласия.",
    en: "Sheets are written only after the calculation succeeds; existing sheets are replaced only with your consent.",
  },
  wf_progress_read: { ru: "Чтение данных…", en: "Reading the data…" },
  wf_progress_check: { ru: "Проверка данных…", en: "Checking the data…" },
  wf_progress_compute: { ru: "Расчёт…", en: "Computing…" },
  wf_progress_write: { ru: "Запись листов…", en: "Writing the sheets…" },
  // Hosts count in their own units (the Excel host rows, the file host sheets): the labels name none.
  wf_progress_counts_read: { ru: "Прочитано: {done} из {total}", en: "Read: {done} of {total}" },
  wf_progress_counts_check: { ru: "Строк: {total}", en: "Rows: {total}" },
  wf_progress_counts_compute: { ru: "Строк обработано: {done} из {total}", en: "Rows processed: {done} of {total}" },
  wf_progress_counts_write: { ru: "Записано: {done} из {total}", en: "Written: {done} of {total}" },
  wf_cancel: { ru: "Отменить", en: "Cancel" },
  wf_cancelled: { ru: "Отменено. В книге ничего не изменено.", en: "Cancelled. Nothing in the workbook was changed." },
  wf_cancelled_write: {
    ru: "Запись прервана. Часть листов могла быть уже записана — проверьте книгу.",
    en: "Writing was interrupted. Some sheets may already be written — check the workbook.",
  },
  wf_replace_title: { ru: "Заменить листы?", en: "Replace the sheets?" },
  wf_replace_text: { ru: "В книге уже есть листы с такими именами ({count}):", en: "The workbook already has sheets of these names ({count}):" },
  wf_replace_note: {
    ru: "Они будут удалены и записаны заново. Остальные листы не изменятся.",
    en: "They will be deleted and written anew. Other sheets stay as they are.",
  },
  wf_replace_yes: { ru: "Заменить", en: "Replace" },
  wf_replace_no: { ru: "Отмена", en: "Cancel" },
  wf_source_would_be_replaced: {
    ru: "Отчёт заменил бы лист «{sheet}», из которого взяты данные. Переименуйте этот лист и запустите расчёт снова: исходные данные не перезаписываются.",
    en: "The report would replace sheet \"{sheet}\", which holds the source data. Rename that sheet and run again: source data is never overwritten.",
  },
  wf_replace_declined: {
    ru: "Листы не заменены, в книге ничего не изменено. Переименуйте старые листы, чтобы сохранить их, и запустите расчёт снова.",
    en: "The sheets were not replaced; nothing was changed. Rename the old sheets to keep them and run again.",
  },
  wf_settings_not_saved: {
    ru: "Отчёт записан, но настройки не удалось сохранить в книге: {reason}",
    en: "The report is written, but the settings could not be kept in the workbook: {reason}",
  },

  // Done
  wf_done_sheets: { ru: "Записаны листы ({count}):", en: "Sheets written ({count}):" },
  wf_done_open_sheet: { ru: "Открыть лист «{sheet}»", en: "Open sheet “{sheet}”" },
  wf_done_restart: { ru: "Новый расчёт", en: "New calculation" },
  wf_done_settings: { ru: "Изменить настройки", en: "Change the settings" },
  wf_sum_schools: { ru: "Школ", en: "Schools" },
  wf_sum_shnor: { ru: "ШНОР", en: "ШНОР" },
  wf_sum_risk: { ru: "Зона риска", en: "Zone of risk" },
  wf_sum_identify_title: { ru: "Список ШНОР {year}", en: "ШНОР list {year}" },
  wf_sum_identify_description: { ru: "По результатам {year} года", en: "On the results of {year}" },
  wf_sum_clusters: { ru: "ШНОР по кластерам ФИОКО", en: "ШНОР by FIOKO cluster" },
  wf_sum_no_shnor: { ru: "ШНОР не найдено.", en: "No ШНОР found." },
  wf_sum_no_data_latest: {
    ru: "Школ без данных за {year} год: {count} — они не оценивались.",
    en: "Schools without data for {year}: {count} — not evaluated.",
  },
  wf_cluster_basic: { ru: "Базово неуспевающие", en: "Basically failing" },
  wf_cluster_moderate: { ru: "Умеренно неуспевающие", en: "Moderately failing" },
  wf_cluster_strong: { ru: "Сильно неуспевающие", en: "Strongly failing" },
  wf_sum_dynamics_title: { ru: "Динамика {from} → {to}", en: "Dynamics {from} → {to}" },
  wf_sum_dynamics_description: {
    ru: "Положительный результат по всем процедурам: {positive}\u00a0%",
    en: "Positive result over all assessments: {positive}\u00a0%",
  },
  wf_sum_tr_positive: { ru: "ШНОР улучшили кластер или вышли", en: "ШНОР improved or left" },
  wf_sum_tr_worsened: { ru: "ШНОР ухудшили кластер", en: "ШНОР worsened" },
  wf_sum_tr_entered: { ru: "Новые ШНОР", en: "New ШНОР" },
  wf_sum_positive_by_assessment: {
    ru: "Школы с «положительным результатом» по процедурам",
    en: "Schools with a “positive result”, per assessment",
  },
};
