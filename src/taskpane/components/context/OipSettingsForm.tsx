import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { DEFAULT_OIP_SETTINGS } from "../../../core/indicators/oip";
import { useText } from "../../i18n";
import { type OipChoice, targetProblems } from "../../workflows/context/oipWorkflow";
import type { SettingsFormProps } from "../stepTypes";
import { YearSelect } from "../YearSelect";
import { NumberField } from "./NumberField";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM }, note: { color: tokens.colorNeutralForeground3 } });

/** The year assessed (its decline needs the year before in the table) and the target value. */
export function OipSettingsForm({ value, years, onChange }: SettingsFormProps<OipChoice>) {
  const styles = useStyles();
  const text = useText();
  const targetError = targetProblems(value.target)[0];
  return (
    <div className={styles.root}>
      <YearSelect
        label={text("fp_set_oip_year")}
        hint={years.includes(value.year - 1) ? undefined : text("fp_set_oip_no_previous", { year: value.year - 1 })}
        years={years}
        value={value.year}
        onChange={(year) => onChange({ ...value, year })}
      />
      <NumberField
        label={text("fp_set_oip_target")}
        hint={text("fp_set_oip_target_hint", { value: DEFAULT_OIP_SETTINGS.target })}
        value={value.target}
        onChange={(target) => onChange({ ...value, target: target ?? Number.NaN })}
        error={targetError ? text(targetError.key) : undefined}
      />
      <Caption1 className={styles.note}>{text("fp_set_oip_legacy")}</Caption1>
    </div>
  );
}
