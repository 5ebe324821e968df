import { FederalSettingsForm } from "../components/context/FederalSettingsForm";
import { FederalSummary } from "../components/context/FederalSummary";
import { WorkflowWizard } from "../components/WorkflowWizard";
import { federalWorkflow } from "../workflows/context/federalWorkflow";

/** The 2016 federal-programme criteria (ШНРО, ШФНСУ) per school, written to a new sheet. */
export function FederalPage() {
  return <WorkflowWizard definition={federalWorkflow} introKey="fp_federal_intro" SettingsForm={FederalSettingsForm} Summary={FederalSummary} />;
}
