import { Button, CounterBadge, Link, makeStyles, mergeClasses, Text, tokens, typographyStyles } from "@fluentui/react-components";
import { ErrorCircleRegular, WarningRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Location, Problem } from "../../core/errors";
import { t } from "../../i18n";
import { useLang, useText } from "../i18n";
import { problemAddress, sortProblems } from "../workflows/sourceData";

/** Problems shown at first per group; a sheet with thousands of bad rows must not render thousands of links. */
export const PROBLEM_PAGE = 50;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { ...typographyStyles.body1Strong, margin: 0, display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  errorIcon: { color: tokens.colorStatusDangerForeground1, fontSize: "16px" },
  warningIcon: { color: tokens.colorStatusWarningForeground1, fontSize: "16px" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // The address on its own line, the message under it: both stay readable in a narrow pane.
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    paddingBlock: tokens.spacingVerticalXXS,
    paddingInlineStart: tokens.spacingHorizontalS,
    // Griffel flips left to right in right-to-left layouts.
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  errorItem: { borderLeftColor: tokens.colorStatusDangerBorder2 },
  warningItem: { borderLeftColor: tokens.colorStatusWarningBorder2 },
  address: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  more: { alignSelf: "flex-start" },
});

export interface ProblemListProps {
  problems: readonly Problem[];
  /** Selects the problem's cell in the workbook. */
  onGoTo: (location: Location) => void;
}

/** Errors, then warnings, each counted; every problem with a cell starts with a link that selects that cell. */
export function ProblemList({ problems, onGoTo }: ProblemListProps) {
  const styles = useStyles();
  const { errors, warnings } = sortProblems(problems);
  return (
    <div className={styles.root}>
      {errors.length > 0 && <ProblemGroup kind="error" problems={errors} onGoTo={onGoTo} />}
      {warnings.length > 0 && <ProblemGroup kind="warning" problems={warnings} onGoTo={onGoTo} />}
    </div>
  );
}

/** Core messages start in lower case (the CLI prefixes the cell); here each is a sentence of its own. */
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function ProblemGroup({ kind, problems, onGoTo }: { kind: "error" | "warning"; problems: Problem[]; onGoTo: (l: Location) => void }) {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  const [shown, setShown] = useState(PROBLEM_PAGE);
  const Icon = kind === "error" ? ErrorCircleRegular : WarningRegular;
  const title = text(kind === "error" ? "wf_check_errors" : "wf_check_warnings");
  return (
    <section className={styles.group} aria-label={`${title}: ${problems.length}`}>
      <h4 className={styles.heading}>
        <Icon className={kind === "error" ? styles.errorIcon : styles.warningIcon} aria-hidden />
        {title}
        <CounterBadge count={problems.length} overflowCount={99999} color={kind === "error" ? "danger" : "informative"} size="small" aria-hidden />
      </h4>
      <ul className={styles.list}>
        {problems.slice(0, shown).map((p, i) => {
          const address = problemAddress(p.location);
          const location = p.location;
          const column = location?.column ? text("wf_check_column", { column: location.column }) : "";
          return (
            <li key={i} className={mergeClasses(styles.item, kind === "error" ? styles.errorItem : styles.warningItem)}>
              {address && location && (
                <Link as="button" className={styles.address} onClick={() => onGoTo(location)} aria-label={text("wf_check_go_to", { address })}>
                  {address}
                </Link>
              )}
              <Text>{capitalize([column, t(p.code, p.params, lang)].filter(Boolean).join(": "))}</Text>
            </li>
          );
        })}
      </ul>
      {problems.length > shown && (
        <Button className={styles.more} size="small" onClick={() => setShown((n) => n + PROBLEM_PAGE)}>
          {text("wf_check_more", { count: Math.min(PROBLEM_PAGE, problems.length - shown), left: problems.length - shown })}
        </Button>
      )}
    </section>
  );
}
