import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from "@fluentui/react-components";
import { ArrowLeftRegular, ArrowSyncRegular, DocumentTableRegular } from "@fluentui/react-icons";
import { type ComponentType, type ReactNode, useEffect, useRef } from "react";
import type { AggregateRow } from "../../core/table/aggregate";
import type { WorkbookHost } from "../../host/WorkbookHost";
import { useWorkbookHost } from "../host";
import { useLang, useText } from "../i18n";
import { STEPS, type StepId, type WorkflowDefinition } from "../workflows/types";
import { useWorkflow } from "../workflows/useWorkflow";
import { CheckStep } from "./CheckStep";
import { ConfirmReplaceDialog } from "./ConfirmReplaceDialog";
import { MappingStep } from "./MappingStep";
import { ProgressPanel } from "./ProgressPanel";
import { SettingsStep } from "./SettingsStep";
import { SourcePicker } from "./SourcePicker";
import { StepSection } from "./StepSection";
import type { SettingsFormProps, StepContent } from "./stepTypes";
import { Stepper } from "./Stepper";
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
  // The first step opens with the page (whose title has the focus); every later step takes the focus itself.
  const firstRender = useRef(true);
  useEffect(() => {
    firstRender.current = false;
  }, []);
  const heading = (step: StepId) => text("wf_step_heading", { n: STEPS.indexOf(step) + 1, total: STEPS.length, title: text(`wf_step_${step}`) });
  const notice = state.notice && (
    <MessageBar intent={state.notice.intent} layout="multiline">
      <MessageBarBody>{state.notice.text}</MessageBarBody>
    </MessageBar>
  );
  const progress = state.running && <ProgressPanel progress={state.running} onCancel={api.cancel} />;
  const section = (step: StepId, content: StepContent) => (
    <StepSection key={step} heading={heading(step)} intro={content.intro} focusOnMount={!firstRender.current} actions={content.actions}>
      {notice}
      {content.body}
      {progress}
    </StepSection>
  );

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
          actions: (
            <>
              <Button appearance="primary" icon={<ArrowSyncRegular />} onClick={api.restart}>
                {text("wf_done_restart")}
              </Button>
              <Button icon={<ArrowLeftRegular />} onClick={api.back}>
                {text("wf_done_settings")}
              </Button>
            </>
          ),
        });
    }
  }
}
