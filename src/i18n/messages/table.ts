import type { Messages } from "../index";

/** Messages about input data: counts, columns, rows. */
export const tableMessages: Messages = {
  count_not_natural: {
    ru: "Значение «{field}» должно быть целым неотрицательным числом, а получено {value}",
    en: "\"{field}\" must be a whole non-negative number, got {value}",
  },
  failed_gt_participants: {
    ru: "Число неуспевающих ({failed}) больше числа участников ({participants})",
    en: "Failed ({failed}) exceeds participants ({participants})",
  },
};
