import { IndicesSettingsForm } from "../components/IndicesSettingsForm";
import { IndicesSummary } from "../components/IndicesSummary";
import { WorkflowWizard } from "../components/WorkflowWizard";
import { indicesWorkflow } from "../workflows/indices/indicesWorkflow";

/** ИНР/ИМР and the ГИА deviation from student results, written to new sheets with the programme shares. */
export function IndicesPage() {
  return <WorkflowWizard definition={indicesWorkflow} introKey="idx_intro" SettingsForm={IndicesSettingsForm} Summary={IndicesSummary} />;
}
