import { Button, Checkbox, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from "@fluentui/react-components";
import { ArrowRightRegular, DocumentSearchRegular } from "@fluentui/react-icons";
import type { Rubric } from "../../../core/indicators/expertiseRubric";
import type { WorkbookHost } from "../../../host/WorkbookHost";
import { useLang, useText } from "../../i18n";
import { type BatchSheet, duplicates, usable } from "../../workflows/context/expertiseBatch";
import { EXPERTISE_YEARS } from "../../workflows/context/expertiseWorkflow";
import { type BatchStep, useExpertiseBatch } from "../../workflows/context/useExpertiseBatch";
import { ConfirmReplaceDialog } from "../ConfirmReplaceDialog";
import { ProblemList } from "../ProblemList";
import { DoneActions, RunBackActions, useStepSection } from "../useStepSection";
import { WrittenSheets } from "../WrittenSheets";
import { ExpertiseSettingsForm } from "./ExpertiseSettingsForm";
import { ExpertiseSummary } from "./ExpertiseSummary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  skipped: { overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
  label: { overflowWrap: "anywhere" },
});

const STEPS: readonly BatchStep[] = ["sheets", "settings", "run", "done"];

/**
 * The summary across municipalities: every sheet of the workbook is checked against the chosen rubric; the filled
 * templates are listed ticked (the sheets skipped with why, at their cells), the user unticks some, sets the year and
 * thresholds, and one report (levels, verdicts, indicators 17–18, the sheets read) is written.
 */
export function ExpertiseBatch({ host, rubric }: { host: WorkbookHost; rubric: Rubric }) {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  const api = useExpertiseBatch(host, rubric, lang);
  const { state } = api;
  const section = useStepSection(STEPS, (step: BatchStep) => text(`cp_exp_batch_step_${step}`), state.notice, state.running, api.cancel);
  return (
    <div className={styles.root}>
      {renderStep()}
      <ConfirmReplaceDialog sheets={state.confirm} onReplace={() => void api.confirmReplace()} onKeep={api.declineReplace} />
    </div>
  );

  function renderStep() {
    switch (state.step) {
      case "sheets":
        return section("sheets", { intro: text("cp_exp_batch_intro"), body: state.sheets && sheetChoice(state.sheets, state.chosen, !!state.running), actions: sheetActions() });
      case "settings": {
        const settings = state.settings;
        if (!settings) return null;
        const problems = api.validate(settings);
        return section("settings", {
          intro: text("cp_exp_batch_settings_intro"),
          body: (
            <>
              <ExpertiseSettingsForm value={settings} years={EXPERTISE_YEARS} onChange={api.setSettings} />
              {problems.filter((p) => p.key !== "cp_set_threshold_range").length > 0 && (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>{problems.map((p) => text(p.key, p.params)).join(" ")}</MessageBarBody>
                </MessageBar>
              )}
              {state.problems.length > 0 && <ProblemList problems={state.problems} onGoTo={(l) => void api.goTo(l)} />}
            </>
          ),
          actions: <RunBackActions canRun={problems.length === 0} running={!!state.running} onRun={() => void api.run()} onBack={api.back} />,
        });
      }
      case "run":
        return section("run", { intro: text("wf_run_intro"), body: !state.running && !state.confirm && <Spinner size="small" /> });
      case "done":
        return section("done", {
          body: state.outcome && (
            <>
              <ExpertiseSummary summary={state.outcome.summary} />
              <Text className={styles.label}>{text("cp_exp_batch_done_sheets", { sheets: state.outcome.read.map((s) => `«${s}»`).join(", ") })}</Text>
              <WrittenSheets sheets={state.outcome.sheets} onOpen={(sheet) => void api.goTo({ sheet, row: 1, col: 1 })} />
            </>
          ),
          actions: <DoneActions onRestart={api.restart} onBack={api.back} />,
        });
    }
  }

  function sheetActions() {
    const sheets = state.sheets;
    const twins = sheets ? duplicates(sheets, state.chosen) : [];
    const ready = !!sheets && state.chosen.length > 0 && twins.length === 0;
    return (
      <>
        {sheets && (
          <Button appearance="primary" icon={<ArrowRightRegular />} disabled={!ready || !!state.running} onClick={() => void api.toSettings()}>
            {text("cp_exp_batch_next")}
          </Button>
        )}
        <Button appearance={sheets ? "secondary" : "primary"} icon={<DocumentSearchRegular />} disabled={!!state.running} onClick={() => void api.scan()}>
          {text(sheets ? "cp_exp_batch_rescan" : "cp_exp_batch_scan")}
        </Button>
      </>
    );
  }

  function sheetChoice(sheets: BatchSheet[], chosen: string[], disabled: boolean) {
    const taken = sheets.filter(usable);
    const skipped = sheets.filter((s) => !usable(s));
    const twins = duplicates(sheets, chosen);
    const objects = taken.filter((s) => chosen.includes(s.sheet)).reduce((a, s) => a + s.objects.length, 0);
    const located = [...taken.flatMap((s) => s.problems), ...skipped.filter((s) => s.template).flatMap((s) => s.problems)];
    if (sheets.length === 0) return <Text>{text("cp_exp_batch_none")}</Text>;
    return (
      <>
        <div className={styles.group} role="group" aria-label={text("cp_exp_batch_taken", { count: taken.length })}>
          <Text weight="semibold">{text("cp_exp_batch_taken", { count: taken.length })}</Text>
          {taken.length > 0 && <Text size={200}>{text("cp_exp_batch_taken_hint")}</Text>}
          {taken.map((s) => {
            const warnings = s.problems.length;
            const label = text("cp_exp_batch_sheet", { sheet: s.sheet, objects: s.objects.join(", ") }) + (warnings > 0 ? ` (${text("cp_exp_batch_sheet_warnings", { count: warnings })})` : "");
            return <Checkbox key={s.sheet} className={styles.label} label={label} checked={chosen.includes(s.sheet)} disabled={disabled} onChange={(_, d) => api.toggle(s.sheet, d.checked === true)} />;
          })}
          <Text>{text("cp_exp_batch_chosen", { sheets: chosen.length, objects })}</Text>
        </div>
        {twins.length > 0 && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{twins.map((d) => text("cp_exp_batch_duplicate", d)).join(" ")}</MessageBarBody>
          </MessageBar>
        )}
        {skipped.length > 0 && (
          <div className={styles.group}>
            <Text weight="semibold">{text("cp_exp_batch_skipped", { count: skipped.length })}</Text>
            <ul className={styles.list} aria-label={text("cp_exp_batch_skipped", { count: skipped.length })}>
              {skipped.map((s) => (
                <li key={s.sheet} className={styles.skipped}>
                  {s.template ? text("cp_exp_batch_skipped_errors", { sheet: s.sheet, count: s.errors }) : text("cp_exp_batch_skipped_other", { sheet: s.sheet })}
                </li>
              ))}
            </ul>
          </div>
        )}
        {located.length > 0 && <ProblemList problems={located} onGoTo={(l) => void api.goTo(l)} />}
      </>
    );
  }
}
