import type { ReportSpec } from "../../src/core/report/sheet";

/** A report exercising every feature of the xlsx writer. */
export function sampleReport(): ReportSpec {
  return {
    sheets: [
      {
        name: "ШНОР 2024",
        title: "Школы с низкими образовательными результатами",
        notes: ["Источник: ВПР 2024, 5 класс", "Порог доли «2»: 50 %"],
        tables: [
          {
            name: "Shnor_2024",
            columns: [
              { key: "code", header: "Код ОО" },
              { key: "name", header: "Школа" },
              { key: "share", header: "Доля «2»", format: "percent1" },
              { key: "score", header: "Средний балл", format: "decimal2" },
              { key: "n", header: "Участники", format: "integer" },
              { key: "status", header: "Статус" },
              { key: "low", header: "ШНОР" },
              { key: "note", header: "Комментарий", format: "text", width: 30 },
            ],
            rows: [
              ["760152", '=HYPERLINK("http://evil.example","Школа 1")', 0.125, 3.456, 25, "ШНОР", true, "+7 999 000-00-00"],
              ["760153", "МБОУ «СОШ № 2»", 0.5, 2.9, 30, "норма", false, "@SUM(A1)"],
              ["760154", "Школа 3", Number.NaN, null, 0, "риск", null, "-5"],
            ],
            rules: [
              { kind: "textEquals", column: "status", value: "ШНОР", style: "bad" },
              { kind: "isTrue", column: "low", style: "strong" },
              { kind: "dataBar", column: "share" },
              { kind: "colorScale", column: "score", lowIsGood: false },
            ],
            charts: [{ type: "column", title: "Доля «2» по школам", categoryColumn: "name", valueColumns: ["share"] }],
          },
          {
            name: "Итоги_2024",
            title: "Итоги",
            columns: [
              { key: "k", header: "Показатель" },
              { key: "v", header: "Показатель" }, // duplicate header: Excel tables need unique ones
            ],
            rows: [],
          },
        ],
      },
      {
        name: "Справка",
        tables: [{ name: "Info", columns: [{ key: "k", header: "Параметр" }, { key: "v", header: "Значение" }], rows: [["Год", 2024]] }],
      },
    ],
  };
}
