import { makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useText } from "../i18n";
import type { IdentifyChoice } from "../workflows/identifyWorkflow";
import { MethodologyFields } from "./MethodologyFields";
import type { SettingsFormProps } from "./stepTypes";
import { YearSelect } from "./YearSelect";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

/** The results year (the list is named the next year) and the methodology. */
export function IdentifySettingsForm({ value, years, onChange }: SettingsFormProps<IdentifyChoice>) {
  const styles = useStyles();
  const text = useText();
  const Y = value.resultsYear;
  return (
    <div className={styles.root}>
      <YearSelect
        label={text("wf_set_results_year")}
        hint={text("wf_set_results_year_hint", { list: Y + 1, year: Y, previous: Y - 1 })}
        years={years}
        value={Y}
        onChange={(resultsYear) => onChange({ ...value, resultsYear })}
      />
      {years.includes(Y) && !years.includes(Y - 1) && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{text("wf_set_no_previous", { year: Y - 1 })}</MessageBarBody>
        </MessageBar>
      )}
      <MethodologyFields value={value.methodology} onChange={(methodology) => onChange({ ...value, methodology })} />
    </div>
  );
}
