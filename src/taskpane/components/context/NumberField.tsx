import { Field, Input, makeStyles } from "@fluentui/react-components";
import { useEffect, useState } from "react";

const useStyles = makeStyles({ input: { maxWidth: "140px" } });

/** "1,5" or "1.5" → 1.5; "" → null; anything else → NaN (the run button stays off and the field says why). */
export const parseNumber = (text: string): number | null => {
  if (text.trim() === "") return null;
  const n = Number(text.trim().replace(/\s/g, "").replace(",", "."));
  return Number.isFinite(n) ? n : Number.NaN;
};
export const showNumber = (n: number | null): string => (n === null || !Number.isFinite(n) ? "" : String(n).replace(".", ","));

export interface NumberFieldProps {
  label: string;
  hint?: string;
  /** null: left empty (only where `optional`). */
  value: number | null;
  onChange: (value: number | null) => void;
  error?: string;
  /** Text after the number (a unit). */
  unit?: string;
}

/** A number typed with a decimal comma or point; what is being typed is kept until it reads as the value. */
export function NumberField({ label, hint, value, onChange, error, unit }: NumberFieldProps) {
  const styles = useStyles();
  const [typed, setTyped] = useState(showNumber(value));
  useEffect(() => {
    setTyped((t) => {
      const read = parseNumber(t);
      return read === value || (Number.isNaN(read) && Number.isNaN(value)) ? t : showNumber(value);
    });
  }, [value]);
  return (
    <Field label={label} hint={hint} validationState={error ? "error" : "none"} validationMessage={error}>
      <Input
        className={styles.input}
        inputMode="decimal"
        value={typed}
        contentAfter={unit}
        onChange={(_, d) => {
          setTyped(d.value);
          onChange(parseNumber(d.value));
        }}
      />
    </Field>
  );
}
