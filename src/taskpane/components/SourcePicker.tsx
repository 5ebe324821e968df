import { Button, Field, makeStyles, Radio, RadioGroup, Select, Spinner, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { useId } from "react";
import type { SourceList, SourceRef } from "../../host/WorkbookHost";
import { useText } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  option: { display: "flex", flexDirection: "column" },
  // The list of a choice sits under its radio, aligned with the radio's label.
  select: { marginInlineStart: "32px", minWidth: 0, maxWidth: "calc(100% - 32px)" },
  refresh: { alignSelf: "flex-start" },
});

export interface SourcePickerProps {
  sources: SourceList | undefined;
  value: SourceRef | undefined;
  onChange: (ref: SourceRef) => void;
  onRefresh: () => void;
  disabled?: boolean;
  /** Listing the workbook's sources failed (the reason is shown above): offer to try again instead of waiting. */
  failed?: boolean;
}

/** Where the data are: the current selection, an Excel table, or a whole sheet; each list under its choice. */
export function SourcePicker({ sources, value, onChange, onRefresh, disabled = false, failed = false }: SourcePickerProps) {
  const styles = useStyles();
  const text = useText();
  const tableListId = useId();
  const sheetListId = useId();
  const refresh = (
    <Button className={styles.refresh} appearance="subtle" size="small" icon={<ArrowClockwiseRegular />} onClick={onRefresh} disabled={disabled}>
      {text("wf_source_refresh")}
    </Button>
  );
  if (!sources) return failed ? refresh : <Spinner size="tiny" labelPosition="after" label={text("wf_source_loading")} />;
  const { tables, sheets, selection } = sources;
  const tableName = value?.kind === "table" ? value.name : tables[0];
  const sheetName = value?.kind === "sheet" ? value.name : sheets[0];
  const choose = (kind: string) => {
    if (kind === "selection") onChange({ kind: "selection" });
    else if (kind === "table" && tableName) onChange({ kind: "table", name: tableName });
    else if (kind === "sheet") onChange({ kind: "sheet", name: sheetName });
  };
  return (
    <div className={styles.root}>
      <Field label={text("wf_source_label")}>
        <RadioGroup value={value?.kind ?? ""} onChange={(_, d) => choose(d.value)} disabled={disabled}>
          <Radio
            value="selection"
            disabled={!selection}
            label={selection ? text("wf_source_selection", { address: selection }) : text("wf_source_selection_none")}
          />
          <div className={styles.option}>
            <Radio value="table" disabled={tables.length === 0} label={tables.length ? text("wf_source_table") : text("wf_source_table_none")} />
            {tables.length > 0 && (
              <Select
                id={tableListId}
                className={styles.select}
                aria-label={text("wf_source_table_list")}
                value={tableName}
                disabled={disabled}
                onChange={(_, d) => onChange({ kind: "table", name: d.value })}
              >
                {tables.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </Select>
            )}
          </div>
          <div className={styles.option}>
            <Radio value="sheet" disabled={sheets.length === 0} label={text("wf_source_sheet")} />
            {sheets.length > 0 && (
              <Select
                id={sheetListId}
                className={styles.select}
                aria-label={text("wf_source_sheet_list")}
                value={sheetName}
                disabled={disabled}
                onChange={(_, d) => onChange({ kind: "sheet", name: d.value })}
              >
                {sheets.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </Select>
            )}
          </div>
        </RadioGroup>
      </Field>
      {refresh}
    </div>
  );
}
