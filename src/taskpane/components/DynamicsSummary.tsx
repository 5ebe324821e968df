import { tokens } from "@fluentui/react-components";
import { useText } from "../i18n";
import type { DynamicsSummaryData } from "../workflows/dynamicsWorkflow";
import { ShareBars } from "./ShareBars";
import { SummaryCard } from "./SummaryCard";

/** Schools compared, how ШНОР moved between clusters, and per assessment the share «с положительным результатом». */
export function DynamicsSummary({ summary }: { summary: DynamicsSummaryData }) {
  const text = useText();
  const s = summary;
  const tr = s.transitions;
  return (
    <SummaryCard
      title={text("wf_sum_dynamics_title", { from: s.fromYear, to: s.toYear })}
      description={text("wf_sum_dynamics_description", { positive: s.overall.total ? Math.round((s.overall.positive / s.overall.total) * 100) : 0 })}
      stats={[
        { label: text("wf_sum_schools"), value: s.schools },
        { label: text("wf_sum_tr_positive"), value: tr.improved + tr.left, tone: "success" },
        { label: text("wf_sum_tr_worsened"), value: tr.worsened, tone: tr.worsened > 0 ? "danger" : undefined },
        { label: text("wf_sum_tr_entered"), value: tr.entered, tone: tr.entered > 0 ? "warning" : undefined },
      ]}
    >
      <ShareBars
        title={text("wf_sum_positive_by_assessment")}
        mode="percentage"
        bars={s.assessments.map((a) => ({ label: a.label, value: a.positive, total: a.total, color: tokens.colorPaletteGreenBackground3 }))}
      />
    </SummaryCard>
  );
}
