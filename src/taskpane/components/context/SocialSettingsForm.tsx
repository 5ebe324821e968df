import { Field, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import type { RiskZoneScope } from "../../../core/indicators/riskZone";
import { useText } from "../../i18n";
import { readSchoolList } from "../../workflows/context/extraSource";
import { quantileProblems, type SocialChoice } from "../../workflows/context/socialWorkflow";
import type { SettingsFormProps } from "../stepTypes";
import { YearSelect } from "../YearSelect";
import { ComponentChoices } from "./ComponentChoices";
import { ExtraSourceField } from "./ExtraSourceField";
import { PercentField } from "./PercentField";
import { ScaleField } from "./ScaleField";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

/** The passport year, the indicators and their directions, the scale, the risk zone (share and scope), the ШНОР list. */
export function SocialSettingsForm({ value, years, onChange }: SettingsFormProps<SocialChoice>) {
  const styles = useStyles();
  const text = useText();
  const set = (patch: Partial<SocialChoice>) => onChange({ ...value, ...patch });
  const quantileError = quantileProblems(value.quantile)[0];
  return (
    <div className={styles.root}>
      {value.year !== null && <YearSelect label={text("cp_set_year")} years={years} value={value.year} onChange={(year) => set({ year })} />}
      <ComponentChoices value={value.components} onChange={(components) => set({ components })} />
      <ScaleField value={value.scale} onChange={(scale) => set({ scale })} />
      <PercentField
        label={text("cp_set_quantile")}
        hint={text("cp_set_quantile_hint")}
        value={value.quantile}
        onChange={(quantile) => set({ quantile })}
        error={quantileError ? text(quantileError.key) : undefined}
      />
      <Field label={text("cp_set_scope")}>
        <RadioGroup value={value.scope} onChange={(_, d) => set({ scope: d.value as RiskZoneScope })}>
          <Radio value="region" label={text("cp_set_scope_region")} />
          <Radio value="municipality" label={text("cp_set_scope_municipality")} />
        </RadioGroup>
      </Field>
      <ExtraSourceField
        label={text("fp_set_shnor")}
        hint={text("fp_set_shnor_hint")}
        value={value.shnor}
        read={readSchoolList}
        describe={(list) => text("fp_set_shnor_read", { count: list.ids.length })}
        onChange={(shnor) => set({ shnor })}
      />
    </div>
  );
}
