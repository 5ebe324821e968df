/**
 * Native Excel charts for the report's ChartSpecs. Each chart takes its categories and series from the body of
 * its table by column, and sits to the right of the tables (one blank column apart), stacked top to bottom
 * from the header of its table, so a chart never covers data or another chart.
 */
import type { ChartSpec } from "../../core/report/sheet";
import type { PlacedTable, SheetLayout } from "../reportLayout";

/** Excel's chart type names (the string values of Excel.ChartType, usable without the Excel global). */
export type ExcelChartType = `${Excel.ChartType}`;

export const CHART_TYPES: Record<ChartSpec["type"], ExcelChartType> = {
  column: "ColumnClustered",
  stackedColumn: "ColumnStacked",
  stackedColumn100: "ColumnStacked100",
  bar: "BarClustered",
  stackedBar: "BarStacked",
  pie: "Pie",
  line: "Line",
};

/** Size of a chart in cells (about 480 × 290 pt with default column widths and row heights). */
export const CHART_COLUMNS = 8;
export const CHART_ROWS = 18;

/** Where a chart goes, 0-based cell indexes of its top-left and bottom-right corners. */
export interface ChartSlot {
  table: PlacedTable;
  chart: ChartSpec;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function placeCharts(layout: SheetLayout): ChartSlot[] {
  const left = Math.max(0, ...layout.tables.map((t) => t.spec.columns.length)) + 1;
  const slots: ChartSlot[] = [];
  let free = 0;
  for (const table of layout.tables) {
    for (const chart of table.spec.charts ?? []) {
      const top = Math.max(table.headerRow - 1, free);
      slots.push({ table, chart, top, left, bottom: top + CHART_ROWS - 1, right: left + CHART_COLUMNS - 1 });
      free = top + CHART_ROWS + 1;
    }
  }
  return slots;
}

export function addChart(sheet: Excel.Worksheet, slot: ChartSlot): Excel.Chart {
  const { table, chart: spec } = slot;
  const body = (key: string): Excel.Range => {
    const j = table.columnIndex.get(key);
    if (j === undefined) throw new Error(`table "${table.spec.name}": chart on unknown column "${key}"`);
    return sheet.getRangeByIndexes(table.firstRow - 1, j, table.rows.length, 1);
  };
  const header = (key: string): string => table.headers[table.columnIndex.get(key) ?? 0];
  const [first, ...rest] = spec.valueColumns;
  // Body ranges and explicit names: Excel's guess of headers and categories is unreliable (numeric codes).
  const chart = sheet.charts.add(CHART_TYPES[spec.type], body(first), "Columns");
  chart.title.text = spec.title;
  chart.legend.visible = spec.type === "pie" || spec.valueColumns.length > 1;
  const firstSeries = chart.series.getItemAt(0);
  firstSeries.name = header(first);
  firstSeries.setXAxisValues(body(spec.categoryColumn));
  for (const key of rest) {
    const series = chart.series.add(header(key));
    series.setValues(body(key));
    series.setXAxisValues(body(spec.categoryColumn));
  }
  chart.setPosition(sheet.getRangeByIndexes(slot.top, slot.left, 1, 1), sheet.getRangeByIndexes(slot.bottom, slot.right, 1, 1));
  return chart;
}
