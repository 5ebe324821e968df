import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { WorksheetFunction } from "../functionCatalog";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  // Russian function names are long single words: let them break rather than widen a 320 px pane.
  name: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
});

export interface FunctionListProps {
  namespace: string;
  functions: readonly WorksheetFunction[];
}

/** The worksheet functions as they are typed in a formula, each with its one-line description. */
export function FunctionList({ namespace, functions }: FunctionListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {functions.map((f) => (
        <li key={f.id} className={styles.item}>
          <Text className={styles.name}>{`${namespace}.${f.name}`}</Text>
          {f.description && <Text size={200}>{f.description}</Text>}
        </li>
      ))}
    </ul>
  );
}
