import { Field, makeStyles, Radio, RadioGroup, Select, tokens } from "@fluentui/react-components";
import type { GapRule } from "../../../core/indicators/federal2016";
import { useText } from "../../i18n";
import { readMeans } from "../../workflows/context/extraSource";
import { type FederalChoice, federalProblems } from "../../workflows/context/federalWorkflow";
import type { SettingsFormProps } from "../stepTypes";
import { ExtraSourceField } from "./ExtraSourceField";
import { NumberField } from "./NumberField";
import { PercentField } from "./PercentField";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM }, select: { maxWidth: "140px" } });

/** The means per procedure (optional table), the bottom share, the gap rule, how many ШНРО criteria, unemployment. */
export function FederalSettingsForm({ value, onChange }: SettingsFormProps<FederalChoice>) {
  const styles = useStyles();
  const text = useText();
  const set = (patch: Partial<FederalChoice>) => onChange({ ...value, ...patch });
  const problems = new Set(federalProblems(value).map((p) => p.key));
  const error = (key: string) => (problems.has(key) ? text(key) : undefined);
  return (
    <div className={styles.root}>
      <ExtraSourceField
        label={text("fp_set_means")}
        hint={text("fp_set_means_hint")}
        value={value.means}
        read={readMeans}
        describe={(m) => text("fp_set_means_read", { means: m.means, schools: m.schools })}
        onChange={(means) => set({ means })}
      />
      <PercentField
        label={text("fp_set_bottom")}
        hint={text("fp_set_bottom_hint")}
        value={value.quantile}
        onChange={(quantile) => set({ quantile })}
        error={error("fp_set_bottom_range")}
      />
      <Field label={text("fp_set_gap_rule")}>
        <RadioGroup value={value.gapRule} onChange={(_, d) => set({ gapRule: d.value as GapRule })}>
          <Radio value="any" label={text("fp_set_gap_any")} />
          <Radio value="mean" label={text("fp_set_gap_mean")} />
        </RadioGroup>
      </Field>
      <Field label={text("fp_set_shnro_min")} hint={text("fp_set_shnro_min_hint")}>
        <Select className={styles.select} value={String(value.shnroMin)} onChange={(_, d) => set({ shnroMin: Number(d.value) as 1 | 2 | 3 })}>
          {[1, 2, 3].map((n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </Select>
      </Field>
      <NumberField
        label={text("fp_set_region_unemployment")}
        hint={text("fp_set_region_unemployment_hint")}
        value={value.regionUnemployment}
        onChange={(regionUnemployment) => set({ regionUnemployment })}
        error={error("fp_set_region_unemployment_invalid")}
      />
      <NumberField
        label={text("fp_set_factor")}
        hint={text("fp_set_factor_hint")}
        value={value.unemploymentFactor}
        onChange={(k) => set({ unemploymentFactor: k ?? Number.NaN })}
        error={error("fp_set_factor_invalid")}
      />
    </div>
  );
}
