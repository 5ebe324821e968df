import { RisksSettingsForm } from "../components/context/RisksSettingsForm";
import { RisksSummary } from "../components/context/RisksSummary";
import { WorkflowWizard } from "../components/WorkflowWizard";
import { risksWorkflow } from "../workflows/context/risksWorkflow";

/** «500+» risk profiles: high risks per school, the top factors, town vs village, written to new sheets. */
export function RisksPage() {
  return <WorkflowWizard definition={risksWorkflow} introKey="cp_risks_intro" SettingsForm={RisksSettingsForm} Summary={RisksSummary} />;
}
