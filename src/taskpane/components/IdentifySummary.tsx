import { Caption1, tokens } from "@fluentui/react-components";
import type { Cluster } from "../../core/indicators/clusters";
import { useText } from "../i18n";
import type { IdentifySummaryData } from "../workflows/identifyWorkflow";
import { ShareBars } from "./ShareBars";
import { SummaryCard } from "./SummaryCard";

const CLUSTERS: readonly Cluster[] = ["basic", "moderate", "strong"];
// Warmer as the cluster gets worse; tokens keep the bars readable in dark themes too.
const CLUSTER_COLORS: Record<Cluster, string> = {
  basic: tokens.colorPaletteMarigoldBackground3,
  moderate: tokens.colorPaletteDarkOrangeBackground3,
  strong: tokens.colorPaletteRedBackground3,
};

/** Schools, ШНОР and the zone of risk, and the ШНОР by FIOKO cluster as bars. */
export function IdentifySummary({ summary }: { summary: IdentifySummaryData }) {
  const text = useText();
  const s = summary;
  return (
    <SummaryCard
      title={text("wf_sum_identify_title", { year: s.listYear })}
      description={text("wf_sum_identify_description", { year: s.resultsYear })}
      stats={[
        { label: text("wf_sum_schools"), value: s.schools },
        { label: text("wf_sum_shnor"), value: s.shnor, tone: s.shnor > 0 ? "danger" : "success" },
        { label: text("wf_sum_risk"), value: s.riskZone, tone: s.riskZone > 0 ? "warning" : undefined },
      ]}
    >
      {s.shnor > 0 ? (
        <ShareBars
          title={text("wf_sum_clusters")}
          mode="fraction"
          bars={CLUSTERS.map((c) => ({ label: text(`wf_cluster_${c}`), value: s.clusters[c], total: s.shnor, color: CLUSTER_COLORS[c] }))}
        />
      ) : (
        <Caption1>{text("wf_sum_no_shnor")}</Caption1>
      )}
      {s.noDataLatest > 0 && <Caption1>{text("wf_sum_no_data_latest", { count: s.noDataLatest, year: s.resultsYear })}</Caption1>}
    </SummaryCard>
  );
}
