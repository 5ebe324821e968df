import { makeStyles, Text, tokens, typographyStyles } from "@fluentui/react-components";
import { type ReactNode, useEffect, useId, useRef } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { ...typographyStyles.subtitle2, margin: 0, outlineStyle: "none" },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface StepSectionProps {
  heading: string;
  intro?: string;
  /** Move the focus to the heading when the step opens (not on the page's first step: the page title has it). */
  focusOnMount: boolean;
  /** The step's buttons, primary first. */
  actions?: ReactNode;
  children?: ReactNode;
}

/** One step: its heading («Шаг 2 из 6. …»), a line saying what to do, the content, and the buttons. */
export function StepSection({ heading, intro, focusOnMount, actions, children }: StepSectionProps) {
  const styles = useStyles();
  const headingId = useId();
  const ref = useRef<HTMLHeadingElement>(null);
  // On mount only: a step is keyed by its id, so a new step mounts anew and takes the focus once.
  const focusAtMount = useRef(focusOnMount);
  useEffect(() => {
    if (focusAtMount.current) ref.current?.focus();
  }, []);
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <h3 id={headingId} ref={ref} tabIndex={-1} className={styles.heading}>
        {heading}
      </h3>
      {intro && (
        <Text as="p" className={styles.intro}>
          {intro}
        </Text>
      )}
      {children}
      {actions && <div className={styles.actions}>{actions}</div>}
    </section>
  );
}
