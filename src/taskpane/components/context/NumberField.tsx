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
  /** How typed text reads as the value, and how the value is shown (default: a plain number, decimal comma). */
  parse?: (text: string) => number | null;
  show?: (value: number | null) => string;
}

/** A number typed with a decimal comma or point; what is being typed is kept until it reads as the value. */
export function NumberField({ label, hint, value, onChange, error, unit, parse = parseNumber, show = showNumber }: NumberFieldProps) {
  const styles = useStyles();
  const [typed, setTyped] = useState(show(value));
  // A value set from outside is shown, unless it is what is being typed.
  useEffect(() => {
    setTyped((t) => {
      const read = parse(t);
      return read === value || (Number.isNaN(read) && Number.isNaN(value)) ? t : show(value);
    });
  }, [value, parse, show]);
  return (
    <Field label={label} hint={hint} validationState={error ? "error" : "none"} validationMessage={error}>
      <Input
        className={styles.input}
        inputMode="decimal"
        value={typed}
        contentAfter={unit}
        onChange={(_, d) => {
          setTyped(d.value);
          onChange(parse(d.value));
        }}
      />
    </Field>
  );
}
