import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useNumberFormat, useText } from "../../i18n";
import type { OipSummary as Data } from "../../workflows/context/oipWorkflow";
import { SummaryCard } from "../SummaryCard";

const useStyles = makeStyles({
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  note: { color: tokens.colorNeutralForeground3 },
});

/** At most this many flagged schools are listed; the sheet has them all. */
const SHOWN = 10;

/** Schools below the target, declining, both; the share with growth; the schools below the target and declining. */
export function OipSummary({ summary }: { summary: Data }) {
  const styles = useStyles();
  const text = useText();
  const s = summary;
  const decimal = useNumberFormat({ maximumFractionDigits: 2 });
  const percent = useNumberFormat({ style: "percent", maximumFractionDigits: 1 });
  const fmt = (x: number | null) => (x === null ? "—" : decimal.format(x));
  const tone = (n: number) => (n > 0 ? ("danger" as const) : ("success" as const));
  return (
    <SummaryCard
      title={text("fp_sum_oip_title", { year: s.year })}
      description={text("fp_sum_oip_description")}
      stats={[
        { label: text("wf_sum_schools"), value: s.schools },
        { label: text("fp_sum_oip_below", { target: fmt(s.target) }), value: s.below, tone: tone(s.below) },
        { label: text("fp_sum_oip_decline"), value: s.decline, tone: tone(s.decline) },
        { label: text("fp_sum_oip_both"), value: s.flagged.length, tone: tone(s.flagged.length) },
      ]}
    >
      <Text>
        {s.growth.m === 0
          ? text("fp_sum_oip_growth_none", { year: s.year - 1 })
          : text("fp_sum_oip_growth", { n: s.growth.n, m: s.growth.m, share: percent.format(s.growth.share ?? 0) })}
      </Text>
      {s.withValue < s.schools && <Caption1 className={styles.note}>{text("fp_sum_oip_missing", { count: s.schools - s.withValue, year: s.year })}</Caption1>}
      {s.flagged.length > 0 && (
        <>
          <Text as="h5" weight="semibold" className={styles.heading}>
            {text("fp_sum_oip_flagged")}
          </Text>
          <ul className={styles.list} aria-label={text("fp_sum_oip_flagged")}>
            {s.flagged.slice(0, SHOWN).map((x) => (
              <li key={x.schoolId}>
                <Text>{text("fp_sum_oip_school", { school: x.schoolName || x.schoolId, prev: fmt(x.prev), value: fmt(x.value) })}</Text>
              </li>
            ))}
          </ul>
          {s.flagged.length > SHOWN && <Caption1>{text("cp_sum_zone_more", { count: s.flagged.length - SHOWN })}</Caption1>}
        </>
      )}
    </SummaryCard>
  );
}
