import { Caption1, Checkbox, Field, makeStyles, Radio, RadioGroup, Select, tokens } from "@fluentui/react-components";
import type { AnchorPolicy } from "../../../core/indicators/compositeIndex";
import { useText } from "../../i18n";
import { type DeficitsChoice, TARGET_YEARS, withDynamics } from "../../workflows/context/deficitsWorkflow";
import { readSchoolList } from "../../workflows/context/extraSource";
import type { SettingsFormProps } from "../stepTypes";
import { YearSelect } from "../YearSelect";
import { ExtraSourceField } from "./ExtraSourceField";
import { ScaleField } from "./ScaleField";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  note: { color: tokens.colorNeutralForeground3 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, border: "none", minWidth: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
  select: { maxWidth: "200px" },
});

/**
 * The year (when the table has a year column) and the scale of both indices; the deficit rules are the methodology's.
 * When the table also holds the year before, the dynamics of the indices (indicators 11–12): the anchor, who counts
 * in m (all schools, or the project schools of a list), and whose year's target applies.
 */
export function DeficitsSettingsForm({ value, years, onChange }: SettingsFormProps<DeficitsChoice>) {
  const styles = useStyles();
  const text = useText();
  const set = (patch: Partial<DeficitsChoice>) => onChange({ ...value, ...patch });
  const dynamics = withDynamics(value.year, years);
  return (
    <div className={styles.root}>
      {value.year !== null && <YearSelect label={text("cp_set_data_year")} years={years} value={value.year} onChange={(year) => set({ year })} />}
      <ScaleField value={value.scale} onChange={(scale) => set({ scale })} />
      <Caption1 className={styles.note}>{text("cp_set_deficit_rules")}</Caption1>
      {value.year !== null && !dynamics && <Caption1 className={styles.note}>{text("fp_set_dynamics_none", { year: value.year - 1 })}</Caption1>}
      {dynamics && value.year !== null && (
        <fieldset className={styles.group}>
          <legend className={styles.legend}>{text("fp_set_dynamics", { from: value.year - 1, to: value.year })}</legend>
          <Field label={text("fp_set_anchor")}>
            <RadioGroup value={value.anchor} onChange={(_, d) => set({ anchor: d.value as AnchorPolicy })}>
              <Radio value="baseYear" label={text("fp_set_anchor_base", { year: value.year - 1 })} />
              <Radio value="eachYear" label={text("fp_set_anchor_each")} />
            </RadioGroup>
          </Field>
          <ExtraSourceField
            label={text("fp_set_cohort")}
            hint={text("fp_set_cohort_hint")}
            value={value.cohort}
            read={readSchoolList}
            describe={(list) => text("fp_set_cohort_read", { count: list.ids.length })}
            onChange={(cohort) => set({ cohort })}
          />
          <Checkbox checked={value.excludeNotEvaluable} onChange={(_, d) => set({ excludeNotEvaluable: d.checked === true })} label={text("fp_set_exclude_nodata")} />
          <Field label={text("fp_set_target_year")} hint={text("fp_set_target_year_hint")}>
            <Select className={styles.select} value={value.targetYear === null ? "" : String(value.targetYear)} onChange={(_, d) => set({ targetYear: d.value === "" ? null : Number(d.value) })}>
              <option value="">{text("fp_set_target_year_data", { year: value.year })}</option>
              {TARGET_YEARS.map((y) => (
                <option key={y} value={String(y)}>
                  {y}
                </option>
              ))}
            </Select>
          </Field>
        </fieldset>
      )}
    </div>
  );
}
