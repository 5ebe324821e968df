import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentAddRegular } from "@fluentui/react-icons";
import { PROGRAMME_TEMPLATES, type ProgrammeTemplate } from "../../../core/indicators/programmeTemplates";
import type { WorkbookHost } from "../../../host/WorkbookHost";
import { type Lang, t } from "../../../i18n";
import { useLang, useText } from "../../i18n";
import { emptyInputsReport, templateYears } from "../../workflows/context/programmeWorkflow";
import type { Notice } from "../../workflows/types";
import { NoticeBar, PresetSelect, usePresetWrite } from "./PresetBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  select: { minWidth: 0 },
  write: { alignSelf: "flex-start" },
});

/** Short names of the built-in templates (their full titles are long: they are on the written sheets). */
const NAME_KEYS: Record<string, string> = { seed000: "cp_tpl_seed000", seed002: "cp_tpl_seed002", seed003: "cp_tpl_seed003", track3: "cp_tpl_track3" };

export interface TemplateBarProps {
  host: WorkbookHost;
  value: ProgrammeTemplate;
  onChange: (template: ProgrammeTemplate) => void;
  /** What the last write said; kept by the page, since the bar is remounted with the steps. */
  notice?: Notice;
  /** The outcome of a write: the notice, and whether the sheet was written (the sources are to be listed again). */
  onWrite: (notice: Notice | undefined, written: boolean) => void;
}

/** Writes the template's empty input sheet (and the editable template) for its first target year; never replaces. */
async function writeEmpty(host: WorkbookHost, template: ProgrammeTemplate, lang: Lang): Promise<Notice> {
  const tr = (key: string, params?: Record<string, string | number>) => t(key, params, lang);
  const report = emptyInputsReport(template, templateYears(template)[0], tr);
  const names = report.sheets.map((s) => s.name);
  const existing = await host.existingSheets(names);
  if (existing.length > 0) return { intent: "warning", text: tr("cp_inputs_exist", { sheets: existing.map((s) => `«${s}»`).join(", ") }) };
  await host.writeReport(report, { replace: false });
  await host.goTo({ sheet: names[0], row: 1, col: 1 });
  return { intent: "success", text: tr("cp_inputs_written", { sheet: names[0] }) };
}

/** The template the dashboard follows, and a button writing its empty input sheet to fill in. */
export function TemplateBar({ host, value, onChange, notice, onWrite }: TemplateBarProps) {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  const { busy, write } = usePresetWrite(onWrite, () => writeEmpty(host, value, lang));
  return (
    <div className={styles.root}>
      <PresetSelect
        label={text("cp_set_template")}
        hint={text("cp_set_template_hint")}
        className={styles.select}
        presets={PROGRAMME_TEMPLATES}
        value={value}
        name={(x) => (NAME_KEYS[x.id] ? text(NAME_KEYS[x.id]) : x.title)}
        onChange={onChange}
        onWrite={onWrite}
      />
      <Button className={styles.write} icon={<DocumentAddRegular />} disabled={busy} onClick={() => void write()}>
        {text("cp_inputs_write")}
      </Button>
      <NoticeBar notice={notice} />
    </div>
  );
}
