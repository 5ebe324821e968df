import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, makeStyles, MessageBar, MessageBarBody, Radio,
  RadioGroup, Text, tokens,
} from "@fluentui/react-components";
import { CalculatorArrowClockwiseRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { ConvertScope } from "../../host/excel/formulasToValues";
import { ProgressPanel } from "../components/ProgressPanel";
import { useWorkbookHost } from "../host";
import { useLang, useNumberFormat, useText } from "../i18n";
import { canConvertFormulas, type FormulaConverter, useFormulaConversion } from "../workflows/formulaConversion";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "flex-start" },
  intro: { margin: 0 },
  // Fluent sets max-width: 100vw below 480 px (edge to edge in a 360 px pane); the same media query overrides it.
  surface: { maxWidth: "calc(100vw - 32px)", boxSizing: "border-box", "@media screen and (max-width: 480px)": { maxWidth: "calc(100vw - 32px)" } },
});

/** Replaces SHNOR formulas by their values on the current sheet or the whole workbook, after a confirmation. */
export function FormulasToValuesPage() {
  const host = useWorkbookHost();
  const text = useText();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Text as="p" className={styles.intro}>
        {text("f2v_intro")}
      </Text>
      {canConvertFormulas(host) ? (
        <Converter host={host} />
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{text(host ? "f2v_unsupported" : "wf_no_host")}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

function Converter({ host }: { host: FormulaConverter }) {
  const text = useText();
  const lang = useLang();
  const styles = useStyles();
  const [scope, setScope] = useState<ConvertScope>("sheet");
  const [asking, setAsking] = useState(false);
  const { state, convert, cancel } = useFormulaConversion(host, lang);
  const running = state.phase === "running";
  const number = useNumberFormat();
  const scopeText = text(scope === "sheet" ? "f2v_scope_sheet" : "f2v_scope_workbook").toLowerCase();
  return (
    <>
      <Field label={text("f2v_scope")}>
        <RadioGroup value={scope} disabled={running} onChange={(_, d) => setScope(d.value as ConvertScope)}>
          <Radio value="sheet" label={text("f2v_scope_sheet")} />
          <Radio value="workbook" label={text("f2v_scope_workbook")} />
        </RadioGroup>
      </Field>
      <Button appearance="primary" icon={<CalculatorArrowClockwiseRegular />} disabled={running} onClick={() => setAsking(true)}>
        {text("f2v_run")}
      </Button>
      {state.phase === "running" && <ProgressPanel progress={state.progress} onCancel={cancel} />}
      {state.phase === "done" && (
        <MessageBar intent={state.result.converted > 0 ? "success" : "info"} layout="multiline">
          <MessageBarBody>
            {state.result.converted > 0
              ? text("f2v_done", { count: number.format(state.result.converted), sheets: state.result.sheets.join(", ") })
              : text("f2v_none")}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.phase === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      )}
      <Dialog open={asking} modalType="alert" onOpenChange={(_, d) => setAsking(d.open)}>
        <DialogSurface className={styles.surface}>
          <DialogBody>
            <DialogTitle>{text("f2v_confirm_title")}</DialogTitle>
            <DialogContent>
              <Text as="p">{text("f2v_confirm_text", { scope: scopeText })}</Text>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setAsking(false);
                  void convert(scope);
                }}
              >
                {text("f2v_confirm_yes")}
              </Button>
              <Button onClick={() => setAsking(false)}>{text("f2v_confirm_no")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
