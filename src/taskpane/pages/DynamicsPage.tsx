import { DynamicsSettingsForm } from "../components/DynamicsSettingsForm";
import { DynamicsSummary } from "../components/DynamicsSummary";
import { WorkflowWizard } from "../components/WorkflowWizard";
import { dynamicsWorkflow } from "../workflows/dynamicsWorkflow";

/** Dynamics per assessment and cluster transitions between two results years, written to new sheets. */
export function DynamicsPage() {
  return <WorkflowWizard definition={dynamicsWorkflow} introKey="wf_dynamics_intro" SettingsForm={DynamicsSettingsForm} Summary={DynamicsSummary} />;
}
