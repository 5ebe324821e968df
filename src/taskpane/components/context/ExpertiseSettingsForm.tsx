import { Field, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import type { LevelBasis } from "../../../core/indicators/expertiseRubric";
import { useText } from "../../i18n";
import type { ExpertiseChoice } from "../../workflows/context/expertiseWorkflow";
import type { SettingsFormProps } from "../stepTypes";
import { YearSelect } from "../YearSelect";
import { PercentField } from "./PercentField";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

const valid = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;

/** The year of the expertise (its seed-000 targets), the two thresholds, and how levels are counted. */
export function ExpertiseSettingsForm({ value, years, onChange }: SettingsFormProps<ExpertiseChoice>) {
  const styles = useStyles();
  const text = useText();
  const set = (patch: Partial<ExpertiseChoice>) => onChange({ ...value, ...patch });
  const error = (x: number) => (valid(x) ? undefined : text("cp_set_threshold_range"));
  return (
    <div className={styles.root}>
      <YearSelect label={text("cp_set_expertise_year")} hint={text("cp_set_expertise_year_hint")} years={years} value={value.year} onChange={(year) => set({ year })} />
      <PercentField label={text("cp_set_mechanisms")} value={value.mechanismsThreshold} onChange={(x) => set({ mechanismsThreshold: x })} error={error(value.mechanismsThreshold)} />
      <PercentField label={text("cp_set_implementation")} value={value.implementationThreshold} onChange={(x) => set({ implementationThreshold: x })} error={error(value.implementationThreshold)} />
      <Field label={text("cp_set_basis")}>
        <RadioGroup value={value.levelBasis} onChange={(_, d) => set({ levelBasis: d.value as LevelBasis })}>
          <Radio value="parts" label={text("cp_set_basis_parts")} />
          <Radio value="total" label={text("cp_set_basis_total")} />
        </RadioGroup>
      </Field>
    </div>
  );
}
