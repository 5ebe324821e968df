/**
 * How the report's semantic formats look in an .xlsx file: number format codes, the fill palette of rule
 * styles, conditional-formatting rules in exceljs terms, and the display width of values for autofit.
 * The palette follows Excel's own built-in "Good/Bad/Neutral" cell styles so reports feel native.
 */
import type ExcelJS from "exceljs";
import type { CellOut, ConditionalRule, NumberFormat, RuleStyle } from "../../core/report/sheet";

export const NUMBER_FORMATS: Record<NumberFormat, string> = {
  integer: "0",
  decimal1: "0.0",
  decimal2: "0.00",
  decimal3: "0.000",
  percent: "0%",
  percent1: "0.0%",
  text: "@",
};

/** Fill and font colours (ARGB) of each rule style. */
export const RULE_PALETTE: Record<RuleStyle, { fill: string; font: string }> = {
  good: { fill: "FFC6EFCE", font: "FF006100" }, // green
  bad: { fill: "FFFFC7CE", font: "FF9C0006" }, // red
  warning: { fill: "FFFFEB9C", font: "FF9C5700" }, // amber
  neutral: { fill: "FFEDEDED", font: "FF404040" }, // grey
  strong: { fill: "FFC00000", font: "FFFFFFFF" }, // dark red: the highest risk level
  moderate: { fill: "FFF8CBAD", font: "FF843C0C" }, // orange
  basic: { fill: "FFFFF2CC", font: "FF7F6000" }, // yellow
  info: { fill: "FFDDEBF7", font: "FF1F4E78" }, // blue
};

/** Colour scale ends: green is good, red is bad; the midpoint is yellow. */
const SCALE = { good: "FF63BE7B", middle: "FFFFEB84", bad: "FFF8696B" };
const DATA_BAR = "FF638EC6";

function ruleStyle(style: RuleStyle): Partial<ExcelJS.Style> {
  const { fill, font } = RULE_PALETTE[style];
  // Differential (conditional) fills take the colour from bgColor; fgColor is set too for readers that look there.
  return { fill: { type: "pattern", pattern: "solid", fgColor: { argb: fill }, bgColor: { argb: fill } }, font: { color: { argb: font } } };
}

/** A text constant inside a formula: quoted, with quotes doubled. */
function formulaText(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

export function excelRule(rule: ConditionalRule, priority: number): ExcelJS.ConditionalFormattingRule {
  switch (rule.kind) {
    case "textEquals":
      return { type: "cellIs", operator: "equal", formulae: [formulaText(rule.value)], style: ruleStyle(rule.style), priority };
    case "isTrue":
      return { type: "cellIs", operator: "equal", formulae: ["TRUE"], style: ruleStyle(rule.style), priority };
    case "dataBar":
      return {
        type: "dataBar",
        cfvo: [{ type: "min" }, { type: "max" }],
        gradient: false,
        color: { argb: DATA_BAR },
        priority,
      } as ExcelJS.DataBarRuleType; // `color` is supported by the writer but missing from the typings
    case "colorScale": {
      const [low, high] = rule.lowIsGood ? [SCALE.good, SCALE.bad] : [SCALE.bad, SCALE.good];
      return {
        type: "colorScale",
        cfvo: [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }],
        color: [{ argb: low }, { argb: SCALE.middle }, { argb: high }],
        priority,
      };
    }
  }
}

/** Characters a value takes when shown with its format (for autofit; a close estimate is enough). */
export function displayLength(value: CellOut, format: NumberFormat | undefined): number {
  if (value === null) return 0;
  if (typeof value === "boolean") return 6; // ИСТИНА / FALSE
  if (typeof value === "string") {
    let longest = 0;
    for (const line of value.split("\n")) longest = Math.max(longest, line.length);
    return longest;
  }
  if (!Number.isFinite(value)) return 0;
  switch (format) {
    case "integer":
      return value.toFixed(0).length;
    case "decimal1":
      return value.toFixed(1).length;
    case "decimal2":
      return value.toFixed(2).length;
    case "decimal3":
      return value.toFixed(3).length;
    case "percent":
      return (value * 100).toFixed(0).length + 1;
    case "percent1":
      return (value * 100).toFixed(1).length + 1;
    default:
      return Math.min(String(value).length, 11); // General shows at most ~11 characters
  }
}
