import { Field, Input, makeStyles } from "@fluentui/react-components";
import { useEffect, useState } from "react";

const useStyles = makeStyles({ input: { maxWidth: "120px" } });

/** "25" ↔ 0.25: a share typed as a percent; an unreadable text is passed on as NaN (the run button stays off). */
export const toPercent = (share: number) => (Number.isFinite(share) ? String(Math.round(share * 10000) / 100).replace(".", ",") : "");
export const fromPercent = (text: string): number => {
  const n = Number(text.trim().replace(",", ".").replace(/%$/, ""));
  return text.trim() !== "" && Number.isFinite(n) ? Math.round(n * 100) / 10000 : Number.NaN;
};

export interface PercentFieldProps {
  label: string;
  hint?: string;
  value: number;
  onChange: (share: number) => void;
  /** Shown when set (the value is not acceptable). */
  error?: string;
}

export function PercentField({ label, hint, value, onChange, error }: PercentFieldProps) {
  const styles = useStyles();
  const [typed, setTyped] = useState(toPercent(value));
  // A value set from outside is shown, unless it is what is being typed.
  useEffect(() => {
    setTyped((t) => (fromPercent(t) === value || (Number.isNaN(value) && Number.isNaN(fromPercent(t))) ? t : toPercent(value)));
  }, [value]);
  return (
    <Field label={label} hint={hint} validationState={error ? "error" : "none"} validationMessage={error}>
      <Input
        className={styles.input}
        inputMode="decimal"
        value={typed}
        contentAfter="%"
        onChange={(_, d) => {
          setTyped(d.value);
          onChange(fromPercent(d.value));
        }}
      />
    </Field>
  );
}
