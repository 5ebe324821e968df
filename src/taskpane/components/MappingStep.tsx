import { Button } from "@fluentui/react-components";
import { ArrowLeftRegular, ArrowRightRegular } from "@fluentui/react-icons";
import { useMemo } from "react";
import { useText } from "../i18n";
import { mappingIssues, mappingReady } from "../workflows/mappingCheck";
import type { WorkflowApi } from "../workflows/useWorkflow";
import { ColumnMapping } from "./ColumnMapping";
import type { Section } from "./stepTypes";

/** Step 2: the columns as recognised, for the user to confirm or fix; the check runs only on a complete mapping. */
export function MappingStep<S, R, Row>({ api, section }: { api: WorkflowApi<S, R, Row>; section: Section }) {
  const text = useText();
  const { state } = api;
  const issues = useMemo(() => mappingIssues(state.mapping, api.fields), [state.mapping, api.fields]);
  if (!state.matrix) return null;
  return section("mapping", {
    intro: text("wf_map_intro"),
    body: (
      <ColumnMapping
        fields={api.fields}
        matrix={state.matrix}
        headerRow={state.headerRow}
        mapping={state.mapping}
        issues={issues}
        onHeaderRow={api.setHeaderRow}
        onMap={api.map}
        disabled={!!state.running}
      />
    ),
    actions: (
      <>
        <Button appearance="primary" icon={<ArrowRightRegular />} iconPosition="after" disabled={!mappingReady(issues) || !!state.running} onClick={() => void api.check()}>
          {text("wf_map_check")}
        </Button>
        <Button icon={<ArrowLeftRegular />} disabled={!!state.running} onClick={api.back}>
          {text("wf_back")}
        </Button>
      </>
    ),
  });
}
