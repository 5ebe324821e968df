/** The message of `problems_more`: the problems past the cap of a streamed table (core ProblemList). */
import { hasMessage, registerMessages } from "../../i18n";

if (!hasMessage("problems_more")) {
  registerMessages({
    problems_more: {
      ru: "…и ещё {count} замечаний (из них ошибок: {errors}); исправьте перечисленные выше и запустите снова",
      en: "… and {count} more problems ({errors} of them errors); fix the ones listed above and run again",
    },
  });
}
