import type { Messages } from "../index";

/**
 * Texts of the pane's score-indices page (ИНР, ИМР, ГИА deviation) and of «Формулы → значения». Registered by
 * src/taskpane/i18n.ts. Counts are written as «Школ: 3», so no plural forms are needed.
 */
export const indicesPaneMessages: Messages = {
  pane_indices_title: { ru: "Индексы и отклонение ГИА", en: "Score indices and ГИА deviation" },
  pane_indices_summary: {
    ru: "ИНР и ИМР по результатам обучающихся, отклонение ГИА от региона и доли школ с положительной динамикой.",
    en: "ИНР and ИМР from student results, ГИА deviation from the region and the shares of schools with positive dynamics.",
  },
  idx_intro: {
    ru: "Источник — таблица результатов обучающихся: по строке на ученика и предмет или по столбцу на предмет.",
    en: "The source is a table of student results: a row per student and subject, or a column per subject.",
  },
  idx_source: {
    ru: "Результаты обучающихся с заголовками столбцов: логин ОО, год, процедура, класс, код участника, предмет и балл (или столбец на предмет).",
    en: "Student results with column headers: school ID, year, procedure, grade, student ID, subject and score (or a column per subject).",
  },
  wf_field_procedure: { ru: "Процедура (ВПР, ОГЭ, ЕГЭ)", en: "Procedure (ВПР, ОГЭ, ЕГЭ)" },
  wf_field_grade: { ru: "Класс", en: "Grade" },
  wf_field_student_id: { ru: "Код участника", en: "Student ID" },
  wf_field_subject: { ru: "Предмет", en: "Subject" },
  wf_field_level: { ru: "Уровень математики", en: "Mathematics level" },
  wf_field_score: { ru: "Балл", en: "Score" },
  wf_field_score_primary: { ru: "Первичный балл", en: "Primary score" },
  wf_field_score_test: { ru: "Тестовый балл", en: "Test score" },
  idx_set_year: { ru: "Год результатов", en: "Results year" },
  idx_set_year_hint: { ru: "Динамика — к предыдущему году, отклонение ГИА — за три года до него.", en: "Dynamics against the year before; ГИА deviation over the three years ending it." },
  idx_set_mass: { ru: "Массовые предметы ИНР", en: "Mass subjects of the ИНР" },
  idx_set_mass_hint: { ru: "Обычно русский язык и математика.", en: "Usually Russian and mathematics." },
  idx_set_mass_empty: { ru: "Выберите хотя бы один массовый предмет.", en: "Choose at least one mass subject." },
  idx_set_target_year: { ru: "Год целевых значений программы", en: "Programme target year" },
  idx_set_target_year_hint: { ru: "Минимальные доли заданы на 2025–2029 годы.", en: "The programme sets minimum shares for 2025–2029." },
  idx_sum_title: { ru: "Индексы {year}", en: "Indices {year}" },
  idx_sum_description: { ru: "Отклонение ГИА за {window}.", en: "ГИА deviation over {window}." },
  idx_sum_no_gia: { ru: "В окне нет результатов ОГЭ и ЕГЭ: отклонение ГИА не рассчитано.", en: "No ОГЭ or ЕГЭ results in the window: the ГИА deviation was not computed." },
  idx_sum_schools: { ru: "Школ", en: "Schools" },
  idx_sum_met: { ru: "Целей выполнено", en: "Targets met" },
  idx_sum_not_met: { ru: "Целей не выполнено", en: "Targets not met" },
  idx_sum_region: { ru: "ИНР региона по процедурам", en: "Region ИНР by procedure" },
  idx_sum_region_col_group: { ru: "Процедура", en: "Procedure" },
  idx_sum_region_col_inr: { ru: "ИНР", en: "ИНР" },
  idx_sum_region_col_participants: { ru: "Участников", en: "Participants" },
  idx_sum_shares: { ru: "Школ с положительной динамикой {from}→{to}", en: "Schools with positive dynamics {from}→{to}" },
  idx_sum_no_dynamics: { ru: "В данных нет {year} года: динамики ИНР и ИМР нет.", en: "The data have no {year}: no ИНР or ИМР dynamics." },
  idx_index_inr: { ru: "ИНР (снижение)", en: "ИНР (falling)" },
  idx_index_imr: { ru: "ИМР (рост)", en: "ИМР (rising)" },
  idx_index_deviation: { ru: "Отклонение ГИА (рост)", en: "ГИА deviation (rising)" },
  idx_verdict_met: { ru: "{label}: {n} из {m} ({share}) при цели {target} на {year} — выполнено", en: "{label}: {n} of {m} ({share}), target {target} for {year} — met" },
  idx_verdict_not_met: { ru: "{label}: {n} из {m} ({share}) при цели {target} на {year} — не выполнено", en: "{label}: {n} of {m} ({share}), target {target} for {year} — not met" },
  idx_verdict_none: { ru: "{label}: {n} из {m} ({share}); цели на {year} нет", en: "{label}: {n} of {m} ({share}); no target for {year}" },
  // Formulas → values
  pane_f2v_title: { ru: "Формулы → значения", en: "Formulas → values" },
  pane_f2v_summary: {
    ru: "Заменяет формулы ШНОР их значениями — для тех, у кого нет надстройки.",
    en: "Replaces SHNOR formulas by their values, for people who do not have the add-in.",
  },
  f2v_intro: {
    ru: "Без надстройки Excel покажет в ячейках с функциями SHNOR ошибку #ИМЯ?. Перед отправкой файла замените эти формулы их текущими значениями; остальные формулы и форматы не меняются.",
    en: "Without the add-in Excel shows #NAME? in cells calling SHNOR functions. Before sharing the file, replace those formulas by their current values; other formulas and formats stay.",
  },
  f2v_scope: { ru: "Где заменить", en: "Where to replace" },
  f2v_scope_sheet: { ru: "Текущий лист", en: "Current sheet" },
  f2v_scope_workbook: { ru: "Вся книга", en: "Whole workbook" },
  f2v_run: { ru: "Заменить формулы значениями", en: "Replace formulas by values" },
  f2v_confirm_title: { ru: "Заменить формулы ШНОР значениями?", en: "Replace SHNOR formulas by values?" },
  f2v_confirm_text: {
    ru: "Формулы SHNOR ({scope}) будут заменены их значениями и больше не будут пересчитываться. Отменить замену можно только сочетанием Ctrl+Z сразу после неё.",
    en: "SHNOR formulas ({scope}) will be replaced by their values and no longer recalculate. The only way back is Ctrl+Z right after.",
  },
  f2v_confirm_yes: { ru: "Заменить", en: "Replace" },
  f2v_confirm_no: { ru: "Отмена", en: "Cancel" },
  f2v_done: { ru: "Заменено формул: {count}. Листы: {sheets}.", en: "Formulas replaced: {count}. Sheets: {sheets}." },
  f2v_none: { ru: "Формул ШНОР не найдено: заменять нечего.", en: "No SHNOR formulas found: nothing to replace." },
  f2v_unsupported: {
    ru: "Эта версия Excel не умеет заменять формулы из надстройки. Скопируйте ячейки и вставьте их как значения (Ctrl+Alt+V).",
    en: "This Excel cannot replace formulas from the add-in. Copy the cells and paste them as values (Ctrl+Alt+V).",
  },
};
