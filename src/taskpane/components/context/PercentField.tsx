import { NumberField } from "./NumberField";

/** "25" ↔ 0.25: a share typed as a percent; an unreadable text is passed on as NaN (the run button stays off). */
export const toPercent = (share: number | null) => (share !== null && Number.isFinite(share) ? String(Math.round(share * 10000) / 100).replace(".", ",") : "");
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

export function PercentField({ onChange, ...props }: PercentFieldProps) {
  return <NumberField {...props} unit="%" parse={fromPercent} show={toPercent} onChange={(v) => onChange(v ?? Number.NaN)} />;
}
