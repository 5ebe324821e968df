import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { formatProblem } from "../../../i18n";
import { useLang, useText } from "../../i18n";
import type { FederalSummary as Data } from "../../workflows/context/federalWorkflow";
import { SummaryCard } from "../SummaryCard";

const useStyles = makeStyles({
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  note: { color: tokens.colorNeutralForeground3 },
  warning: { color: tokens.colorStatusWarningForeground3 },
});

/** At most this many ШНРО schools are listed; the sheet has them all. */
const SHOWN = 10;

/** ШНРО and ШФНСУ in all; each criterion's count; the ШНРО schools with how many criteria they meet. */
export function FederalSummary({ summary }: { summary: Data }) {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  const s = summary;
  const c = s.counts;
  const criteria: [string, number][] = [
    ["fp_sum_low_results", c.lowResults], ["fp_sum_large_gap", c.largeGap], ["fp_sum_low_olympiad", c.lowOlympiad],
    ["fp_sum_low_isbs", c.lowSocialIndex], ["fp_sum_hard_to_reach", c.hardToReach], ["fp_sum_high_unemployment", c.highUnemployment],
  ];
  return (
    <SummaryCard
      title={text("fp_sum_federal_title")}
      description={text("fp_sum_federal_description")}
      stats={[
        { label: text("wf_sum_schools"), value: s.schools },
        { label: text("fp_sum_shnro"), value: c.shnro, tone: c.shnro > 0 ? "danger" : "success" },
        { label: text("fp_sum_shnsu"), value: c.shnsu, tone: c.shnsu > 0 ? "warning" : "success" },
      ]}
    >
      <Text as="h5" weight="semibold" className={styles.heading}>
        {text("fp_sum_criteria")}
      </Text>
      <ul className={styles.list} aria-label={text("fp_sum_criteria")}>
        {criteria.map(([key, n]) => (
          <li key={key}>
            <Text>{text(key, { count: n })}</Text>
          </li>
        ))}
      </ul>
      <Caption1 className={styles.note}>{text(`fp_sum_composite_${s.compositeSource}`)}</Caption1>
      {(s.undecided.shnro > 0 || s.undecided.shnsu > 0) && (
        <Caption1 className={styles.note}>{text("fp_sum_undecided", { shnro: s.undecided.shnro, shnsu: s.undecided.shnsu })}</Caption1>
      )}
      {s.warnings.map((w, i) => (
        <Caption1 key={i} className={styles.warning}>
          {formatProblem(w, lang)}
        </Caption1>
      ))}
      {s.shnroSchools.length > 0 && (
        <>
          <Text as="h5" weight="semibold" className={styles.heading}>
            {text("fp_sum_shnro_list")}
          </Text>
          <ul className={styles.list} aria-label={text("fp_sum_shnro_list")}>
            {s.shnroSchools.slice(0, SHOWN).map((x) => (
              <li key={x.schoolId}>
                <Text>{text("fp_sum_shnro_school", { school: x.schoolName || x.schoolId, criteria: x.criteria })}</Text>
              </li>
            ))}
          </ul>
          {s.shnroSchools.length > SHOWN && <Caption1>{text("cp_sum_zone_more", { count: s.shnroSchools.length - SHOWN })}</Caption1>}
        </>
      )}
    </SummaryCard>
  );
}
