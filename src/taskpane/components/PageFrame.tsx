import { Button, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { ArrowLeftRegular } from "@fluentui/react-icons";
import { type ReactNode, useEffect, useId, useRef } from "react";
import { useText } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  // Pulls the subtle button's padding out to the left, so its arrow lines up with the heading below.
  back: { marginInlineStart: `calc(-1 * ${tokens.spacingHorizontalM})` },
  title: { ...typographyStyles.subtitle1, margin: 0, outlineStyle: "none" },
  body: { alignSelf: "stretch" },
});

export interface PageFrameProps {
  title: string;
  onBack: () => void;
  children: ReactNode;
}

/** A page under Home: a way back, the page's heading, its content. */
export function PageFrame({ title, onBack, children }: PageFrameProps) {
  const styles = useStyles();
  const text = useText();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a page moves focus to its heading, so keyboard and screen-reader users start where the content does.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={onBack} className={styles.back}>
        {text("pane_back_home")}
      </Button>
      <h2 id={headingId} ref={heading} tabIndex={-1} className={styles.title}>
        {title}
      </h2>
      <div className={styles.body}>{children}</div>
    </section>
  );
}
