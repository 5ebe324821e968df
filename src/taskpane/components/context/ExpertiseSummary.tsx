import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useNumberFormat, useText } from "../../i18n";
import type { ExpertiseSummaryData } from "../../workflows/context/expertiseWorkflow";
import { SummaryCard } from "../SummaryCard";

const useStyles = makeStyles({
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** Objects and verdicts counted; indicators 17–18 against their targets; each object's two levels. */
export function ExpertiseSummary({ summary }: { summary: ExpertiseSummaryData }) {
  const styles = useStyles();
  const text = useText();
  const s = summary;
  const percent = useNumberFormat({ style: "percent", maximumFractionDigits: 1 });
  const fmt = (x: number | null) => (x === null ? "—" : percent.format(x));
  const verdict = (b: boolean | null) => text(b === null ? "cp_exp_unknown" : b ? "cp_exp_met" : "cp_exp_not_met");
  const [mech, impl] = s.indicators;
  return (
    <SummaryCard
      title={text("cp_sum_expertise_title", { year: s.year })}
      stats={[
        { label: text("cp_sum_objects"), value: s.objects.length },
        { label: text("cp_sum_formed"), value: mech.n, tone: mech.met === false ? "danger" : mech.met ? "success" : undefined },
        { label: text("cp_sum_implemented"), value: impl.n, tone: impl.met === false ? "danger" : impl.met ? "success" : undefined },
      ]}
    >
      <ul className={styles.list} aria-label={text("cp_sum_expertise_indicators")}>
        {s.indicators.map((i) => (
          <li key={i.indicator}>
            <Text>{text("cp_sum_expertise_indicator", { no: i.indicator, n: i.n, m: i.m, share: fmt(i.share), target: fmt(i.target), verdict: verdict(i.met) })}</Text>
          </li>
        ))}
      </ul>
      <Text as="h5" weight="semibold" className={styles.heading}>
        {text("cp_sum_expertise_objects")}
      </Text>
      <ul className={styles.list} aria-label={text("cp_sum_expertise_objects")}>
        {s.objects.map((o) => (
          <li key={o.object}>
            <Text>{text("cp_sum_expertise_object", { object: o.object, mechanisms: fmt(o.mechanisms), implementation: fmt(o.implementation) })}</Text>
          </li>
        ))}
      </ul>
    </SummaryCard>
  );
}
