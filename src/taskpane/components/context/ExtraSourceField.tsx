import { Button, Caption1, Field, makeStyles, Select, Spinner, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular, DismissRegular } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import type { SourceList, SourceMatrix, SourceRef } from "../../../host/WorkbookHost";
import { useWorkbookHost } from "../../host";
import { useLang, useText } from "../../i18n";
import { describeError } from "../../workflows/errors";
import { type ExtraSource, extraErrors, refOfKey, sourceKey } from "../../workflows/context/extraSource";
import { ProblemList } from "../ProblemList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  select: { minWidth: 0, maxWidth: "100%" },
  reading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  ok: { color: tokens.colorStatusSuccessForeground1 },
  failed: { color: tokens.colorStatusDangerForeground1 },
  again: { alignSelf: "flex-start" },
});

export interface ExtraSourceFieldProps<T extends ExtraSource> {
  label: string;
  hint?: string;
  value: T | null;
  /** The core reader of this table: its value and located problems. */
  read: (matrix: SourceMatrix, key: string, name: string) => T;
  /** The line saying what was read (shown when the table has no errors). */
  describe: (value: T) => string;
  onChange: (value: T | null) => void;
}

/**
 * A further table the settings need (a list of schools, the means per procedure): chosen among the workbook's tables
 * and sheets, read through the host at once (with Cancel while it reads), its problems listed at their cells. «Не
 * использовать» leaves it out; «Прочитать заново» reads it again after the user fixed it (what was read is kept in
 * the settings until then). The page's own source stays the one of step 1.
 */
export function ExtraSourceField<T extends ExtraSource>({ label, hint, value, read, describe, onChange }: ExtraSourceFieldProps<T>) {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  const host = useWorkbookHost();
  const [sources, setSources] = useState<SourceList>();
  const [reading, setReading] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const task = useRef<AbortController>();

  useEffect(() => {
    let live = true;
    host?.listSources().then((s) => live && setSources(s), (e) => live && setFailure(describeError(e, lang)));
    return () => {
      live = false;
    };
  }, [host, lang]);
  // Leaving the settings abandons a read under way.
  useEffect(() => () => task.current?.abort(), []);

  const choose = async (key: string) => {
    task.current?.abort();
    setFailure(undefined);
    const ref = refOfKey(key);
    if (!ref || !host) {
      setReading(undefined);
      onChange(null);
      return;
    }
    const controller = new AbortController();
    task.current = controller;
    setReading(key);
    try {
      const matrix = await host.readSource(ref, { signal: controller.signal });
      if (controller.signal.aborted) return;
      onChange(read(matrix, key, nameOf(ref)));
    } catch (e) {
      if (!controller.signal.aborted) setFailure(describeError(e, lang));
    } finally {
      if (task.current === controller) {
        task.current = undefined;
        setReading(undefined);
      }
    }
  };
  const cancel = () => {
    task.current?.abort();
    task.current = undefined;
    setReading(undefined);
  };

  const errors = value ? extraErrors(value) : 0;
  const options = sources ? [...sources.tables.map((name) => sourceKey({ kind: "table", name })), ...sources.sheets.map((name) => sourceKey({ kind: "sheet", name }))] : [];
  return (
    <div className={styles.root}>
      <Field label={label} hint={hint}>
        <Select className={styles.select} value={reading ?? value?.key ?? ""} disabled={!sources || reading !== undefined} onChange={(_, d) => void choose(d.value)}>
          <option value="">{text("fp_extra_none")}</option>
          {options.map((key) => {
            const ref = refOfKey(key) as SourceRef;
            return (
              <option key={key} value={key}>
                {text(ref.kind === "table" ? "fp_extra_table" : "fp_extra_sheet", { name: nameOf(ref) })}
              </option>
            );
          })}
        </Select>
      </Field>
      {reading !== undefined && (
        <div className={styles.reading}>
          <Spinner size="tiny" labelPosition="after" label={text("wf_progress_read")} />
          <Button size="small" icon={<DismissRegular />} onClick={cancel}>
            {text("wf_cancel")}
          </Button>
        </div>
      )}
      {failure && <Caption1 className={styles.failed}>{failure}</Caption1>}
      {value && reading === undefined && (
        <>
          <Caption1 className={errors > 0 ? styles.failed : styles.ok}>{errors > 0 ? text("fp_extra_errors", { count: errors }) : describe(value)}</Caption1>
          {value.problems.length > 0 && <ProblemList problems={value.problems} onGoTo={(at) => void host?.goTo(at).catch(() => undefined)} />}
          <Button className={styles.again} appearance="subtle" size="small" icon={<ArrowClockwiseRegular />} onClick={() => void choose(value.key)}>
            {text("fp_extra_again")}
          </Button>
        </>
      )}
    </div>
  );
}

const nameOf = (ref: SourceRef) => (ref.kind === "selection" ? "" : ref.name ?? "");
