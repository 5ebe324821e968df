import { HorizontalBarChart, type ChartProps } from "@fluentui/react-charts";
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { useId } from "react";
import { localeOf, useLang } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0 },
  title: { ...typographyStyles.body1Strong, margin: 0 },
});

export interface ShareBar {
  label: string;
  value: number;
  total: number;
  /** A colour token (tokens.colorPalette…): the chart follows the theme. */
  color: string;
}

export interface ShareBarsProps {
  title: string;
  bars: readonly ShareBar[];
  /** "fraction" shows «12 / 84» beside each bar, "percentage" «14%». */
  mode: "fraction" | "percentage";
}

/** One thin bar per line, each a part of its own whole: fits a narrow pane, where axis charts do not. */
export function ShareBars({ title, bars, mode }: ShareBarsProps) {
  const styles = useStyles();
  const lang = useLang();
  const titleId = useId();
  // Fresh objects on every render: the chart writes a placeholder segment into the data it is given.
  const data: ChartProps[] = bars
    .filter((b) => b.total > 0)
    .map((b) => ({
      chartTitle: b.label,
      chartData: [{ legend: b.label, horizontalBarChartdata: { x: b.value, total: b.total }, color: b.color }],
    }));
  return (
    <figure className={styles.root} aria-labelledby={titleId}>
      <figcaption id={titleId} className={styles.title}>
        {title}
      </figcaption>
      <HorizontalBarChart data={data} chartDataMode={mode} culture={localeOf(lang)} barHeight={12} hideTooltip />
    </figure>
  );
}
