import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ComponentType } from "react";
import { useText } from "../i18n";
import type { WorkflowDefinition } from "../workflows/types";
import type { WorkflowApi } from "../workflows/useWorkflow";
import type { Section, SettingsFormProps } from "./stepTypes";
import { RunBackActions } from "./useStepSection";

// Threshold and year order are shown at their fields; anything else under the form.
const FIELD_PROBLEMS = new Set(["wf_set_threshold_range", "wf_set_years_order"]);

/** Step 4: the workflow's own settings form; the run button stays off while the settings are not valid. */
export function SettingsStep<S, R, Row>({
  api,
  section,
  definition,
  SettingsForm,
}: {
  api: WorkflowApi<S, R, Row>;
  section: Section;
  definition: WorkflowDefinition<S, R, Row>;
  SettingsForm: ComponentType<SettingsFormProps<S>>;
}) {
  const text = useText();
  const { state } = api;
  const years = state.facts?.years ?? [];
  if (state.settings === undefined) return null;
  const settings = state.settings;
  const problems = definition.validate(settings, years);
  const other = problems.filter((p) => !FIELD_PROBLEMS.has(p.key));
  return section("settings", {
    intro: text(definition.settingsIntroKey ?? "wf_settings_intro"),
    body: (
      <>
        <SettingsForm value={settings} years={years} onChange={api.setSettings} />
        {other.length > 0 && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{other.map((p) => text(p.key, p.params)).join(" ")}</MessageBarBody>
          </MessageBar>
        )}
      </>
    ),
    actions: <RunBackActions canRun={problems.length === 0} running={!!state.running} onRun={() => void api.run()} onBack={api.back} />,
  });
}
