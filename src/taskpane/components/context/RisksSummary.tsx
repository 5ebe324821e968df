import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useNumberFormat, useText } from "../../i18n";
import type { RisksSummary as Data } from "../../workflows/context/risksWorkflow";
import { ShareBars } from "../ShareBars";
import { SummaryCard } from "../SummaryCard";

const useStyles = makeStyles({
  heading: { margin: 0 },
  // The FIOKO factor number starts each line: no list markers of its own.
  factors: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** Schools (town / village), schools with a high risk, and the top factors with their shares. */
export function RisksSummary({ summary }: { summary: Data }) {
  const styles = useStyles();
  const text = useText();
  const s = summary;
  const percent = useNumberFormat({ style: "percent", maximumFractionDigits: 0 });
  return (
    <SummaryCard
      title={text("cp_sum_risks_title")}
      description={text(`cp_sum_risks_counted_${s.counted}`)}
      stats={[
        { label: text("wf_sum_schools"), value: s.schools },
        { label: text("cp_sum_with_high"), value: s.withHigh, tone: s.withHigh > 0 ? "danger" : "success" },
        { label: text("cp_sum_urban"), value: s.urban },
        { label: text("cp_sum_rural"), value: s.rural },
      ]}
    >
      {s.schools > 0 && (
        <ShareBars
          title={text("cp_sum_locality")}
          mode="fraction"
          bars={[
            { label: text("cp_sum_urban"), value: s.urban, total: s.schools, color: tokens.colorPaletteBlueBackground2 },
            { label: text("cp_sum_rural"), value: s.rural, total: s.schools, color: tokens.colorPaletteGreenBackground3 },
          ]}
        />
      )}
      <Text as="h5" weight="semibold" className={styles.heading}>
        {text("cp_sum_top_factors")}
      </Text>
      <ul className={styles.factors} aria-label={text("cp_sum_top_factors")}>
        {s.top.map((f) => (
          <li key={f.no}>
            <Text>{text("cp_sum_top_factor", { no: f.no, title: f.title, share: f.share === null ? "—" : percent.format(f.share) })}</Text>
          </li>
        ))}
      </ul>
    </SummaryCard>
  );
}
