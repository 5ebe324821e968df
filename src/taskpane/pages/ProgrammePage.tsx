import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { PROGRAMME_TEMPLATES, type ProgrammeTemplate } from "../../core/indicators/programmeTemplates";
import { ProgrammeSettingsForm } from "../components/context/ProgrammeSettingsForm";
import { ProgrammeSummary } from "../components/context/ProgrammeSummary";
import { TemplateBar } from "../components/context/TemplateBar";
import { WorkflowWizard } from "../components/WorkflowWizard";
import { useWorkbookHost } from "../host";
import { useText } from "../i18n";
import { programmeWorkflow } from "../workflows/context/programmeWorkflow";
import { settingsStoreFor } from "../workflows/settingsStore";
import type { Notice } from "../workflows/types";

/**
 * Programme indicators of a template: the filled input sheet → the dashboard with verdicts. The template is chosen
 * first (it decides how the rows are read); choosing another starts the steps over.
 */
export function ProgrammePage() {
  const host = useWorkbookHost();
  const text = useText();
  const [template, setTemplate] = useState<ProgrammeTemplate>(PROGRAMME_TEMPLATES[0]);
  // Bumped when an empty input sheet is written: the steps start over and list the workbook's sheets again.
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<Notice>();
  // The template last used in this workbook, once; a choice the user made meanwhile wins.
  const touched = useRef(false);
  useEffect(() => {
    if (!host) return;
    let live = true;
    settingsStoreFor(host).load().then((s) => {
      const found = PROGRAMME_TEMPLATES.find((x) => x.id === s.programme?.template);
      if (live && found && !touched.current) setTemplate(found);
    }, () => undefined);
    return () => {
      live = false;
    };
  }, [host]);
  const definition = useMemo(() => programmeWorkflow(template), [template]);
  if (!host) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{text("wf_no_host")}</MessageBarBody>
      </MessageBar>
    );
  }
  const chooseTemplate = (next: ProgrammeTemplate) => {
    touched.current = true;
    setTemplate(next);
  };
  const onWrite = (next: Notice | undefined, written: boolean) => {
    setNotice(next);
    if (written) setGeneration((g) => g + 1);
  };
  const bar = <TemplateBar host={host} value={template} onChange={chooseTemplate} notice={notice} onWrite={onWrite} />;
  return <WorkflowWizard key={`${template.id}-${generation}`} definition={definition} introKey="cp_programme_intro" SettingsForm={ProgrammeSettingsForm} Summary={ProgrammeSummary} extra={bar} />;
}
