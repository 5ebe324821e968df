import { IdentifySettingsForm } from "../components/IdentifySettingsForm";
import { IdentifySummary } from "../components/IdentifySummary";
import { WorkflowWizard } from "../components/WorkflowWizard";
import { identifyWorkflow } from "../workflows/identifyWorkflow";

/** The ШНОР list and the zone of risk of one results year, written to new sheets. */
export function IdentifyPage() {
  return <WorkflowWizard definition={identifyWorkflow} introKey="wf_identify_intro" SettingsForm={IdentifySettingsForm} Summary={IdentifySummary} />;
}
