import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from "@fluentui/react-components";
import { DocumentTableRegular } from "@fluentui/react-icons";
import type { ComponentType, ReactNode } from "react";
import type { AggregateRow } from "../../core/table/aggregate";
import type { WorkbookHost } from "../../host/WorkbookHost";
import { useWorkbookHost } from "../host";
import { useLang, useText } from "../i18n";
import { STEPS, type StepId, type WorkflowDefinition } from "../workflows/types";
import { useWorkflow } from "../workflows/useWorkflow";
import { CheckStep } from "./CheckStep";
import { ConfirmReplaceDialog } from "./ConfirmReplaceDialog";
import { MappingStep } from "./MappingStep";
import { SettingsStep } from "./SettingsStep";
import { SourcePicker } from "./SourcePicker";
import type { SettingsFormProps } from "./stepTypes";
import { Stepper } from "./Stepper";
import { DoneActions, useStepSection } from "./useStepSection";
import { WrittenSheets } from "./WrittenSheets";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  intro: { margin: 0 },
});

export interface WorkflowWizardProps<S, R, Row = AggregateRow> {
  definition: WorkflowDefinition<S, R, Row>;
  /** Message key of the line under the page title saying what the workflow does. */
  introKey: string;
  SettingsForm: ComponentType<SettingsFormProps<S>>;
  Summary: ComponentType<{ summary: R }>;
  /** Shown under the intro whatever the step (e.g. a button writing an empty input sheet). */
  extra?: ReactNode;
}

/** A workflow page: the stepper and the current step, over the workbook the pane runs in. */
export function WorkflowWizard<S, R, Row = AggregateRow>(props: WorkflowWizardProps<S, R, Row>) {
  const host = useWorkbookHost();
  const text = useText();
  if (!host) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{text("wf_no_host")}</MessageBarBody>
      </MessageBar>
    );
  }
  return <Wizard {...props} host={host} />;
}

function Wizard<S, R, Row>({ definition, introKey, SettingsForm, Summary, extra, host }: WorkflowWizardProps<S, R, Row> & { host: WorkbookHost }) {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  const api = useWorkflow(definition, host, lang);
  const { state } = api;
  const section = useStepSection(STEPS, (step: StepId) => text(`wf_step_${step}`), state.notice, state.running, api.cancel);

  return (
    <div className={styles.root}>
      <Text as="p" className={styles.intro}>
        {text(introKey)}
      </Text>
      {extra}
      <Stepper current={state.step} />
      {renderStep()}
      <ConfirmReplaceDialog sheets={state.confirm?.sheets} onReplace={() => void api.confirmReplace()} onKeep={api.declineReplace} />
    </div>
  );

  function renderStep() {
    switch (state.step) {
      case "source":
        return section("source", {
          intro: text(definition.table?.sourceIntroKey ?? "wf_source_intro"),
          body: (
            <SourcePicker
              sources={state.sources}
              value={state.ref}
              onChange={api.chooseSource}
              onRefresh={() => void api.refreshSources()}
              disabled={!!state.running}
              failed={state.notice?.intent === "error"}
            />
          ),
          actions: (
            <Button appearance="primary" icon={<DocumentTableRegular />} disabled={!state.ref || !!state.running} onClick={() => void api.read()}>
              {text("wf_source_read")}
            </Button>
          ),
        });
      case "mapping":
        return <MappingStep api={api} section={section} />;
      case "check":
        return <CheckStep api={api} section={section} />;
      case "settings":
        return <SettingsStep api={api} section={section} definition={definition} SettingsForm={SettingsForm} />;
      case "run":
        return section("run", {
          intro: text("wf_run_intro"),
          body: !state.running && !state.confirm && <Spinner size="small" />,
        });
      case "done":
        return section("done", {
          body: state.outcome && (
            <>
              <Summary summary={state.outcome.summary} />
              <WrittenSheets sheets={state.outcome.sheets} onOpen={(sheet) => void api.goTo({ sheet, row: 1, col: 1 })} />
            </>
          ),
          actions: <DoneActions onRestart={api.restart} onBack={api.back} />,
        });
    }
  }
}
