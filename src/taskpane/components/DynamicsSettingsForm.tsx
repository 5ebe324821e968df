import { makeStyles, tokens } from "@fluentui/react-components";
import { useText } from "../i18n";
import type { DynamicsChoice } from "../workflows/dynamicsWorkflow";
import { MethodologyFields } from "./MethodologyFields";
import type { SettingsFormProps } from "./stepTypes";
import { YearSelect } from "./YearSelect";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  years: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL },
});

/** The two results years compared, and the methodology that decides low results and clusters. */
export function DynamicsSettingsForm({ value, years, onChange }: SettingsFormProps<DynamicsChoice>) {
  const styles = useStyles();
  const text = useText();
  const order = value.fromYear >= value.toYear ? text("wf_set_years_order") : undefined;
  return (
    <div className={styles.root}>
      <div className={styles.years}>
        <YearSelect label={text("wf_set_from_year")} years={years} value={value.fromYear} onChange={(fromYear) => onChange({ ...value, fromYear })} />
        <YearSelect
          label={text("wf_set_to_year")}
          years={years}
          value={value.toYear}
          onChange={(toYear) => onChange({ ...value, toYear })}
          validationMessage={order}
        />
      </div>
      <MethodologyFields value={value.methodology} onChange={(methodology) => onChange({ ...value, methodology })} />
    </div>
  );
}
