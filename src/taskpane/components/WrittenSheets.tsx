import { Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import { TableRegular } from "@fluentui/react-icons";
import { useText } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  icon: { color: tokens.colorBrandForeground1, flexShrink: 0 },
});

export interface WrittenSheetsProps {
  sheets: readonly string[];
  onOpen: (sheet: string) => void;
}

/** The sheets the report wrote, each a link that opens it in the workbook. */
export function WrittenSheets({ sheets, onOpen }: WrittenSheetsProps) {
  const styles = useStyles();
  const text = useText();
  return (
    <div className={styles.root}>
      <Text weight="semibold">{text("wf_done_sheets", { count: sheets.length })}</Text>
      <ul className={styles.list}>
        {sheets.map((name) => (
          <li key={name} className={styles.item}>
            <TableRegular className={styles.icon} aria-hidden />
            <Link as="button" onClick={() => onOpen(name)} aria-label={text("wf_done_open_sheet", { sheet: name })}>
              {name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
