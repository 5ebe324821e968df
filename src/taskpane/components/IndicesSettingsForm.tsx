import { Caption1, Checkbox, Field, Label, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { GIA_SUBJECTS } from "../../core/catalog/scoreSpecs";
import { useLang, useText } from "../i18n";
import { type IndicesChoice, PROGRAMME_YEARS } from "../workflows/indices/indicesChoice";
import type { SettingsFormProps } from "./stepTypes";
import { YearSelect } from "./YearSelect";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  subjects: { display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", columnGap: tokens.spacingHorizontalS },
  select: { maxWidth: "140px" },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** English names of the ГИА subjects (the catalogue has the Russian ones). */
const SUBJECT_EN: Record<string, string> = {
  RUS: "Russian", MATH: "Mathematics", PHYS: "Physics", CHEM: "Chemistry", BIO: "Biology", GEO: "Geography", HIST: "History",
  SOC: "Social studies", LIT: "Literature", INF: "Computer science", ENG: "English", DEU: "German", FRA: "French", SPA: "Spanish", CHI: "Chinese",
};

/** The results year, the mass subjects of the ИНР (checkboxes) and the programme year of the targets. */
export function IndicesSettingsForm({ value, years, onChange }: SettingsFormProps<IndicesChoice>) {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  const massId = useId();
  const hintId = useId();
  const toggle = (code: string, on: boolean) => {
    const chosen = new Set(value.massSubjects);
    if (on) chosen.add(code);
    else chosen.delete(code);
    onChange({ ...value, massSubjects: GIA_SUBJECTS.map((s) => s.code).filter((c) => chosen.has(c)) });
  };
  const targets = PROGRAMME_YEARS.includes(value.targetYear) ? PROGRAMME_YEARS : [value.targetYear, ...PROGRAMME_YEARS];
  return (
    <div className={styles.root}>
      <YearSelect label={text("idx_set_year")} hint={text("idx_set_year_hint")} years={years} value={value.year} onChange={(year) => onChange({ ...value, year })} />
      {/* A group, not a Field: a Field gives its one id to every checkbox inside it. */}
      <div role="group" aria-labelledby={massId} aria-describedby={hintId} className={styles.group}>
        <Label id={massId} weight="semibold">
          {text("idx_set_mass")}
        </Label>
        <Caption1 id={hintId} className={styles.hint}>
          {text("idx_set_mass_hint")}
        </Caption1>
        <div className={styles.subjects}>
          {GIA_SUBJECTS.map((s) => (
            <Checkbox
              key={s.code}
              label={lang === "ru" ? s.ru : SUBJECT_EN[s.code] ?? s.ru}
              checked={value.massSubjects.includes(s.code)}
              onChange={(_, d) => toggle(s.code, d.checked === true)}
            />
          ))}
        </div>
        {value.massSubjects.length === 0 && (
          <Caption1 role="alert" className={styles.error}>
            {text("idx_set_mass_empty")}
          </Caption1>
        )}
      </div>
      <Field label={text("idx_set_target_year")} hint={text("idx_set_target_year_hint")}>
        <Select className={styles.select} value={String(value.targetYear)} onChange={(_, d) => onChange({ ...value, targetYear: Number(d.value) })}>
          {targets.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
