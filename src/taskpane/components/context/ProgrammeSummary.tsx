import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Verdict } from "../../../core/indicators/programmeTemplates";
import { useNumberFormat, useText } from "../../i18n";
import type { ProgrammeSummary as Data } from "../../workflows/context/programmeWorkflow";
import { SummaryCard } from "../SummaryCard";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  met: { color: tokens.colorStatusSuccessForeground1 },
  notMet: { color: tokens.colorStatusDangerForeground1 },
  noTarget: { color: tokens.colorNeutralForeground3 },
  noData: { color: tokens.colorNeutralForeground3 },
});

/** The verdicts counted, then every indicator: value against its target and the verdict. */
export function ProgrammeSummary({ summary }: { summary: Data }) {
  const styles = useStyles();
  const text = useText();
  const s = summary;
  const percent = useNumberFormat({ style: "percent", maximumFractionDigits: 1 });
  const fmt = (x: number | null) => (x === null ? "—" : percent.format(x));
  const tone = (v: Verdict) => styles[v];
  return (
    <SummaryCard
      title={text("cp_sum_programme_title", { year: s.year })}
      description={s.templateTitle}
      stats={[
        { label: text("cp_sum_met"), value: s.counts.met, tone: "success" },
        { label: text("cp_sum_not_met"), value: s.counts.notMet, tone: s.counts.notMet > 0 ? "danger" : undefined },
        { label: text("cp_sum_no_target"), value: s.counts.noTarget },
        { label: text("cp_sum_no_data"), value: s.counts.noData, tone: s.counts.noData > 0 ? "warning" : undefined },
      ]}
    >
      <ul className={styles.list} aria-label={text("cp_sum_indicators")}>
        {s.lines.map((l) => (
          <li key={l.id}>
            <Text>{text("cp_sum_indicator", { id: l.id, value: fmt(l.value), target: fmt(l.target) })} </Text>
            <Text weight="semibold" className={tone(l.verdict)}>
              {l.label}
            </Text>
          </li>
        ))}
      </ul>
      <Caption1>{text("cp_sum_programme_note")}</Caption1>
    </SummaryCard>
  );
}
