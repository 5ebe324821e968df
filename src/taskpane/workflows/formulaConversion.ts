/**
 * «Формулы → значения» as an optional host capability: the Excel host has `formulasToValues`; a host without it
 * (a file, an old Excel) is detected, not called. The hook runs one conversion under an AbortController (the scan
 * is cancellable; the host stops taking Cancel once it writes) and keeps its progress and result.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ConversionResult, ConvertScope } from "../../host/excel/formulasToValues";
import type { HostOptions, Progress, WorkbookHost } from "../../host/WorkbookHost";
import type { Lang } from "../../i18n";
import { describeError } from "./errors";

export interface FormulaConverter {
  formulasToValues(scope: ConvertScope, options?: HostOptions): Promise<ConversionResult>;
}

export function canConvertFormulas(host: WorkbookHost | null): host is WorkbookHost & FormulaConverter {
  return !!host && typeof (host as Partial<FormulaConverter>).formulasToValues === "function";
}

export type ConversionState =
  | { phase: "idle" }
  | { phase: "running"; progress: Progress }
  | { phase: "done"; result: ConversionResult }
  | { phase: "failed"; message: string };

export function useFormulaConversion(host: FormulaConverter, lang: Lang) {
  const [state, setState] = useState<ConversionState>({ phase: "idle" });
  const task = useRef<AbortController>();
  useEffect(() => () => task.current?.abort(), []);

  const convert = useCallback(
    async (scope: ConvertScope) => {
      task.current?.abort();
      const controller = new AbortController();
      task.current = controller;
      setState({ phase: "running", progress: { stage: "read", done: 0, total: 0 } });
      try {
        const result = await host.formulasToValues(scope, {
          signal: controller.signal,
          onProgress: (progress) => {
            if (!controller.signal.aborted) setState({ phase: "running", progress });
          },
        });
        if (!controller.signal.aborted) setState({ phase: "done", result });
      } catch (e) {
        if (!controller.signal.aborted) setState({ phase: "failed", message: describeError(e, lang) });
      } finally {
        if (task.current === controller) task.current = undefined;
      }
    },
    [host, lang],
  );

  const cancel = useCallback(() => {
    task.current?.abort();
    task.current = undefined;
    setState({ phase: "idle" });
  }, []);

  return { state, convert, cancel };
}
