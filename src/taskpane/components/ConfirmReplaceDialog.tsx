import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useText } from "../i18n";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalS} 0`, paddingInlineStart: tokens.spacingHorizontalXL },
  // The dialog must fit a 320 px pane with its margins.
  // Fluent sets max-width: 100vw below 480 px (edge to edge in a 360 px pane); the same media query overrides it.
  surface: { maxWidth: "calc(100vw - 32px)", boxSizing: "border-box", "@media screen and (max-width: 480px)": { maxWidth: "calc(100vw - 32px)" } },
});

export interface ConfirmReplaceDialogProps {
  /** Existing sheets the report would replace; the dialog is open while there are any. */
  sheets: string[] | undefined;
  onReplace: () => void;
  onKeep: () => void;
}

/** Asks before the report replaces sheets already in the workbook; Escape and «Отмена» keep them. */
export function ConfirmReplaceDialog({ sheets, onReplace, onKeep }: ConfirmReplaceDialogProps) {
  const styles = useStyles();
  const text = useText();
  return (
    <Dialog open={!!sheets && sheets.length > 0} modalType="modal" onOpenChange={(_, d) => !d.open && onKeep()}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{text("wf_replace_title")}</DialogTitle>
          <DialogContent>
            <Text as="p">{text("wf_replace_text", { count: sheets?.length ?? 0 })}</Text>
            <ul className={styles.list}>
              {sheets?.map((name) => (
                <li key={name}>
                  <Text weight="semibold">{name}</Text>
                </li>
              ))}
            </ul>
            <Text as="p">{text("wf_replace_note")}</Text>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onReplace}>
              {text("wf_replace_yes")}
            </Button>
            <Button onClick={onKeep}>{text("wf_replace_no")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
