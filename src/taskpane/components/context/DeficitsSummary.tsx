import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useNumberFormat, useText } from "../../i18n";
import type { DeficitsSummary as Data, IndexIndicatorLine } from "../../workflows/context/deficitsWorkflow";
import { SummaryCard } from "../SummaryCard";

const useStyles = makeStyles({
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  note: { color: tokens.colorNeutralForeground3 },
  met: { color: tokens.colorStatusSuccessForeground1 },
  notMet: { color: tokens.colorStatusDangerForeground1 },
});

/** Schools and deficits in all; each municipality's counts (the seed-004 table is on the sheet); indicators 11–12. */
export function DeficitsSummary({ summary }: { summary: Data }) {
  const styles = useStyles();
  const text = useText();
  const percent = useNumberFormat({ style: "percent", maximumFractionDigits: 1 });
  const s = summary;
  const tone = (n: number) => (n > 0 ? ("danger" as const) : ("success" as const));
  const share = (x: number | null) => (x === null ? "—" : percent.format(x));
  const indicator = (x: IndexIndicatorLine, what: string) => (
    <li key={x.indicator}>
      <Text>{text("fp_sum_indicator", { no: x.indicator, what, n: x.n, m: x.m, share: share(x.share) })}</Text>
      <Caption1 block className={x.target === null || x.target.met === null ? styles.note : x.target.met ? styles.met : styles.notMet}>
        {x.target === null
          ? text("fp_sum_indicator_no_target")
          : text("fp_sum_indicator_target", { year: x.target.year, target: share(x.target.value), verdict: text(x.target.met === null ? "ctx_verdict_noData" : x.target.met ? "ctx_verdict_met" : "ctx_verdict_notMet") })}
      </Caption1>
    </li>
  );
  return (
    <SummaryCard
      title={text("cp_sum_deficits_title", { year: s.year === null ? "" : ` ${s.year}` })}
      description={text("cp_sum_deficits_description")}
      stats={[
        { label: text("wf_sum_schools"), value: s.schools },
        { label: text("cp_sum_staffing"), value: s.staffing, tone: tone(s.staffing) },
        { label: text("cp_sum_infrastructure"), value: s.infrastructure, tone: tone(s.infrastructure) },
        { label: text("cp_sum_both"), value: s.both, tone: tone(s.both) },
      ]}
    >
      <Text as="h5" weight="semibold" className={styles.heading}>
        {text("cp_sum_by_municipality")}
      </Text>
      <ul className={styles.list} aria-label={text("cp_sum_by_municipality")}>
        {s.municipalities.map((m) => (
          <li key={m.municipality}>
            <Text>{text("cp_sum_deficits_mo", { municipality: m.municipality || text("cp_sum_no_municipality"), staffing: m.staffing, infrastructure: m.infrastructure, both: m.both, schools: m.schools })}</Text>
          </li>
        ))}
      </ul>
      {s.unknown > 0 && <Caption1>{text("cp_sum_deficits_unknown", { count: s.unknown })}</Caption1>}
      {s.dynamics && (
        <>
          <Text as="h5" weight="semibold" className={styles.heading}>
            {text("fp_sum_dynamics", { from: s.dynamics.from, to: s.dynamics.to })}
          </Text>
          <ul className={styles.list} aria-label={text("fp_sum_dynamics", { from: s.dynamics.from, to: s.dynamics.to })}>
            {indicator(s.dynamics.staffing, text("fp_sum_staffing"))}
            {indicator(s.dynamics.equipment, text("fp_sum_equipment"))}
          </ul>
        </>
      )}
    </SummaryCard>
  );
}
