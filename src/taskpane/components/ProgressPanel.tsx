import { Button, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useNumberFormat, useText } from "../i18n";
import type { TaskProgress } from "../workflows/types";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cancel: { alignSelf: "flex-start" },
});

export interface ProgressPanelProps {
  progress: TaskProgress;
  onCancel: () => void;
}

/** What is being done, how far (counts when the host reports them) and a Cancel that works at every stage. */
export function ProgressPanel({ progress, onCancel }: ProgressPanelProps) {
  const styles = useStyles();
  const text = useText();
  const number = useNumberFormat();
  const { stage, done, total } = progress;
  const known = total > 0;
  const label = text(`wf_progress_${stage}`);
  const counts = known ? text(`wf_progress_counts_${stage}`, { done: number.format(done), total: number.format(total) }) : "";
  return (
    <div className={styles.root} role="status" aria-live="polite">
      <Field label={label} hint={counts || undefined} validationState="none">
        <ProgressBar value={known ? done / total : undefined} max={1} thickness="large" aria-label={label} />
      </Field>
      <Button className={styles.cancel} icon={<DismissRegular />} onClick={onCancel}>
        {text("wf_cancel")}
      </Button>
    </div>
  );
}
