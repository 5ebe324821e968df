/**
 * The streamed aggregate reader gives exactly what the whole-table reader gives — rows, problems in order, header
 * row and mapping — on messy tables (title rows, blank and totals rows, bad cells, repeats, percentages), wherever
 * its batches happen to end.
 */
import fc from "fast-check";
import { readAggregateTable } from "../../src/core/table/aggregate";
import { createAggregateStream } from "../../src/core/table/aggregateStream";

const HEADERS = [
  ["Логин ОО", "Наименование ОО", "МО", "Город/село", "Год", "Оценочная процедура", "Кол-во участников", "Количество «2»"],
  ["school_id", "name", "municipality", "locality", "year", "assessment", "participants", "failed"],
  ["Логин ОО", "Наименование ОО", "МО", "Город/село", "Год", "Оценочная процедура", "Кол-во участников", "Доля «2», %"],
];

const cellOf = {
  id: fc.constantFrom("s1", "s2", "s3", "", "Итого", "#N/A", 760152),
  name: fc.constantFrom("Школа № 1", "", "Всего по МО"),
  municipality: fc.constantFrom("МО 1", "МО 2", "Итого по району", ""),
  locality: fc.constantFrom("город", "село", "", "?"),
  year: fc.constantFrom("2023", "2024", 2024, "2023/24", "", "20x4", "1999"),
  assessment: fc.constantFrom("VPR5_RUS", "ОГЭ математика", "OGE_RUS", "неизвестно", ""),
  participants: fc.constantFrom("10", "25", 12, "", "-1", "2,5", "#ЗНАЧ!", " 1 000 "),
  failed: fc.constantFrom("3", "0", 4, "", "30", "12%", "0,4"),
};

const dataRow = fc.tuple(cellOf.id, cellOf.name, cellOf.municipality, cellOf.locality, cellOf.year, cellOf.assessment, cellOf.participants, cellOf.failed);
const blankRow = fc.constant(["", "", "", "", "", "", "", ""]);

const table = fc.record({
  titles: fc.array(fc.constantFrom(["Результаты ВПР"], [""]), { maxLength: 3 }),
  header: fc.constantFrom(...HEADERS),
  rows: fc.array(fc.oneof({ weight: 8, arbitrary: dataRow }, { weight: 1, arbitrary: blankRow }), { maxLength: 150 }),
  originRow: fc.integer({ min: 1, max: 4 }),
  batchRows: fc.integer({ min: 1, max: 9 }),
});

test("streamed in batches = read whole", () => {
  fc.assert(
    fc.property(table, ({ titles, header, rows, originRow, batchRows }) => {
      const values: (readonly unknown[])[] = [...titles, header, ...rows];
      const whole = readAggregateTable({ values, sheet: "Данные", originRow });
      const stream = createAggregateStream({ sheet: "Данные", originRow, batchRows });
      for (const row of values) stream.push(row);
      expect(stream.end()).toEqual(whole);
    }),
    { numRuns: 400 },
  );
});

test("a long clean table: every row read, the repeats refused across batches", () => {
  const values: unknown[][] = [HEADERS[0]];
  for (let i = 0; i < 3000; i++) values.push([`s${i % 1000}`, "Школа", "МО", "город", String(2022 + Math.floor(i / 1000)), "VPR5_RUS", "20", "5"]);
  values.push(["s5", "Школа", "МО", "город", "2023", "VPR5_RUS", "20", "5"]);
  const stream = createAggregateStream({ batchRows: 500 });
  for (const row of values) stream.push(row);
  const read = stream.end();
  expect(read.rows).toHaveLength(3000);
  expect(read.problems.map((p) => [p.code, p.location?.row, p.params.first])).toEqual([["row_duplicate", 3002, 1007]]);
  expect(read).toEqual(readAggregateTable({ values }));
});
