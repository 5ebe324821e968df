import { Card, CardHeader, makeStyles, mergeClasses, Text, tokens, typographyStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useNumberFormat } from "../i18n";

const useStyles = makeStyles({
  card: { width: "100%", boxSizing: "border-box" },
  title: { ...typographyStyles.subtitle2, margin: 0 },
  stats: { display: "grid", gap: tokens.spacingHorizontalS, margin: 0 },
  // Three tiles fit a row of a 320 px pane; four go two by two rather than leave one alone.
  three: { gridTemplateColumns: "repeat(3, minmax(0, 1fr))" },
  two: { gridTemplateColumns: "repeat(2, minmax(0, 1fr))" },
  stat: {
    display: "flex",
    flexDirection: "column-reverse",
    justifyContent: "flex-end",
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  value: { ...typographyStyles.title3, margin: 0 },
  // A long Russian word in a narrow tile is hyphenated (the page is lang="ru"), not cut anywhere.
  label: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, overflowWrap: "break-word", hyphens: "auto" },
  danger: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground3 },
  success: { color: tokens.colorStatusSuccessForeground1 },
});

export interface SummaryStat {
  label: string;
  value: number;
  tone?: "danger" | "warning" | "success";
}

export interface SummaryCardProps {
  title: string;
  description?: string;
  stats: readonly SummaryStat[];
  /** The chart and any further lines. */
  children?: ReactNode;
}

/** The key numbers of a finished computation as labelled tiles (a description list), then a small chart. */
export function SummaryCard({ title, description, stats, children }: SummaryCardProps) {
  const styles = useStyles();
  const number = useNumberFormat();
  return (
    <Card className={styles.card}>
      <CardHeader
        header={
          <Text as="h4" className={styles.title}>
            {title}
          </Text>
        }
        description={description ? <Text size={200}>{description}</Text> : undefined}
      />
      <dl className={mergeClasses(styles.stats, stats.length % 2 === 0 ? styles.two : styles.three)}>
        {stats.map((s) => (
          <div key={s.label} className={styles.stat}>
            <dt className={styles.label}>{s.label}</dt>
            <dd className={mergeClasses(styles.value, s.tone && styles[s.tone])}>{number.format(s.value)}</dd>
          </div>
        ))}
      </dl>
      {children}
    </Card>
  );
}
