import { Field, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import { useState } from "react";
import { useLang } from "../../i18n";
import { describeError } from "../../workflows/errors";
import type { Notice } from "../../workflows/types";

export interface PresetSelectProps<T extends { id: string }> {
  label: string;
  hint?: string;
  className?: string;
  presets: readonly T[];
  value: T;
  /** The option's text. */
  name: (preset: T) => string;
  onChange: (preset: T) => void;
  /** Called with no notice before a change: the last write's notice no longer applies. */
  onWrite: (notice: Notice | undefined, written: boolean) => void;
}

/** A select of built-in presets (rubrics, programme templates) by id; choosing one clears the last write's notice. */
export function PresetSelect<T extends { id: string }>({ label, hint, className, presets, value, name, onChange, onWrite }: PresetSelectProps<T>) {
  return (
    <Field label={label} hint={hint}>
      <Select
        className={className}
        value={value.id}
        onChange={(_, d) => {
          const next = presets.find((p) => p.id === d.value);
          if (next) {
            onWrite(undefined, false);
            onChange(next);
          }
        }}
      >
        {presets.map((p) => (
          <option key={p.id} value={p.id}>
            {name(p)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/**
 * A write started from a bar: busy while it runs, the notice cleared first, then the action's notice (written when a
 * success) or the error described in the pane's language.
 */
export function usePresetWrite(onWrite: (notice: Notice | undefined, written: boolean) => void, action: () => Promise<Notice>) {
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const write = async () => {
    setBusy(true);
    onWrite(undefined, false);
    try {
      const result = await action();
      onWrite(result, result.intent === "success");
    } catch (e) {
      onWrite({ intent: "error", text: describeError(e, lang) }, false);
    } finally {
      setBusy(false);
    }
  };
  return { busy, write };
}

/** The last write's notice, if any. */
export function NoticeBar({ notice }: { notice?: Notice }) {
  return notice ? (
    <MessageBar intent={notice.intent} layout="multiline">
      <MessageBarBody>{notice.text}</MessageBarBody>
    </MessageBar>
  ) : null;
}
