import type { Messages } from "../index";

export const commonMessages: Messages = {
  internal_error: { ru: "Внутренняя ошибка: {message}", en: "Internal error: {message}" },
  cancelled: { ru: "Операция отменена пользователем", en: "Cancelled by the user" },
  invalid_table: { ru: "В таблице найдено ошибок: {count}", en: "Problems found in the table: {count}" },
  problems_more: {
    ru: "…и ещё {count} замечаний (из них ошибок: {errors}); исправьте перечисленные выше и запустите снова",
    en: "… and {count} more problems ({errors} of them errors); fix the ones listed above and run again",
  },
};
