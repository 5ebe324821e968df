import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useText } from "../../i18n";
import type { DeficitsChoice } from "../../workflows/context/deficitsWorkflow";
import type { SettingsFormProps } from "../stepTypes";
import { YearSelect } from "../YearSelect";
import { ScaleField } from "./ScaleField";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM }, note: { color: tokens.colorNeutralForeground3 } });

/** The year (when the table has a year column) and the scale of both indices; the deficit rules are the methodology's. */
export function DeficitsSettingsForm({ value, years, onChange }: SettingsFormProps<DeficitsChoice>) {
  const styles = useStyles();
  const text = useText();
  return (
    <div className={styles.root}>
      {value.year !== null && <YearSelect label={text("cp_set_data_year")} years={years} value={value.year} onChange={(year) => onChange({ ...value, year })} />}
      <ScaleField value={value.scale} onChange={(scale) => onChange({ ...value, scale })} />
      <Caption1 className={styles.note}>{text("cp_set_deficit_rules")}</Caption1>
    </div>
  );
}
