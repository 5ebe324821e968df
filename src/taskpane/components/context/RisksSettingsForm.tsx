import { Field, makeStyles, Radio, RadioGroup, SpinButton, tokens } from "@fluentui/react-components";
import type { RiskLevelCounted } from "../../../core/indicators/riskProfiles";
import { useText } from "../../i18n";
import { type RisksChoice, TOP_RANGE } from "../../workflows/context/risksWorkflow";
import type { SettingsFormProps } from "../stepTypes";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM }, top: { maxWidth: "120px" } });

/** How many factors the top list names, and what counts as the risk in the shares. */
export function RisksSettingsForm({ value, onChange }: SettingsFormProps<RisksChoice>) {
  const styles = useStyles();
  const text = useText();
  const bad = !(Number.isInteger(value.topN) && value.topN >= TOP_RANGE.min && value.topN <= TOP_RANGE.max);
  return (
    <div className={styles.root}>
      <Field label={text("cp_set_top")} hint={text("cp_set_top_hint")} validationState={bad ? "error" : "none"} validationMessage={bad ? text("cp_set_top_range") : undefined}>
        <SpinButton
          className={styles.top}
          value={Number.isFinite(value.topN) ? value.topN : null}
          min={TOP_RANGE.min}
          max={TOP_RANGE.max}
          onChange={(_, d) => onChange({ ...value, topN: d.value ?? Number(String(d.displayValue ?? "").trim().replace(",", ".")) })}
        />
      </Field>
      <Field label={text("cp_set_counted")}>
        <RadioGroup value={value.counted} onChange={(_, d) => onChange({ ...value, counted: d.value as RiskLevelCounted })}>
          <Radio value="high" label={text("cp_set_counted_high")} />
          <Radio value="highOrMedium" label={text("cp_set_counted_highOrMedium")} />
        </RadioGroup>
      </Field>
    </div>
  );
}
