import { Caption1, makeStyles, Text, tokens, typographyStyles } from "@fluentui/react-components";
import { useNumberFormat, useText } from "../i18n";
import type { IndicesSummaryData } from "../workflows/indices/indicesWorkflow";
import type { ProgrammeLine } from "../workflows/indices/programmeLine";
import { ShareBars } from "./ShareBars";
import { SummaryCard } from "./SummaryCard";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", ...typographyStyles.caption1 },
  caption: { ...typographyStyles.body1Strong, textAlign: "start", paddingBottom: tokens.spacingVerticalXS },
  cell: { textAlign: "start", padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  verdicts: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  met: { color: tokens.colorStatusSuccessForeground1 },
  notMet: { color: tokens.colorStatusDangerForeground1 },
  note: { color: tokens.colorNeutralForeground3 },
});

const BAR_COLOR = { met: tokens.colorPaletteGreenBackground3, notMet: tokens.colorPaletteRedBackground3, none: tokens.colorPaletteBlueBackground2 };

/** Region ИНР per procedure, and per index the schools with positive dynamics against the programme minimum. */
export function IndicesSummary({ summary }: { summary: IndicesSummaryData }) {
  const styles = useStyles();
  const text = useText();
  const s = summary;
  const pct = useNumberFormat({ style: "percent", maximumFractionDigits: 1 });
  const share = (x: number | null) => (x === null ? "—" : pct.format(x));
  const label = (p: ProgrammeLine) => text(`idx_index_${p.index}`);
  const verdict = (p: ProgrammeLine) =>
    text(p.target === null || p.met === null ? "idx_verdict_none" : p.met ? "idx_verdict_met" : "idx_verdict_not_met", {
      label: label(p), n: p.n, m: p.m, share: share(p.m === 0 ? null : p.n / p.m), target: share(p.target), year: p.targetYear,
    });
  const met = s.programme.filter((p) => p.met === true).length;
  const notMet = s.programme.filter((p) => p.met === false).length;
  return (
    <SummaryCard
      title={text("idx_sum_title", { year: s.year })}
      description={s.deviationWindow ? text("idx_sum_description", { window: s.deviationWindow }) : text("idx_sum_no_gia")}
      stats={[
        { label: text("idx_sum_schools"), value: s.schools },
        { label: text("idx_sum_met"), value: met, tone: met > 0 ? "success" : undefined },
        { label: text("idx_sum_not_met"), value: notMet, tone: notMet > 0 ? "danger" : undefined },
      ]}
    >
      <table className={styles.table}>
        <caption className={styles.caption}>{text("idx_sum_region")}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.cell}>{text("idx_sum_region_col_group")}</th>
            <th scope="col" className={`${styles.cell} ${styles.number}`}>{text("idx_sum_region_col_inr")}</th>
            <th scope="col" className={`${styles.cell} ${styles.number}`}>{text("idx_sum_region_col_participants")}</th>
          </tr>
        </thead>
        <tbody>
          {s.region.map((g) => (
            <tr key={g.label}>
              <th scope="row" className={styles.cell}>{g.label}</th>
              <td className={`${styles.cell} ${styles.number}`}>{share(g.inr)}</td>
              <td className={`${styles.cell} ${styles.number}`}>{g.participants}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!s.dynamicsYears && <Caption1 className={styles.note}>{text("idx_sum_no_dynamics", { year: s.year - 1 })}</Caption1>}
      {s.programme.length > 0 && (
        <>
          <ShareBars
            title={text("idx_sum_shares", { from: s.dynamicsYears?.from ?? s.year - 1, to: s.dynamicsYears?.to ?? s.year })}
            mode="fraction"
            bars={s.programme.map((p) => ({ label: label(p), value: p.n, total: p.m, color: p.met === null ? BAR_COLOR.none : p.met ? BAR_COLOR.met : BAR_COLOR.notMet }))}
          />
          <ul className={styles.verdicts}>
            {s.programme.map((p) => (
              <li key={p.index}>
                <Text size={200} className={p.met === true ? styles.met : p.met === false ? styles.notMet : undefined}>
                  {verdict(p)}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </SummaryCard>
  );
}
