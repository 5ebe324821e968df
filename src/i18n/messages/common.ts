import type { Messages } from "../index";

export const commonMessages: Messages = {
  internal_error: { ru: "Внутренняя ошибка: {message}", en: "Internal error: {message}" },
  cancelled: { ru: "Операция отменена пользователем", en: "Cancelled by the user" },
  invalid_table: { ru: "В таблице найдено ошибок: {count}", en: "Problems found in the table: {count}" },
};
