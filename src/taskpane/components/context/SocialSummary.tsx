import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useNumberFormat, useText } from "../../i18n";
import type { SocialSummary as Data } from "../../workflows/context/socialWorkflow";
import { SummaryCard } from "../SummaryCard";

const useStyles = makeStyles({
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  note: { color: tokens.colorNeutralForeground3 },
});

/** At most this many zone schools are listed; the sheet has them all. */
const SHOWN = 10;

/** Schools, scored schools and the risk zone (with a ШНОР list: how many are ШНОР); the zone schools with their ИСБШ and the municipal comparison. */
export function SocialSummary({ summary }: { summary: Data }) {
  const styles = useStyles();
  const text = useText();
  const s = summary;
  const decimal = useNumberFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const fmt = (x: number | null) => (x === null ? "—" : decimal.format(x));
  return (
    <SummaryCard
      title={text("cp_sum_social_title", { year: s.year === null ? "" : ` ${s.year}` })}
      description={text("cp_sum_social_description")}
      stats={[
        { label: text("wf_sum_schools"), value: s.schools },
        { label: text("cp_sum_scored"), value: s.scored, tone: s.scored < s.schools ? "warning" : undefined },
        { label: text("cp_sum_zone"), value: s.zone, tone: s.zone > 0 ? "danger" : "success" },
        ...(s.zoneShnor === null ? [] : [{ label: text("fp_sum_zone_shnor"), value: s.zoneShnor, tone: s.zoneShnor > 0 ? ("danger" as const) : undefined }]),
      ]}
    >
      {s.zoneSchools.length === 0 ? (
        <Caption1>{text("cp_sum_zone_none")}</Caption1>
      ) : (
        <>
          <Text as="h5" weight="semibold" className={styles.heading}>
            {text("cp_sum_zone_list")}
          </Text>
          <ul className={styles.list} aria-label={text("cp_sum_zone_list")}>
            {s.zoneSchools.slice(0, SHOWN).map((z) => (
              <li key={z.schoolId}>
                <Text>{text("cp_sum_zone_school", { school: z.schoolName || z.schoolId, index: fmt(z.index) })}{z.shnor ? text("fp_sum_zone_school_shnor") : ""}</Text>
                {z.comparison && (
                  <Caption1 block className={styles.note}>
                    {text("cp_sum_zone_compare", { comparison: z.comparison, mean: fmt(z.municipalityMean) })}
                  </Caption1>
                )}
              </li>
            ))}
          </ul>
          {s.zoneSchools.length > SHOWN && <Caption1>{text("cp_sum_zone_more", { count: s.zoneSchools.length - SHOWN })}</Caption1>}
          {s.zoneShnor !== null && s.municipalities.some((m) => (m.zoneShnor ?? 0) > 0) && (
            <Caption1 block className={styles.note}>
              {text("fp_sum_zone_shnor_mo", {
                list: s.municipalities.filter((m) => (m.zoneShnor ?? 0) > 0).map((m) => `${m.municipality || text("cp_sum_no_municipality")} — ${m.zoneShnor}`).join("; "),
              })}
            </Caption1>
          )}
        </>
      )}
    </SummaryCard>
  );
}
