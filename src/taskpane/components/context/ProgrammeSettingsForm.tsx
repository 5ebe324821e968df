import { useText } from "../../i18n";
import type { ProgrammeChoice } from "../../workflows/context/programmeWorkflow";
import type { SettingsFormProps } from "../stepTypes";
import { YearSelect } from "../YearSelect";

/** The year whose targets apply. */
export function ProgrammeSettingsForm({ value, years, onChange }: SettingsFormProps<ProgrammeChoice>) {
  const text = useText();
  return <YearSelect label={text("cp_set_programme_year")} hint={text("cp_set_programme_year_hint")} years={years} value={value.year} onChange={(year) => onChange({ year })} />;
}
