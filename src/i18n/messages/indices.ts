import type { Messages } from "../index";

/**
 * Messages of the score indices (ИНР, ИМР), the score specs, the student table, the ГИА deviation and the programme
 * shares. The location (cell, column) is added by the caller; each text says what was expected.
 */
export const indicesMessages: Messages = {
  // Procedures, subjects, grades
  procedure_unknown: {
    ru: "неизвестная оценочная процедура «{value}»: ожидается ВПР, ОГЭ (ГИА-9) или ЕГЭ (ГИА-11)",
    en: "unknown assessment procedure \"{value}\": expected ВПР (VPR), ОГЭ (OGE, ГИА-9) or ЕГЭ (EGE, ГИА-11)",
  },
  subject_unknown: {
    ru: "неизвестный предмет «{value}»: ожидается «Русский язык», «Математика», «Математика (база)», «Математика (профиль)» или другой предмет ГИА",
    en: "unknown subject \"{value}\": expected Russian, mathematics, mathematics (base), mathematics (profile) or another ГИА subject",
  },
  level_unknown: {
    ru: "неизвестный уровень математики «{value}»: ожидается «база» или «профиль»",
    en: "unknown mathematics level \"{value}\": expected \"base\" or \"profile\"",
  },
  grade_invalid: {
    ru: "класс «{value}» должен быть целым числом от 1 до 11 (для ОГЭ можно не указывать — 9, для ЕГЭ — 11)",
    en: "grade \"{value}\" must be a whole number from 1 to 11 (may be left blank for ОГЭ — 9 — and ЕГЭ — 11)",
  },
  ege_math_level_required: {
    ru: "ЕГЭ по математике («{value}»): укажите уровень — «Математика (база)» или «Математика (профиль)», у них разные шкалы",
    en: "ЕГЭ mathematics (\"{value}\"): state the level — mathematics (base) or mathematics (profile); their scales differ",
  },

  // Score specifications
  spec_years_reversed: {
    ru: "год окончания ({to}) раньше года начала ({from}) действия спецификации",
    en: "the spec's last year ({to}) is before its first year ({from})",
  },
  spec_min_max: {
    ru: "минимальный балл ({min}) должен быть не больше максимального ({max}), а максимальный — больше 0",
    en: "the minimum score ({min}) must not exceed the maximum ({max}), and the maximum must be above 0",
  },
  spec_top_range: {
    ru: "высокий балл ({top}) должен быть между минимальным ({min}) и максимальным ({max})",
    en: "the top score ({top}) must lie between the minimum ({min}) and the maximum ({max})",
  },
  scale_unknown: {
    ru: "неизвестная шкала «{value}»: ожидается «первичные» или «тестовые»",
    en: "unknown scale \"{value}\": expected \"primary\" or \"test\"",
  },
  confidence_unknown: {
    ru: "неизвестная достоверность «{value}»: ожидается «высокая», «средняя» или «низкая»",
    en: "unknown confidence \"{value}\": expected \"high\", \"medium\" or \"low\"",
  },
  spec_duplicate: {
    ru: "спецификация {procedure} {subject}, {grade} класс, на эти годы уже задана в строке {first}",
    en: "a spec for {procedure} {subject}, grade {grade}, covering these years is already given in row {first}",
  },
  score_spec_missing: {
    ru: "нет спецификации баллов для {procedure} {subject}, {grade} класс, {year} год: индекс не вычислен. Добавьте строку в таблицу спецификаций (минимальный, максимальный и высокий балл)",
    en: "no score spec for {procedure} {subject}, grade {grade}, {year}: the index was not computed. Add a row to the spec table (minimum, maximum and top score)",
  },
  score_bounds_invalid: {
    ru: "границы баллов неверны (минимальный {min}, максимальный {max}, высокий {top}): нужно 0 ≤ минимальный ≤ высокий ≤ максимальный и максимальный > 0",
    en: "invalid score bounds (minimum {min}, maximum {max}, top {top}): need 0 ≤ minimum ≤ top ≤ maximum and maximum > 0",
  },
  score_bounds_count: {
    ru: "задано границ: {bounds}, а столбцов с баллами: {columns}. Нужна одна граница на каждый столбец или одна на все",
    en: "{bounds} bounds given for {columns} score columns: give one per column or one for all",
  },

  // Scores and the student table
  score_above_max: {
    ru: "балл {value} больше максимального ({max}) для {procedure} {subject}, {grade} класс, {year} год",
    en: "score {value} exceeds the maximum ({max}) of {procedure} {subject}, grade {grade}, {year}",
  },
  score_negative: { ru: "балл {value} отрицателен: ожидается число от 0 до максимального балла", en: "score {value} is negative: expected a number from 0 to the maximum score" },
  score_not_finite: { ru: "балл {value} не является числом", en: "score {value} is not a number" },
  score_scale_column_missing: {
    ru: "нет столбца баллов для {subject} в шкале «{scale}» (primary — первичные, test — тестовые баллы): добавьте столбец «Балл», «Первичный балл» или «Тестовый балл». Найдены столбцы: {found}",
    en: "no score column for {subject} on the \"{scale}\" scale: add a \"score\", \"primary score\" or \"test score\" column. Columns found: {found}",
  },
  student_duplicate: {
    ru: "у участника «{student}» уже есть результат по предмету {subject} (строка {first}): каждый участник — один раз по предмету",
    en: "student \"{student}\" already has a result in {subject} (row {first}): one result per student and subject",
  },
  aggregate_count_gt_participants: {
    ru: "школа {school}, {subject}, {year}: число низких или массовых результатов больше числа участников ({participants})",
    en: "school {school}, {subject}, {year}: the low or mass count exceeds the participants ({participants})",
  },
  aggregate_duplicate: {
    ru: "школа {school}, {subject}, {year}: строка с этими показателями повторяется",
    en: "school {school}, {subject}, {year}: this row is repeated",
  },
  score_index_approximation: {
    ru: "приближение по предметам: ИНР по каждому предмету и границы max ≤ ИНР ≤ min(1, сумма); точный ИНР требует результатов участников",
    en: "per-subject approximation: ИНР of each subject and the bounds max ≤ ИНР ≤ min(1, sum); the exact ИНР needs student results",
  },

  // ГИА deviation
  exam_unknown: { ru: "неизвестный экзамен «{value}»: ожидается ОГЭ или ЕГЭ", en: "unknown exam \"{value}\": expected ОГЭ (OGE) or ЕГЭ (EGE)" },
  gia_region_mean_missing: {
    ru: "школа {school}: {exam} {subject} {year} — нет среднего балла по региону, ячейка пропущена",
    en: "school {school}: {exam} {subject} {year} — no region mean, cell skipped",
  },
  gia_region_mean_zero: {
    ru: "школа {school}: {exam} {subject} {year} — средний балл по региону равен 0, ячейка пропущена",
    en: "school {school}: {exam} {subject} {year} — the region mean is 0, cell skipped",
  },
  gia_mean_negative: { ru: "средний балл {value} недопустим: ожидается неотрицательное число", en: "mean score {value} is invalid: expected a non-negative number" },
  gia_cell_duplicate: {
    ru: "школа {school}: {exam} {subject} {year} встречается повторно — по одной строке на экзамен, предмет и год",
    en: "school {school}: {exam} {subject} {year} is repeated — one row per exam, subject and year",
  },
  gia_shape_mismatch: {
    ru: "средних баллов школы {school}, а средних по региону {region}: диапазоны должны быть одного размера",
    en: "{school} school means but {region} region means: the ranges must have the same size",
  },
  gia_region_mean_inconsistent: {
    ru: "{exam} {subject} {year}: средний балл по региону {value} отличается от указанного в строке {firstRow} ({first})",
    en: "{exam} {subject} {year}: region mean {value} differs from the one in row {firstRow} ({first})",
  },

  // Programme shares
  programme_n_gt_m: { ru: "числитель ({n}) больше знаменателя ({m})", en: "the numerator ({n}) exceeds the denominator ({m})" },
  programme_school_duplicate: { ru: "школа {school} указана дважды: одна школа — одна динамика", en: "school {school} is listed twice: one dynamics per school" },
  programme_indicator_unknown: { ru: "нет показателя № {indicator}: ожидается номер от 2 до 18", en: "no indicator No. {indicator}: expected a number from 2 to 18" },
  programme_year_outside: {
    ru: "{year} год вне срока проекта ({from}–{to}): целевого значения нет",
    en: "{year} is outside the project years ({from}–{to}): no target",
  },
  aggregate_cell_gt_participants: {
    ru: "значение {value} больше числа участников ({participants}): ожидается не больше участников",
    en: "{value} exceeds the participants ({participants}): expected at most the participants",
  },
  gia_window_no_data: {
    ru: "в данных нет средних баллов ОГЭ/ЕГЭ с участниками за {from}–{to} годы; есть годы: {years}",
    en: "the data has no ОГЭ/ЕГЭ means with participants in {from}–{to}; years present: {years}",
  },
  aggregate_row_duplicate: {
    ru: "повтор: школа {school}, {procedure} {grade} класс, {subject}, {year} год уже есть в строке {first}",
    en: "duplicate: school {school}, {procedure} grade {grade}, {subject}, {year} already in row {first}",
  },
};
