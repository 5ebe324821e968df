import type { Messages } from "../index";

/**
 * Texts of the task pane shell (header, home, about). Registered by src/taskpane/i18n.ts, so the custom functions
 * bundle never carries them. Non-breaking spaces (\u00a0) keep "30 %" and "№ 847" on one line.
 */
export const paneMessages: Messages = {
  pane_app_title: { ru: "ШНОР Аналитика", en: "SHNOR Analytics" },
  pane_loading: { ru: "Загрузка…", en: "Loading…" },

  pane_lang_group: { ru: "Язык интерфейса", en: "Interface language" },
  // Each language is named in itself, so a reader finds their own language whatever the current one is.
  pane_lang_ru: { ru: "Русский (RU)", en: "Русский (RU)" },
  pane_lang_en: { ru: "English (EN)", en: "English (EN)" },

  pane_back_home: { ru: "На главную", en: "Back to home" },
  pane_open_entry: { ru: "Открыть", en: "Open" },
  pane_open_entry_label: { ru: "Открыть: {title}", en: "Open: {title}" },

  pane_home_title: { ru: "Главная", en: "Home" },
  pane_home_no_workflows_title: { ru: "Расчёты в панели ещё не подключены.", en: "No calculations in the pane yet." },
  pane_home_no_workflows: {
    ru: "Сейчас работают функции листа SHNOR: их список — на странице «О надстройке».",
    en: "For now the SHNOR worksheet functions work: see their list on the About page.",
  },

  pane_federal_title: { ru: "Критерии ФЦПРО 2016", en: "2016 federal criteria" },
  pane_federal_summary: {
    ru: "ШНРО и ШФНСУ по критериям федеральной программы 2016 г.: результаты, разрыв с регионом, олимпиады, ИСБШ, безработица.",
    en: "ШНРО and ШФНСУ by the 2016 federal-programme criteria: results, gap to the region, olympiads, ИСБШ, unemployment.",
  },
  pane_oip_title: { ru: "ОИП", en: "ОИП" },
  pane_oip_summary: {
    ru: "Общий интегральный показатель по годам: ниже цели 36, снижение, доля школ с приростом.",
    en: "The general integral indicator by year: below the target of 36, decline, the share of schools with growth.",
  },

  pane_about_title: { ru: "О надстройке", en: "About" },
  pane_about_summary: {
    ru: "Версия, методика, функции листа и конфиденциальность.",
    en: "Version, methodology, worksheet functions and privacy.",
  },
  pane_about_version: { ru: "Версия {version}", en: "Version {version}" },
  pane_about_method_heading: { ru: "Методика", en: "Methodology" },
  pane_about_method: {
    ru:
      "ШНОР — школы с низкими образовательными результатами обучающихся. По методике Рособрнадзора " +
      "(приказ №\u00a0847 от 19.08.2020) результат оценочной процедуры — ВПР в 5 и 6 классах, ОГЭ и ЕГЭ по русскому " +
      "языку и математике — считается низким, если порог не преодолели не менее 30\u00a0% участников. Школа " +
      "попадает в список ШНОР, если у неё не менее двух низких результатов за последний год или хотя бы по одному " +
      "низкому результату два года подряд. Надстройка вычисляет показатели этой методики прямо в книге Excel.",
    en:
      "ШНОР are schools with low educational results of their students. Under the Rosobrnadzor methodology " +
      "(order No.\u00a0847 of 19.08.2020) the result of an assessment — ВПР in grades 5 and 6, ОГЭ and ЕГЭ in Russian " +
      "and mathematics — is low when at least 30\u00a0% of the participants fail it. A school is put on the ШНОР list " +
      "when it has at least two low results in the latest year, or at least one low result in each of two " +
      "consecutive years. The add-in computes the indicators of this methodology right in the Excel workbook.",
  },
  pane_about_functions_heading: { ru: "Функции листа", en: "Worksheet functions" },
  pane_about_functions_intro: {
    ru: "Пространство имён {namespace}: в формуле функцию пишут как ={namespace}.ИМЯ(…).",
    en: "Namespace {namespace}: in a formula, write a function as ={namespace}.NAME(…).",
  },
  pane_about_functions_loading: { ru: "Загрузка списка функций…", en: "Loading the list of functions…" },
  pane_about_functions_error: {
    ru: "Не удалось загрузить список функций: {message}",
    en: "Could not load the list of functions: {message}",
  },
  pane_about_functions_empty: { ru: "Функции листа не найдены.", en: "No worksheet functions were found." },
  pane_about_privacy_heading: { ru: "Конфиденциальность", en: "Privacy" },
  pane_about_privacy: {
    ru:
      "Данные не покидают книгу: все расчёты выполняются в Excel на вашем устройстве, надстройка не передаёт " +
      "данные на серверы и не собирает статистику. Выбранный язык интерфейса хранится только в этом браузере " +
      "и не влияет на результаты.",
    en:
      "Your data never leaves the workbook: all calculations run in Excel on your device, and the add-in sends " +
      "no data to any server and collects no statistics. The interface language you choose is stored only in " +
      "this browser and never changes the results.",
  },
};
