import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { ArrowLeftRegular, ArrowSyncRegular, CalculatorRegular } from "@fluentui/react-icons";
import { type ReactNode, useEffect, useRef } from "react";
import { useText } from "../i18n";
import type { Notice, TaskProgress } from "../workflows/types";
import { ProgressPanel } from "./ProgressPanel";
import { StepSection } from "./StepSection";
import type { StepContent } from "./stepTypes";

/**
 * How every wizard of the pane renders its current step: the heading «Шаг n из N. …», the notice, the step's body,
 * the progress with Cancel, and the actions. The first step opens with the page (whose title has the focus); every
 * later step takes the focus itself.
 */
export function useStepSection<Step extends string>(
  steps: readonly Step[], titleOf: (step: Step) => string, notice: Notice | undefined, running: TaskProgress | undefined, onCancel: () => void,
): (step: Step, content: StepContent) => ReactNode {
  const text = useText();
  const firstRender = useRef(true);
  useEffect(() => {
    firstRender.current = false;
  }, []);
  return (step, content) => (
    <StepSection
      key={step}
      heading={text("wf_step_heading", { n: steps.indexOf(step) + 1, total: steps.length, title: titleOf(step) })}
      intro={content.intro}
      focusOnMount={!firstRender.current}
      actions={content.actions}
    >
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {content.body}
      {running && <ProgressPanel progress={running} onCancel={onCancel} />}
    </StepSection>
  );
}

/** The actions of a settings step: compute (off while the settings are not valid or a run is going on), and back. */
export function RunBackActions({ canRun, running, onRun, onBack }: { canRun: boolean; running: boolean; onRun: () => void; onBack: () => void }) {
  const text = useText();
  return (
    <>
      <Button appearance="primary" icon={<CalculatorRegular />} disabled={!canRun || running} onClick={onRun}>
        {text("wf_run")}
      </Button>
      <Button icon={<ArrowLeftRegular />} disabled={running} onClick={onBack}>
        {text("wf_back")}
      </Button>
    </>
  );
}

/** The actions of the last step: a new run from the start, and back to the settings. */
export function DoneActions({ onRestart, onBack }: { onRestart: () => void; onBack: () => void }) {
  const text = useText();
  return (
    <>
      <Button appearance="primary" icon={<ArrowSyncRegular />} onClick={onRestart}>
        {text("wf_done_restart")}
      </Button>
      <Button icon={<ArrowLeftRegular />} onClick={onBack}>
        {text("wf_done_settings")}
      </Button>
    </>
  );
}
