import { Button, makeStyles, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { ArrowLeftRegular, ArrowRightRegular, ArrowSyncRegular } from "@fluentui/react-icons";
import { useNumberFormat, useText } from "../i18n";
import { sortProblems } from "../workflows/sourceData";
import type { WorkflowApi } from "../workflows/useWorkflow";
import { ProblemList } from "./ProblemList";
import type { Section } from "./stepTypes";

const useStyles = makeStyles({ facts: { margin: 0 } });

/** Step 3: what was read, the verdict, and every problem; with errors the only way on is to fix and check again. */
export function CheckStep<S, R, Row>({ api, section }: { api: WorkflowApi<S, R, Row>; section: Section }) {
  const styles = useStyles();
  const text = useText();
  const { state } = api;
  const { errors, warnings } = sortProblems(state.problems);
  const facts = state.facts;
  const number = useNumberFormat();
  const verdict = errors.length > 0
    ? { intent: "error" as const, key: "wf_check_has_errors" }
    : warnings.length > 0
      ? { intent: "warning" as const, key: "wf_check_only_warnings" }
      : { intent: "success" as const, key: "wf_check_clean" };
  const busy = !!state.running;
  const recheck = (
    <Button key="recheck" appearance={errors.length > 0 ? "primary" : "secondary"} icon={<ArrowSyncRegular />} disabled={busy} onClick={() => void api.recheck()}>
      {text("wf_check_again")}
    </Button>
  );
  return section("check", {
    body: (
      <>
        {facts && facts.rows > 0 && (
          <Text as="p" className={styles.facts}>
            {text(facts.key ?? (facts.years.length > 0 ? "wf_check_facts" : "wf_check_facts_no_years"), { rows: number.format(facts.rows), schools: number.format(facts.schools), years: facts.years.join(", ") })}
          </Text>
        )}
        <MessageBar intent={verdict.intent} layout="multiline">
          <MessageBarBody>{text(verdict.key, { errors: errors.length, warnings: warnings.length })}</MessageBarBody>
        </MessageBar>
        <ProblemList problems={state.problems} onGoTo={(l) => void api.goTo(l)} />
      </>
    ),
    actions: (
      <>
        {errors.length === 0 && (
          <Button appearance="primary" icon={<ArrowRightRegular />} iconPosition="after" disabled={busy} onClick={() => void api.toSettings()}>
            {text("wf_check_next")}
          </Button>
        )}
        {recheck}
        <Button icon={<ArrowLeftRegular />} disabled={busy} onClick={api.back}>
          {text("wf_back")}
        </Button>
      </>
    ),
  });
}
