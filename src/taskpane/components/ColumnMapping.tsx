import { Caption1, Field, makeStyles, MessageBar, MessageBarBody, Select, SpinButton, tokens } from "@fluentui/react-components";
import { AGGREGATE_FIELDS } from "../../core/table/aggregate";
import type { FieldSpec, ColumnMapping as Mapping } from "../../core/table/headers";
import { hasMessage } from "../../i18n";
import type { SourceMatrix } from "../../host/WorkbookHost";
import { useText } from "../i18n";
import type { MappingIssues } from "../workflows/mappingCheck";
import { columnOptions, sampleValue } from "../workflows/sourceData";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  headerRow: { maxWidth: "120px" },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  // Field in horizontal orientation: label left (about 40 %), the column list right; both may shrink.
  field: { gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr)" },
  select: { minWidth: 0 },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface ColumnMappingProps {
  /** The fields to map (default: the aggregate results table). */
  fields?: readonly FieldSpec[];
  matrix: SourceMatrix;
  headerRow: number;
  mapping: Mapping;
  issues: MappingIssues;
  onHeaderRow: (row: number) => void;
  onMap: (field: string, col: number | undefined) => void;
  disabled?: boolean;
}

/** Field → column of the sheet, one line each; required fields starred; a sample value under each chosen column. */
export function ColumnMapping({ fields = AGGREGATE_FIELDS, matrix, headerRow, mapping, issues, onHeaderRow, onMap, disabled = false }: ColumnMappingProps) {
  const styles = useStyles();
  const text = useText();
  const columns = columnOptions(matrix, headerRow);
  const firstRow = matrix.originRow;
  const lastRow = matrix.originRow + Math.min(matrix.values.length - 1, 29);
  // A field without a pane label (an index component) is named by its first alias: the Russian domain label.
  const label = (key: string) => (hasMessage(`wf_field_${key}`) ? text(`wf_field_${key}`) : fields.find((f) => f.key === key)?.aliases[0] ?? key);
  const fieldName = (key: string) => key.split(" | ").map((k) => `«${label(k)}»`).join(text("wf_or"));
  return (
    <div className={styles.root}>
      <Field label={text("wf_map_header_row")} hint={text("wf_map_header_row_hint")}>
        <SpinButton
          className={styles.headerRow}
          value={firstRow + headerRow}
          min={firstRow}
          max={lastRow}
          disabled={disabled}
          onChange={(_, d) => {
            const row = d.value ?? Number(d.displayValue);
            if (Number.isInteger(row) && row >= firstRow && row <= lastRow) onHeaderRow(row - firstRow);
          }}
        />
      </Field>
      {issues.missing.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{text("wf_map_missing", { fields: issues.missing.map(fieldName).join(", ") })}</MessageBarBody>
        </MessageBar>
      )}
      <div role="list" aria-label={text("wf_map_list_label")} className={styles.list}>
        {fields.map((f) => {
          const col = mapping[f.key];
          const duplicate = issues.duplicates.includes(f.key);
          const sample = col === undefined ? "" : sampleValue(matrix, headerRow, col);
          return (
            <div role="listitem" key={f.key}>
              <Field
                className={styles.field}
                orientation="horizontal"
                label={label(f.key)}
                required={f.required}
                hint={[f.oneOf ? text("wf_map_one_of") : "", sample ? text("wf_map_sample", { value: sample }) : ""].filter(Boolean).join(" · ") || undefined}
                validationState={duplicate ? "error" : "none"}
                validationMessage={duplicate ? text("wf_map_duplicate") : undefined}
              >
                <Select
                  className={styles.select}
                  value={col === undefined ? "" : String(col)}
                  disabled={disabled}
                  onChange={(_, d) => onMap(f.key, d.value === "" ? undefined : Number(d.value))}
                >
                  <option value="">{text("wf_map_none")}</option>
                  {columns.map((c) => (
                    <option key={c.col} value={String(c.col)}>
                      {c.header ? `${c.letter}: ${c.header}` : text("wf_map_no_header", { letter: c.letter })}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
          );
        })}
      </div>
      <Caption1 className={styles.note}>{text(fields.some((f) => f.oneOf) ? "wf_map_required_note" : "wf_map_required_only")}</Caption1>
    </div>
  );
}
