import { Checkbox, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useText } from "../../i18n";
import type { ComponentChoice } from "../../workflows/context/socialWorkflow";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  direction: { marginLeft: tokens.spacingHorizontalXXL, maxWidth: "220px" },
});

export interface ComponentChoicesProps {
  value: readonly ComponentChoice[];
  onChange: (next: ComponentChoice[]) => void;
}

/** The index indicators found in the table: each on or off, with its direction (more is better / worse). */
export function ComponentChoices({ value, onChange }: ComponentChoicesProps) {
  const styles = useStyles();
  const text = useText();
  const set = (key: string, patch: Partial<ComponentChoice>) => onChange(value.map((c) => (c.key === key ? { ...c, ...patch } : c)));
  const none = !value.some((c) => c.included);
  return (
    <Field
      label={text("cp_set_components")}
      hint={text("cp_set_components_hint")}
      validationState={none ? "error" : "none"}
      validationMessage={none ? text("cp_set_no_components") : undefined}
    >
      <ul className={styles.list}>
        {value.map((c) => (
          <li key={c.key} className={styles.item}>
            <Checkbox checked={c.included} label={c.label} onChange={(_, d) => set(c.key, { included: d.checked === true })} />
            <Select
              className={styles.direction}
              size="small"
              aria-label={text("cp_set_direction", { label: c.label })}
              value={String(c.direction)}
              disabled={!c.included}
              onChange={(_, d) => set(c.key, { direction: d.value === "1" ? 1 : -1 })}
            >
              <option value="1">{text("cp_set_direction_up")}</option>
              <option value="-1">{text("cp_set_direction_down")}</option>
            </Select>
          </li>
        ))}
      </ul>
    </Field>
  );
}
