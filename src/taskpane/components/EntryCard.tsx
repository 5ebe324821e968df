import { Button, Card, CardFooter, CardHeader, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ChevronRightRegular } from "@fluentui/react-icons";
import { useEffect, useRef } from "react";
import { useText } from "../i18n";
import type { WorkflowEntry } from "../workflows";

const useStyles = makeStyles({
  card: { width: "100%", boxSizing: "border-box" },
  // The icon sits beside the title, not centred on title and summary together.
  image: { alignSelf: "start" },
  icon: { fontSize: "24px", color: tokens.colorBrandForeground1 },
  title: { margin: 0 },
  summary: { margin: 0 },
});

export interface EntryCardProps {
  entry: WorkflowEntry;
  onOpen: (id: string) => void;
  /** Focus the Open button on mount: set when the user comes back from this entry's page. */
  focusOnMount?: boolean;
}

/** One line on Home: what the page does and a button to open it (a real button, so Enter and Space work). */
export function EntryCard({ entry, onOpen, focusOnMount = false }: EntryCardProps) {
  const styles = useStyles();
  const text = useText();
  const open = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusOnMount) open.current?.focus();
  }, [focusOnMount]);
  const Icon = entry.icon;
  const title = text(entry.titleKey);
  return (
    <Card className={styles.card}>
      <CardHeader
        image={{ className: styles.image, children: <Icon className={styles.icon} aria-hidden /> }}
        header={
          <Text as="h3" weight="semibold" size={400} className={styles.title}>
            {title}
          </Text>
        }
        description={
          <Text as="p" className={styles.summary}>
            {text(entry.summaryKey)}
          </Text>
        }
      />
      <CardFooter>
        <Button
          ref={open}
          icon={<ChevronRightRegular />}
          iconPosition="after"
          aria-label={text("pane_open_entry_label", { title })}
          onClick={() => onOpen(entry.id)}
        >
          {text("pane_open_entry")}
        </Button>
      </CardFooter>
    </Card>
  );
}
