import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useText } from "../../i18n";
import type { DeficitsSummary as Data } from "../../workflows/context/deficitsWorkflow";
import { SummaryCard } from "../SummaryCard";

const useStyles = makeStyles({
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** Schools and deficits in all; then each municipality's counts (the seed-004 table is on the sheet). */
export function DeficitsSummary({ summary }: { summary: Data }) {
  const styles = useStyles();
  const text = useText();
  const s = summary;
  const tone = (n: number) => (n > 0 ? ("danger" as const) : ("success" as const));
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
    </SummaryCard>
  );
}
