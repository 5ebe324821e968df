import type { Messages } from "../index";

/** Messages of the worksheet functions (shown in the error flyout of #VALUE! and #N/A). */
export const functionMessages: Messages = {
  fn_arg_blank: { ru: "Аргумент «{arg}» пуст: нет данных", en: "Argument \"{arg}\" is blank: no data" },
  fn_arg_not_number: {
    ru: "Аргумент «{arg}» должен быть числом, а получен текст «{value}»",
    en: "Argument \"{arg}\" must be a number, got text \"{value}\"",
  },
  fn_no_participants: { ru: "Нет участников: доля не определена", en: "No participants: the share is undefined" },
};
