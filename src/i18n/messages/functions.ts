import type { Messages } from "../index";

/** Messages of the worksheet functions (shown in the error flyout of #VALUE! and #N/A). */
export const functionMessages: Messages = {
  fn_arg_blank: { ru: "Аргумент «{arg}» пуст: нет данных", en: "Argument \"{arg}\" is blank: no data" },
  fn_arg_not_number: {
    ru: "Аргумент «{arg}» должен быть числом, а получен текст «{value}»",
    en: "Argument \"{arg}\" must be a number, got text \"{value}\"",
  },
  fn_arg_choice: {
    ru: "Аргумент «{arg}»: недопустимое значение «{value}»; ожидается {allowed}",
    en: "Argument \"{arg}\": invalid value \"{value}\"; expected {allowed}",
  },
  fn_arg_not_share: {
    ru: "Аргумент «{arg}» должен быть долей от 0 до 1, а получено {value} (30 % — это 0,3)",
    en: "Argument \"{arg}\" must be a share from 0 to 1, got {value} (30 % is 0.3)",
  },
  fn_range_not_number: {
    ru: "Диапазон «{arg}», строка {row}, столбец {col}: ожидалось число, а получен текст «{value}»",
    en: "Range \"{arg}\", row {row}, column {col}: a number was expected, got text \"{value}\"",
  },
  fn_range_not_share: {
    ru: "Диапазон «{arg}», строка {row}, столбец {col}: ожидалась доля от 0 до 1, а получено {value}",
    en: "Range \"{arg}\", row {row}, column {col}: a share from 0 to 1 was expected, got {value}",
  },
  fn_shape_mismatch: {
    ru: "Диапазоны «{a}» ({shapeA}) и «{b}» ({shapeB}) должны быть одного размера",
    en: "Ranges \"{a}\" ({shapeA}) and \"{b}\" ({shapeB}) must have the same shape",
  },
  fn_no_participants: { ru: "Нет участников: доля не определена", en: "No participants: the share is undefined" },
  fn_table_problem: {
    ru: "В таблице ошибок: {count}; первая в строке {row}, столбце {col} ({problem}). Проверьте данные в панели «ШНОР Аналитика»",
    en: "The table has {count} errors; the first at row {row}, column {col} ({problem}). Check the data in the SHNOR Analytics pane",
  },
  fn_no_data: { ru: "Нет данных для расчёта", en: "No data to compute from" },
  fn_cluster_pooled: {
    ru: "Метод «pooled» требует числа участников и неуспевающих; по долям доступны «max» и «mean»",
    en: "Method \"pooled\" needs counts; with shares use \"max\" or \"mean\"",
  },
  fn_share_n_gt_m: { ru: "Числитель ({n}) больше знаменателя ({m})", en: "The numerator ({n}) exceeds the denominator ({m})" },
  fn_share_m_zero: { ru: "Знаменатель равен 0: доля не определена", en: "The denominator is 0: the share is undefined" },
  fn_arg_choice_blank: {
    ru: "Аргумент «{arg}» не задан; ожидается {allowed}",
    en: "Argument \"{arg}\" is missing; expected {allowed}",
  },
  fn_arg_negative: {
    ru: "Аргумент «{arg}» не может быть отрицательным, а получено {value}",
    en: "Argument \"{arg}\" cannot be negative, got {value}",
  },
  fn_arg_not_positive: {
    ru: "Аргумент «{arg}» должен быть больше 0, а получено {value}",
    en: "Argument \"{arg}\" must be greater than 0, got {value}",
  },
  fn_list_length: {
    ru: "Аргумент «{arg}»: задано значений {count}, а нужно одно для всех столбцов или по одному на каждый из {columns}",
    en: "Argument \"{arg}\": {count} values given; give one for all columns or one for each of the {columns}",
  },
  fn_deficit_limits: {
    ru: "Аргумент «limits»: «{value}» — не число; ожидаются пороги (по одному на столбец или один для всех) или правило «staffing» (кадровый) / «infrastructure» (инфраструктурный)",
    en: "Argument \"limits\": \"{value}\" is not a number; expected limits (one per column or one for all) or the rule \"staffing\" / \"infrastructure\"",
  },
  fn_deficit_columns: {
    ru: "Правило «{kind}» проверяет показателей: {expected}, а в диапазоне «values» столбцов {columns}. Кадровый: укомплектованность (доля занятых ставок), доля педагогов пенсионного возраста; инфраструктурный: широкополосный Интернет (1/0), капитальный ремонт (1/0), вторая смена (1/0)",
    en: "Rule \"{kind}\" checks {expected} components, but range \"values\" has {columns} columns. Staffing: filled positions rate, share of teachers of pension age; infrastructure: broadband (1/0), capital repair (1/0), second shift (1/0)",
  },
  fn_deficit_directions_with_rule: {
    ru: "С правилом «{kind}» направления заданы правилом: оставьте аргумент «directions» пустым",
    en: "With the rule \"{kind}\" the directions come from the rule: leave \"directions\" out",
  },
  fn_deficit_unknown: {
    ru: "Ни один порог не нарушен, но значений не хватает: дефицит не определён",
    en: "No limit is crossed but values are missing: the deficit is undecided",
  },
  fn_range_significance: {
    ru: "Диапазон «{arg}», строка {row}, столбец {col}: ожидалась значимость «высокая», «средняя» или «низкая», а получено «{value}»",
    en: "Range \"{arg}\", row {row}, column {col}: a significance высокая / средняя / низкая (high / medium / low) was expected, got \"{value}\"",
  },
  fn_oip_no_cur: { ru: "Нет значения ОИП текущего года", en: "No ОИП value of the current year" },
  fn_oip_no_prev: {
    ru: "Нет значения ОИП предыдущего года: снижение и прирост не определены",
    en: "No ОИП value of the previous year: decline and growth are undefined",
  },
  fn_enrolment_zero: {
    ru: "Контингент не задан или равен 0: доля участников олимпиад не определена",
    en: "Enrolment is missing or 0: the share of olympiad participants is undefined",
  },
  expertise_length: {
    ru: "Число оценок ({points}) не совпадает с числом максимальных баллов ({max})",
    en: "The number of scores ({points}) differs from the number of maximum points ({max})",
  },
  fn_points_gt_max: {
    ru: "Баллы ({points}) больше максимума ({max}) в позиции {index}",
    en: "Points ({points}) exceed the maximum ({max}) at position {index}",
  },
};
