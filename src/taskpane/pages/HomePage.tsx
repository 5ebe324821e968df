import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens, typographyStyles } from "@fluentui/react-components";
import { useId } from "react";
import { EntryCard } from "../components/EntryCard";
import { useText } from "../i18n";
import type { WorkflowEntry } from "../workflows";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  title: { ...typographyStyles.subtitle1, margin: 0 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
});

export interface HomePageProps {
  entries: readonly WorkflowEntry[];
  onOpen: (id: string) => void;
  /** The entry whose page the user just left: its card takes the focus back. */
  returnedFrom?: string;
}

/** Workflows first, then reference pages; while no workflow exists, says so instead of showing empty promises. */
export function HomePage({ entries, onOpen, returnedFrom }: HomePageProps) {
  const styles = useStyles();
  const text = useText();
  const headingId = useId();
  const workflows = entries.filter((e) => e.kind === "workflow");
  const ordered = [...workflows, ...entries.filter((e) => e.kind !== "workflow")];
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <h2 id={headingId} className={styles.title}>
        {text("pane_home_title")}
      </h2>
      {workflows.length === 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text("pane_home_no_workflows_title")}</MessageBarTitle>{" "}
            {text("pane_home_no_workflows")}
          </MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.list}>
        {ordered.map((entry) => (
          <li key={entry.id}>
            <EntryCard entry={entry} onOpen={onOpen} focusOnMount={entry.id === returnedFrom} />
          </li>
        ))}
      </ul>
    </section>
  );
}
