import { Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { DocumentAddRegular } from "@fluentui/react-icons";
import { DEFAULT_RUBRICS, type Rubric } from "../../../core/indicators/expertiseRubric";
import type { WorkbookHost } from "../../../host/WorkbookHost";
import { t } from "../../../i18n";
import { useLang, useText } from "../../i18n";
import { expertiseTemplateReport } from "../../workflows/context/expertiseWorkflow";
import type { Notice } from "../../workflows/types";
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
  value: Rubric;
  onChange: (rubric: Rubric) => void;
  /** Kept by the page: the bar is remounted with the steps. */
  notice?: Notice;
  onWrite: (notice: Notice | undefined, written: boolean) => void;
  /** The object names as typed (kept by the page too). */
  objects: string;
  onObjects: (text: string) => void;
}

/** The rubric, and a button writing its template (a points column per object named) for experts to fill in. */
export function RubricBar({ host, value, onChange, notice, onWrite, objects, onObjects }: RubricBarProps) {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  const { names, repeated } = objectNames(objects);
  const { busy, write } = usePresetWrite(onWrite, async (): Promise<Notice> => {
    const tr = (key: string, params?: Record<string, string | number>) => t(key, params, lang);
    const report = expertiseTemplateReport(value, names, tr);
    const sheet = report.sheets[0].name;
    if ((await host.existingSheets([sheet])).length > 0) return { intent: "warning", text: tr("cp_inputs_exist", { sheets: `«${sheet}»` }) };
    await host.writeReport(report, { replace: false });
    await host.goTo({ sheet, row: 1, col: 1 });
    return { intent: "success", text: tr("cp_exp_written", { sheet }) };
  });
  return (
    <div className={styles.root}>
      <PresetSelect label={text("cp_set_rubric")} presets={DEFAULT_RUBRICS} value={value} name={(r) => text(`cp_rubric_${r.id}`)} onChange={onChange} onWrite={onWrite} />
      <Field
        label={text("cp_set_objects")}
        hint={text("cp_set_objects_hint")}
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
