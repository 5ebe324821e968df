import { Field, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { DEFAULT_RUBRICS, type Rubric } from "../../core/indicators/expertiseRubric";
import { ExpertiseBatch } from "../components/context/ExpertiseBatch";
import { ExpertiseSettingsForm } from "../components/context/ExpertiseSettingsForm";
import { ExpertiseSummary } from "../components/context/ExpertiseSummary";
import { RubricBar } from "../components/context/RubricBar";
import { WorkflowWizard } from "../components/WorkflowWizard";
import { useWorkbookHost } from "../host";
import { useText } from "../i18n";
import { expertiseWorkflow, type RubricSource } from "../workflows/context/expertiseWorkflow";
import type { Notice } from "../workflows/types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  intro: { margin: 0 },
});

type Mode = "single" | "batch";

/**
 * Expertise: the rubric is chosen first (the filled sheet is checked against it) — a default one or an edited one read
 * from a sheet of the workbook; its template can be written for experts to fill in. Choosing another rubric, or
 * writing a template, starts the steps over. Then either one sheet (or table) is read through the usual steps, or every
 * filled template sheet of the workbook at once — the coordinator's summary across municipalities (ExpertiseBatch).
 */
export function ExpertisePage() {
  const host = useWorkbookHost();
  const text = useText();
  const styles = useStyles();
  const [mode, setMode] = useState<Mode>("single");
  const [rubric, setRubric] = useState<Rubric>(DEFAULT_RUBRICS[0]);
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<Notice>();
  const [objects, setObjects] = useState("");
  const [loaded, setLoaded] = useState<RubricSource | null>(null);
  const rubrics = useMemo(() => (loaded && loaded.problems.every((p) => p.severity !== "error") ? [...DEFAULT_RUBRICS, loaded.rubric] : DEFAULT_RUBRICS), [loaded]);
  const definition = useMemo(() => expertiseWorkflow(rubric), [rubric]);
  if (!host) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{text("wf_no_host")}</MessageBarBody>
      </MessageBar>
    );
  }
  const onWrite = (next: Notice | undefined, written: boolean) => {
    setNotice(next);
    if (written) setGeneration((g) => g + 1);
  };
  const bar = <RubricBar host={host} rubrics={rubrics} value={rubric} onChange={setRubric} loaded={loaded} onLoaded={setLoaded} notice={notice} onWrite={onWrite} objects={objects} onObjects={setObjects} />;
  const modes = (
    <Field label={text("cp_exp_mode")}>
      <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as Mode)}>
        <Radio value="single" label={text("cp_exp_mode_single")} />
        <Radio value="batch" label={text("cp_exp_mode_batch")} />
      </RadioGroup>
    </Field>
  );
  if (mode === "batch") {
    return (
      <div className={styles.root}>
        <Text as="p" className={styles.intro}>
          {text("cp_expertise_intro")}
        </Text>
        {bar}
        {modes}
        <ExpertiseBatch key={`${rubric.id}-${generation}`} host={host} rubric={rubric} />
      </div>
    );
  }
  const extra = (
    <>
      {bar}
      {modes}
    </>
  );
  return <WorkflowWizard key={`${rubric.id}-${generation}`} definition={definition} introKey="cp_expertise_intro" SettingsForm={ExpertiseSettingsForm} Summary={ExpertiseSummary} extra={extra} />;
}
