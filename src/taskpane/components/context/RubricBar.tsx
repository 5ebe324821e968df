import { Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { DocumentAddRegular } from "@fluentui/react-icons";
import { rubricCriteria, type Rubric } from "../../../core/indicators/expertiseRubric";
import { rubricMax } from "../../../core/report/expertiseTemplate";
import type { WorkbookHost } from "../../../host/WorkbookHost";
import { t } from "../../../i18n";
import { useLang, useText } from "../../i18n";
import { canWriteForms, expertiseTemplateForms, expertiseTemplateReport, readRubricSource, type RubricSource } from "../../workflows/context/expertiseWorkflow";
import { extraErrors } from "../../workflows/context/extraSource";
import type { Notice } from "../../workflows/types";
import { ExtraSourceField } from "./ExtraSourceField";
import { NoticeBar, PresetSelect, usePresetWrite } from "./PresetBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  write: { alignSelf: "flex-start" },
});

/** The object names typed one per line (or separated by «;»), blanks dropped; a repeated name is refused. */
export function objectNames(text: string): { names: string[]; repeated: string | undefined } {
  const names = text.split(/[\n;]/).map((s) => s.trim()).filter(Boolean);
  return { names, repeated: names.find((n, i) => names.indexOf(n) !== i) };
}

export interface RubricBarProps {
  host: WorkbookHost;
  /** The rubrics to choose from: the default ones and the one read from the workbook, if any. */
  rubrics: readonly Rubric[];
  value: Rubric;
  onChange: (rubric: Rubric) => void;
  /** The rubric read from a sheet or table of the workbook (kept by the page). */
  loaded: RubricSource | null;
  onLoaded: (source: RubricSource | null) => void;
  /** Kept by the page: the bar is remounted with the steps. */
  notice?: Notice;
  onWrite: (notice: Notice | undefined, written: boolean) => void;
  /** The object names as typed (kept by the page too). */
  objects: string;
  onObjects: (text: string) => void;
}

/**
 * The rubric (a default one, or an edited one read from a sheet of the workbook, its problems listed at their cells),
 * and a button writing its template for experts to fill in: in Excel the template of the CLI — one sheet per object,
 * points limited to 0..max, levels and verdicts as formulas, protected without a password.
 */
export function RubricBar({ host, rubrics, value, onChange, loaded, onLoaded, notice, onWrite, objects, onObjects }: RubricBarProps) {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  const { names, repeated } = objectNames(objects);
  const { busy, write } = usePresetWrite(onWrite, async (): Promise<Notice> => {
    const tr = (key: string, params?: Record<string, string | number>) => t(key, params, lang);
    if (canWriteForms(host)) {
      const forms = expertiseTemplateForms(value, names, tr, lang);
      const sheets = forms.map((f) => f.name);
      const existing = await host.existingSheets(sheets);
      if (existing.length > 0) return { intent: "warning", text: tr("cp_inputs_exist", { sheets: existing.map((s) => `«${s}»`).join(", ") }) };
      await host.writeForms(forms, { replace: false });
      await host.goTo({ sheet: sheets[0], ...forms[0].activeCell }); // the object-name cell, where filling starts
      return { intent: "success", text: tr("cp_exp_written_forms", { sheets: sheets.map((s) => `«${s}»`).join(", "), count: sheets.length }) };
    }
    // A host without forms (a file, the tests' memory host): the rubric with a points column per object.
    const report = expertiseTemplateReport(value, names, tr);
    const sheet = report.sheets[0].name;
    if ((await host.existingSheets([sheet])).length > 0) return { intent: "warning", text: tr("cp_inputs_exist", { sheets: `«${sheet}»` }) };
    await host.writeReport(report, { replace: false });
    await host.goTo({ sheet, row: 1, col: 1 });
    return { intent: "success", text: tr("cp_exp_written", { sheet }) };
  });
  const choose = (source: RubricSource | null) => {
    onLoaded(source);
    onWrite(undefined, false);
    if (source && extraErrors(source) === 0) onChange(source.rubric);
    else if (value.id === loaded?.rubric.id) onChange(rubrics[0]);
  };
  const name = (r: Rubric) => (r.id === loaded?.rubric.id ? text("cp_rubric_custom", { name: loaded.name }) : text(`cp_rubric_${r.id}`));
  return (
    <div className={styles.root}>
      <PresetSelect label={text("cp_set_rubric")} presets={rubrics} value={value} name={name} onChange={onChange} onWrite={onWrite} />
      <ExtraSourceField
        label={text("cp_rubric_source")}
        hint={text("cp_rubric_source_hint")}
        value={loaded}
        read={readRubricSource}
        describe={(s) => text("cp_rubric_loaded", { sections: s.rubric.sections.length, criteria: rubricCriteria(s.rubric).length, max: rubricMax(s.rubric) })}
        onChange={choose}
      />
      <Field
        label={text("cp_set_objects")}
        hint={text(canWriteForms(host) ? "cp_set_objects_hint_sheets" : "cp_set_objects_hint")}
        validationState={repeated ? "error" : "none"}
        validationMessage={repeated ? text("cp_set_objects_repeated", { name: repeated }) : undefined}
      >
        <Textarea value={objects} resize="vertical" onChange={(_, d) => onObjects(d.value)} />
      </Field>
      <Button className={styles.write} icon={<DocumentAddRegular />} disabled={busy || !!repeated} onClick={() => void write()}>
        {text("cp_exp_write")}
      </Button>
      <NoticeBar notice={notice} />
    </div>
  );
}
