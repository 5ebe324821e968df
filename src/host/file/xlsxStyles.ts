/**
 * How the report's semantic formats look in an .xlsx file: the shared look of src/host/reportLayout (number
 * format codes, palette) expressed as exceljs styles and conditional-formatting rules.
 */
import type ExcelJS from "exceljs";
import type { ConditionalRule, RuleStyle } from "../../core/report/sheet";
import { DATA_BAR_COLOR, formulaText, RULE_COLORS, scaleColors } from "../reportLayout";

export { displayLength, NUMBER_FORMATS } from "../reportLayout";

/** exceljs wants opaque ARGB colours. */
const argb = (rgb: string): string => `FF${rgb}`;

/** Fill and font colours (ARGB) of each rule style: the shared palette of src/host/reportLayout. */
export const RULE_PALETTE = Object.fromEntries(
  Object.entries(RULE_COLORS).map(([style, { fill, font }]) => [style, { fill: argb(fill), font: argb(font) }]),
) as Record<RuleStyle, { fill: string; font: string }>;

function ruleStyle(style: RuleStyle): Partial<ExcelJS.Style> {
  const { fill, font } = RULE_PALETTE[style];
  // Differential (conditional) fills take the colour from bgColor; fgColor is set too for readers that look there.
  return { fill: { type: "pattern", pattern: "solid", fgColor: { argb: fill }, bgColor: { argb: fill } }, font: { color: { argb: font } } };
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
        color: { argb: argb(DATA_BAR_COLOR) },
        priority,
      } as ExcelJS.DataBarRuleType; // `color` is supported by the writer but missing from the typings
    case "colorScale":
      return {
        type: "colorScale",
        cfvo: [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }],
        color: scaleColors(rule.lowIsGood).map((c) => ({ argb: argb(c) })),
        priority,
      };
  }
}
