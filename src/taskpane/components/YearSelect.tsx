import { Field, makeStyles, Select } from "@fluentui/react-components";

const useStyles = makeStyles({ select: { maxWidth: "140px" } });

export interface YearSelectProps {
  label: string;
  hint?: string;
  years: readonly number[];
  value: number;
  onChange: (year: number) => void;
  validationMessage?: string;
}

/** A year among those found in the data (latest first): a year without data cannot be chosen by mistake. */
export function YearSelect({ label, hint, years, value, onChange, validationMessage }: YearSelectProps) {
  const styles = useStyles();
  const options = [...years].sort((a, b) => b - a);
  return (
    <Field label={label} hint={hint} validationState={validationMessage ? "error" : "none"} validationMessage={validationMessage}>
      <Select className={styles.select} value={String(value)} onChange={(_, d) => onChange(Number(d.value))}>
        {!years.includes(value) && <option value={String(value)}>{value}</option>}
        {options.map((y) => (
          <option key={y} value={String(y)}>
            {y}
          </option>
        ))}
      </Select>
    </Field>
  );
}
