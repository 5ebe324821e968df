import { SocialSettingsForm } from "../components/context/SocialSettingsForm";
import { SocialSummary } from "../components/context/SocialSummary";
import { WorkflowWizard } from "../components/WorkflowWizard";
import { socialWorkflow } from "../workflows/context/socialWorkflow";

/** ИСБШ from the social passport, the risk zone and the comparison with the municipality, written to new sheets. */
export function SocialIndexPage() {
  return <WorkflowWizard definition={socialWorkflow} introKey="cp_social_intro" SettingsForm={SocialSettingsForm} Summary={SocialSummary} />;
}
