import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { IndexScale } from "../../../core/indicators/compositeIndex";
import { useText } from "../../i18n";

/** The scale of a composite index: T-scores (50 ± 10) or min–max (0–100). */
export function ScaleField({ value, onChange }: { value: IndexScale; onChange: (scale: IndexScale) => void }) {
  const text = useText();
  return (
    <Field label={text("cp_set_scale")}>
      <RadioGroup value={value} onChange={(_, d) => onChange(d.value as IndexScale)}>
        <Radio value="tScore" label={text("cp_set_scale_tScore")} />
        <Radio value="minMax" label={text("cp_set_scale_minMax")} />
      </RadioGroup>
    </Field>
  );
}
