import type { Messages } from "../index";

/**
 * Texts of the pane's pages for the 2016 federal-programme criteria and ОИП, of the ШНОР list on the ИСБШ page and of
 * the index dynamics (indicators 11–12) on the deficits page (issue #7); and the texts of the index-dynamics sheet,
 * which the core writes for the pane and for `shnor deficits` alike. Registered by src/i18n/index.ts.
 */
export const federalPaneMessages: Messages = {
  // ---- The index-dynamics sheet (src/core/report/contextSheets.ts resourceDynamicsSheet)
  ctx_sheet_index_dynamics: { ru: "Динамика индексов {year}", en: "Index dynamics {year}" },
  ctx_title_index_dynamics: { ru: "Динамика индексов кадровой обеспеченности и МТО, {from}–{to} (показатели 11–12 комплексного проекта)", en: "Dynamics of the staffing and equipment indices, {from}–{to} (project indicators 11–12)" },
  ctx_note_anchor_baseYear: { ru: "Индекс {to} г. рассчитан на статистиках {from} г. (опорный год), положительная динамика — рост композита C", en: "The {to} index is scored on the {from} statistics (base year); positive dynamics = C rose" },
  ctx_note_anchor_eachYear: { ru: "Индекс каждого года — на своей T-шкале: динамика — изменение положения школы", en: "Each year on its own T-scale: the dynamics are the change of the school's position" },
  ctx_note_cohort: { ru: "Школы в знаменателе m: {count}{excluded}", en: "Schools in the denominator m: {count}{excluded}" },
  ctx_note_excluded: { ru: " (без данных за один из годов — исключены)", en: " (without data in one of the years — left out)" },

  // ---- A further table chosen in the settings
  fp_extra_none: { ru: "Не использовать", en: "Do not use" },
  fp_extra_table: { ru: "Таблица «{name}»", en: "Table \"{name}\"" },
  fp_extra_sheet: { ru: "Лист «{name}»", en: "Sheet \"{name}\"" },
  fp_extra_again: { ru: "Прочитать заново", en: "Read again" },
  fp_extra_errors: { ru: "Ошибок в таблице: {count}. Исправьте ячейки и выберите таблицу снова или не используйте её.", en: "{count} errors in the table. Fix the cells and choose the table again, or do not use it." },

  // ---- 2016 federal criteria
  fp_federal_intro: {
    ru: "Критерии ФЦПРО 2016: выберите таблицу школ (олимпиады, контингент, ИСБШ, труднодоступность, безработица), при желании — таблицу средних баллов, задайте пороги — надстройка отметит ШНРО и ШФНСУ на новом листе.",
    en: "The 2016 federal criteria: choose the table of schools (olympiads, enrolment, ИСБШ, hard-to-reach, unemployment), optionally the table of mean scores, set the thresholds, and the add-in marks ШНРО and ШФНСУ on a new sheet.",
  },
  fp_source_federal: {
    ru: "Школы: одна строка на школу — логин ОО и любые из столбцов: участники олимпиад за 3 года, контингент по годам, ИСБШ, труднодоступный НП, доля безработных, композитный показатель результатов.",
    en: "Schools: one row per school — the school ID and any of: olympiad participants over 3 years, enrolment per year, ИСБШ, hard-to-reach, unemployment share, a results composite.",
  },
  fp_set_means: { ru: "Средние баллы по процедурам (необязательно)", en: "Mean scores per procedure (optional)" },
  fp_set_means_hint: {
    ru: "Таблица: логин ОО, процедура, средний балл ОО, средний балл по региону, максимальный балл (для ЕГЭ можно не указывать). Из неё — композит результатов и разрыв со средним по региону.",
    en: "A table: school ID, procedure, school mean, region mean, maximum score (may be left out for ЕГЭ). It gives the results composite and the gap to the region.",
  },
  fp_set_means_read: { ru: "Прочитано средних: {means} (школ: {schools}).", en: "Means read: {means} ({schools} schools)." },
  fp_set_means_errors: { ru: "В таблице средних «{name}» ошибок: {count} — исправьте их или не используйте таблицу.", en: "The means table \"{name}\" has {count} errors: fix them or do not use the table." },
  fp_set_bottom: { ru: "Нижняя группа, % школ", en: "Bottom group, % of schools" },
  fp_set_bottom_hint: { ru: "25 — «25 % школ с самыми низкими результатами» и с низким ИСБШ.", en: "25 is «25 % of schools with the lowest results» and with a low ИСБШ." },
  fp_set_bottom_range: { ru: "Нижняя группа — число процентов больше 0 и меньше 100.", en: "The bottom group is a percentage above 0 and below 100." },
  fp_set_gap_rule: { ru: "Разрыв со средним по региону (более 20 баллов)", en: "Gap to the region mean (more than 20 points)" },
  fp_set_gap_any: { ru: "хотя бы по одной процедуре", en: "in at least one procedure" },
  fp_set_gap_mean: { ru: "в среднем по процедурам", en: "on average over the procedures" },
  fp_set_shnro_min: { ru: "Критериев ШНРО для отнесения", en: "ШНРО criteria required" },
  fp_set_shnro_min_hint: { ru: "Из трёх: низкие результаты, разрыв, олимпиады.", en: "Of three: low results, gap, olympiads." },
  fp_set_region_unemployment: { ru: "Безработица по региону", en: "Regional unemployment" },
  fp_set_region_unemployment_hint: {
    ru: "В тех же единицах, что столбец доли безработных. Пусто — критерий безработицы не оценивается.",
    en: "In the unit of the unemployment column. Empty: the unemployment criterion is not assessed.",
  },
  fp_set_region_unemployment_invalid: { ru: "Безработица по региону — число не меньше 0 или пусто.", en: "Regional unemployment is a number of at least 0, or empty." },
  fp_set_factor: { ru: "«Существенно выше»: во сколько раз", en: "«Much higher»: how many times" },
  fp_set_factor_hint: { ru: "Безработица в НП ≥ k × по региону; по умолчанию 1,5.", en: "Settlement unemployment ≥ k × the region's; 1.5 by default." },
  fp_set_factor_invalid: { ru: "Множитель — число больше 0.", en: "The factor is a number above 0." },
  fp_sum_federal_title: { ru: "Критерии ФЦПРО 2016", en: "2016 federal criteria" },
  fp_sum_federal_description: { ru: "Критерии по каждой школе записаны на лист ниже.", en: "The criteria of every school are written to the sheet below." },
  fp_sum_shnro: { ru: "ШНРО", en: "ШНРО" },
  fp_sum_shnsu: { ru: "ШФНСУ", en: "ШФНСУ" },
  fp_sum_criteria: { ru: "По критериям", en: "By criterion" },
  fp_sum_low_results: { ru: "Низкие результаты (нижняя группа): {count}", en: "Low results (bottom group): {count}" },
  fp_sum_large_gap: { ru: "Разрыв со средним по региону более порога: {count}", en: "Gap to the region above the threshold: {count}" },
  fp_sum_low_olympiad: { ru: "Олимпиады: 0,5 % и ниже: {count}", en: "Olympiads: 0.5 % or less: {count}" },
  fp_sum_low_isbs: { ru: "Низкий ИСБШ (нижняя группа): {count}", en: "Low ИСБШ (bottom group): {count}" },
  fp_sum_hard_to_reach: { ru: "Труднодоступный населённый пункт: {count}", en: "Hard-to-reach settlement: {count}" },
  fp_sum_high_unemployment: { ru: "Высокая безработица: {count}", en: "High unemployment: {count}" },
  fp_sum_composite_user: { ru: "Композит результатов — из таблицы школ.", en: "Results composite: from the table of schools." },
  fp_sum_composite_meanZ: { ru: "Композит результатов — средний z средних баллов по процедурам.", en: "Results composite: the mean z of the school means per procedure." },
  fp_sum_undecided: {
    ru: "Не хватает данных для вывода: ШНРО — у {shnro} школ, ШФНСУ — у {shnsu} (на листе — «нет данных»).",
    en: "Not enough data for a verdict: ШНРО for {shnro} schools, ШФНСУ for {shnsu} (\"no data\" on the sheet).",
  },
  fp_sum_shnro_list: { ru: "Школы ШНРО", en: "ШНРО schools" },
  fp_sum_shnro_school: { ru: "{school}: критериев {criteria}", en: "{school}: {criteria} criteria" },

  // ---- ОИП
  fp_oip_intro: {
    ru: "ОИП (Ярославль, 2020–2022): выберите таблицу значений (школа, год, ОИП), выберите год и целевое значение — надстройка отметит школы ниже цели и со снижением на новом листе.",
    en: "ОИП (Yaroslavl, 2020–2022): choose the table of values (school, year, ОИП), the year and the target, and the add-in marks the schools below the target and declining on a new sheet.",
  },
  fp_source_oip: {
    ru: "ОИП: одна строка на школу и год — логин ОО, год, значение ОИП (для снижения нужен и предыдущий год).",
    en: "ОИП: one row per school and year — the school ID, the year, the ОИП value (the decline needs the previous year too).",
  },
  fp_set_oip_year: { ru: "Год", en: "Year" },
  fp_set_oip_no_previous: { ru: "В таблице нет {year} года: снижение и прирост не оцениваются.", en: "The table has no {year}: decline and growth are not assessed." },
  fp_set_oip_target: { ru: "Целевое значение ОИП", en: "ОИП target" },
  fp_set_oip_target_hint: { ru: "Ниже него — «не достигли целевого значения»; в методике — {value}.", en: "Below it: «не достигли целевого значения»; the methodology's is {value}." },
  fp_set_target_invalid: { ru: "Целевое значение — число не меньше 0.", en: "The target is a number of at least 0." },
  fp_set_oip_legacy: {
    ru: "Формула ОИП не публиковалась и с 2023 г. не применяется: значения берутся из таблицы как есть.",
    en: "The ОИП formula was never published and has not been used since 2023: the values are taken from the table as they are.",
  },
  fp_sum_oip_title: { ru: "ОИП {year}", en: "ОИП {year}" },
  fp_sum_oip_description: { ru: "Флаги по каждой школе записаны на лист ниже.", en: "The flags of every school are written to the sheet below." },
  fp_sum_oip_below: { ru: "Ниже {target}", en: "Below {target}" },
  fp_sum_oip_decline: { ru: "Снижение", en: "Decline" },
  fp_sum_oip_both: { ru: "Ниже цели и снижение", en: "Below and declining" },
  fp_sum_oip_growth: { ru: "Прирост ОИП у {n} из {m} школ ({share}).", en: "ОИП grew in {n} of {m} schools ({share})." },
  fp_sum_oip_growth_none: { ru: "Нет значений {year} года: прирост не оценён.", en: "No values for {year}: growth not assessed." },
  fp_sum_oip_missing: { ru: "Без значения за {year} г.: {count} школ.", en: "Without a value for {year}: {count} schools." },
  fp_sum_oip_flagged: { ru: "Ниже цели и со снижением", en: "Below the target and declining" },
  fp_sum_oip_school: { ru: "{school}: {prev} → {value}", en: "{school}: {prev} → {value}" },

  // ---- The ШНОР list on the ИСБШ page
  fp_set_shnor: { ru: "Список ШНОР (необязательно)", en: "ШНОР list (optional)" },
  fp_set_shnor_hint: {
    ru: "Лист или таблица с логинами ОО (и, если есть, столбцом «ШНОР» да/нет) — например, список, записанный страницей «Выявление ШНОР». Даёт «из них ШНОР» по зоне риска.",
    en: "A sheet or table of school IDs (and a «ШНОР» yes/no column, if any) — e.g. the list written by the ШНОР page. Gives «из них ШНОР» for the risk zone.",
  },
  fp_set_shnor_read: { ru: "Школ в списке ШНОР: {count}.", en: "Schools on the ШНОР list: {count}." },
  fp_set_shnor_errors: { ru: "В списке ШНОР «{name}» ошибок: {count} — исправьте их или не используйте список.", en: "The ШНОР list \"{name}\" has {count} errors: fix them or do not use the list." },
  fp_sum_zone_shnor: { ru: "Из них ШНОР", en: "Of them ШНОР" },
  fp_sum_zone_school_shnor: { ru: " · ШНОР", en: " · ШНОР" },
  fp_sum_zone_shnor_mo: { ru: "ШНОР в зоне риска по МО: {list}.", en: "ШНОР in the risk zone by municipality: {list}." },

  // ---- Index dynamics on the deficits page (indicators 11–12)
  fp_set_dynamics: { ru: "Динамика индексов {from}–{to} (показатели 11\u2060–\u206012)", en: "Index dynamics {from}–{to} (indicators 11\u2060–\u206012)" },
  fp_set_dynamics_none: { ru: "В таблице нет {year} года: динамика индексов (показатели 11–12) не рассчитывается.", en: "The table has no {year}: the index dynamics (indicators 11–12) are not computed." },
  fp_set_anchor: { ru: "Сравнение годов", en: "Comparing the years" },
  fp_set_anchor_base: { ru: "на статистиках {year} г. (рост самой школы)", en: "on the {year} statistics (the school's own change)" },
  fp_set_anchor_each: { ru: "каждый год на своей шкале (положение школы)", en: "each year on its own scale (the school's position)" },
  fp_set_cohort: { ru: "Школы проекта (необязательно)", en: "Project schools (optional)" },
  fp_set_cohort_hint: {
    ru: "Лист или таблица с логинами ОО школ-участников проекта: только они составляют m. Без списка — все школы таблицы.",
    en: "A sheet or table of the project schools' IDs: only they make up m. Without a list, every school of the table.",
  },
  fp_set_cohort_read: { ru: "Школ проекта: {count}.", en: "Project schools: {count}." },
  fp_set_cohort_errors: { ru: "В списке школ проекта «{name}» ошибок: {count} — исправьте их или не используйте список.", en: "The project schools list \"{name}\" has {count} errors: fix them or do not use the list." },
  fp_set_exclude_nodata: { ru: "Не учитывать в m школы без индекса за один из годов", en: "Leave schools without an index in one of the years out of m" },
  fp_set_target_year: { ru: "Целевое значение какого года", en: "Target of which year" },
  fp_set_target_year_hint: { ru: "Минимумы комплексного проекта заданы на 2025–2029 гг.", en: "The project's minimums are set for 2025–2029." },
  fp_set_target_year_data: { ru: "года данных ({year})", en: "the data year ({year})" },
  fp_set_target_year_outside: { ru: "Год цели {year} — вне {from}–{to}.", en: "Target year {year} is outside {from}–{to}." },
  fp_sum_dynamics: { ru: "Динамика индексов {from}–{to}", en: "Index dynamics {from}–{to}" },
  fp_sum_staffing: { ru: "кадры", en: "staffing" },
  fp_sum_equipment: { ru: "МТО", en: "equipment" },
  fp_sum_indicator: { ru: "Показатель {no} ({what}): положительная динамика у {n} из {m} ({share})", en: "Indicator {no} ({what}): positive dynamics in {n} of {m} ({share})" },
  fp_sum_indicator_target: { ru: "Цель {year} г. — {target}: {verdict}", en: "Target {year}: {target} — {verdict}" },
  fp_sum_indicator_no_target: { ru: "Без целевого значения: год вне 2025–2029.", en: "No target: the year is outside 2025–2029." },
  fp_settings_intro_federal: {
    ru: "В книге сохраняются нижняя группа, правило разрыва, число критериев ШНРО, безработица по региону и «во сколько раз»: все, кто её откроет, получат те же результаты. Средние баллы по процедурам — другая таблица книги — не сохраняются: выберите их снова при следующем расчёте.",
    en: "The workbook keeps the bottom group, the gap rule, the ШНРО criteria required, the regional unemployment and “how many times”: everyone who opens it gets the same results. The mean scores per procedure — another table of the workbook — are not kept: choose them again next time.",
  },
};
