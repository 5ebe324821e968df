import { OipSettingsForm } from "../components/context/OipSettingsForm";
import { OipSummary } from "../components/context/OipSummary";
import { WorkflowWizard } from "../components/WorkflowWizard";
import { oipWorkflow } from "../workflows/context/oipWorkflow";

/** ОИП per school and year: below the target, declining, both, and the share with growth, written to a new sheet. */
export function OipPage() {
  return <WorkflowWizard definition={oipWorkflow} introKey="fp_oip_intro" SettingsForm={OipSettingsForm} Summary={OipSummary} />;
}
