import { makeStyles, mergeClasses, shorthands, tokens, typographyStyles } from "@fluentui/react-components";
import { CheckmarkRegular } from "@fluentui/react-icons";
import { useText } from "../i18n";
import { STEPS, type StepId } from "../workflows/types";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gridTemplateColumns: `repeat(${STEPS.length}, minmax(0, 1fr))` },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalXXS,
    position: "relative",
    color: tokens.colorNeutralForeground3,
    // The line joining a step to the previous one, drawn behind the dots.
    "::before": {
      content: '""',
      position: "absolute",
      top: "11px",
      right: "50%",
      width: "100%",
      borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      zIndex: 0,
    },
    ":first-child::before": { display: "none" },
  },
  dot: {
    zIndex: 1,
    boxSizing: "border-box",
    width: "24px",
    height: "24px",
    borderRadius: tokens.borderRadiusCircular,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    ...typographyStyles.caption1Strong,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  done: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2, ...shorthands.borderColor(tokens.colorBrandStroke2) },
  current: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand, ...shorthands.borderColor(tokens.colorBrandBackground) },
  label: { ...typographyStyles.caption2, maxWidth: "100%", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  currentLabel: { ...typographyStyles.caption2Strong, color: tokens.colorNeutralForeground1 },
});

export interface StepperProps {
  current: StepId;
}

/** The six steps as numbered dots: done ones ticked, the current one filled and announced as the current step. */
export function Stepper({ current }: StepperProps) {
  const styles = useStyles();
  const text = useText();
  const at = STEPS.indexOf(current);
  return (
    <nav aria-label={text("wf_steps_label")}>
      <ol className={styles.list}>
        {STEPS.map((step, i) => (
          <li key={step} className={styles.item} aria-current={i === at ? "step" : undefined}>
            <span className={mergeClasses(styles.dot, i < at && styles.done, i === at && styles.current)} aria-hidden>
              {i < at ? <CheckmarkRegular /> : i + 1}
            </span>
            <span className={mergeClasses(styles.label, i === at && styles.currentLabel)}>{text(`wf_step_${step}_short`)}</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
