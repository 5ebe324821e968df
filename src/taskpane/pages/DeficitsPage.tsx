import { DeficitsSettingsForm } from "../components/context/DeficitsSettingsForm";
import { DeficitsSummary } from "../components/context/DeficitsSummary";
import { WorkflowWizard } from "../components/WorkflowWizard";
import { deficitsWorkflow } from "../workflows/context/deficitsWorkflow";

/** Staffing and equipment indices, deficit flags and the per-municipality table, written to new sheets. */
export function DeficitsPage() {
  return <WorkflowWizard definition={deficitsWorkflow} introKey="cp_deficits_intro" SettingsForm={DeficitsSettingsForm} Summary={DeficitsSummary} />;
}
