/**
 * The report's conditional rules as native Excel conditional formats, in the shared palette. Excel puts each new
 * format at the top priority, so rules are added last to first: the first rule of a spec wins, as in the file.
 */
import type { ConditionalRule, RuleStyle } from "../../core/report/sheet";
import { DATA_BAR_COLOR, formulaText, RULE_COLORS, scaleColors } from "../reportLayout";

const hex = (rgb: string): string => `#${rgb}`;

export function addRules(rangeOf: (rule: ConditionalRule) => Excel.Range, rules: readonly ConditionalRule[]): void {
  for (let i = rules.length - 1; i >= 0; i--) addRule(rangeOf(rules[i]), rules[i]);
}

export function addRule(range: Excel.Range, rule: ConditionalRule): void {
  switch (rule.kind) {
    case "textEquals":
      // Whole-cell equality (not "contains"): "ШНОР" must not light up "не ШНОР".
      return cellEquals(range, `=${formulaText(rule.value)}`, rule.style);
    case "isTrue":
      return cellEquals(range, "=TRUE", rule.style);
    case "dataBar": {
      const bar = range.conditionalFormats.add("DataBar").dataBar;
      bar.lowerBoundRule = { type: "LowestValue" };
      bar.upperBoundRule = { type: "HighestValue" };
      bar.positiveFormat.fillColor = hex(DATA_BAR_COLOR);
      bar.positiveFormat.gradientFill = false;
      return;
    }
    case "colorScale": {
      const [low, middle, high] = scaleColors(rule.lowIsGood).map(hex);
      range.conditionalFormats.add("ColorScale").colorScale.criteria = {
        minimum: { type: "LowestValue", color: low },
        midpoint: { type: "Percentile", formula: "50", color: middle },
        maximum: { type: "HighestValue", color: high },
      };
      return;
    }
  }
}

function cellEquals(range: Excel.Range, formula1: string, style: RuleStyle): void {
  const rule = range.conditionalFormats.add("CellValue").cellValue;
  rule.format.fill.color = hex(RULE_COLORS[style].fill);
  rule.format.font.color = hex(RULE_COLORS[style].font);
  rule.rule = { formula1, operator: "EqualTo" };
}
