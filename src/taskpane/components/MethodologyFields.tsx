import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  SpinButton,
  tokens,
} from "@fluentui/react-components";
import { ArrowResetRegular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { DEFAULT_IDENTIFY_SETTINGS, type IdentifySettings } from "../../core/settings";
import { useText } from "../i18n";
import { thresholdProblem } from "../workflows/methodology";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  percent: { maxWidth: "120px" },
  count: { maxWidth: "120px" },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingBlock: tokens.spacingVerticalS },
  reset: { alignSelf: "flex-start" },
});

export interface MethodologyFieldsProps {
  value: IdentifySettings;
  onChange: (next: IdentifySettings) => void;
  /** Show the cluster method (it matters for the ШНОР list and for cluster transitions). */
  showClusters?: boolean;
}

/** "30" ↔ 0.3: the threshold is typed as a percent, kept as a share (the core's unit). */
const toPercent = (share: number) => String(Math.round(share * 10000) / 100).replace(".", ",");
const fromPercent = (text: string): number | undefined => {
  const n = Number(text.trim().replace(",", "."));
  return text.trim() !== "" && Number.isFinite(n) ? Math.round(n * 100) / 10000 : undefined;
};

/** The methodology settings of order No. 847 a region may vary; uncommon ones folded under «Дополнительно». */
export function MethodologyFields({ value, onChange, showClusters = true }: MethodologyFieldsProps) {
  const styles = useStyles();
  const text = useText();
  const [threshold, setThreshold] = useState(toPercent(value.lowShareThreshold));
  // A reset (or stored settings) changes the share from outside: show it, unless it is what is being typed.
  useEffect(() => {
    setThreshold((typed) => (fromPercent(typed) === value.lowShareThreshold ? typed : toPercent(value.lowShareThreshold)));
  }, [value.lowShareThreshold]);
  const set = (patch: Partial<IdentifySettings>) => onChange({ ...value, ...patch });
  const parsed = fromPercent(threshold);
  const problem = parsed === undefined ? { key: "wf_set_threshold_number", params: {} } : thresholdProblem({ ...value, lowShareThreshold: parsed });
  return (
    <div className={styles.root}>
      <Field
        label={text("wf_set_threshold")}
        hint={text("wf_set_threshold_hint")}
        validationState={problem ? "error" : "none"}
        validationMessage={problem ? text(problem.key, problem.params) : undefined}
      >
        <Input
          className={styles.percent}
          inputMode="decimal"
          value={threshold}
          contentAfter="%"
          onChange={(_, d) => {
            setThreshold(d.value);
            const share = fromPercent(d.value);
            // An invalid share is still passed on: the run button stays disabled until it is fixed.
            set({ lowShareThreshold: share ?? Number.NaN });
          }}
        />
      </Field>
      <Field label={text("wf_set_rule")}>
        <RadioGroup value={value.twoYearRule} onChange={(_, d) => set({ twoYearRule: d.value as IdentifySettings["twoYearRule"] })}>
          <Radio value="any" label={text("wf_set_rule_any")} />
          <Radio value="same" label={text("wf_set_rule_same")} />
        </RadioGroup>
      </Field>
      {showClusters && (
        <Field label={text("wf_set_cluster")}>
          <RadioGroup value={value.clusterMethod} onChange={(_, d) => set({ clusterMethod: d.value as IdentifySettings["clusterMethod"] })}>
            <Radio value="max" label={text("wf_set_cluster_max")} />
            <Radio value="pooled" label={text("wf_set_cluster_pooled")} />
            <Radio value="mean" label={text("wf_set_cluster_mean")} />
          </RadioGroup>
        </Field>
      )}
      <Accordion collapsible>
        <AccordionItem value="more">
          <AccordionHeader>{text("wf_set_more")}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <Field label={text("wf_set_min_participants")} hint={text("wf_set_min_participants_hint")}>
              <SpinButton
                className={styles.count}
                value={value.minParticipants}
                min={0}
                max={1000}
                onChange={(_, d) => {
                  const n = d.value ?? Number(d.displayValue);
                  if (Number.isInteger(n) && n >= 0) set({ minParticipants: n });
                }}
              />
            </Field>
            <Field label={text("wf_set_ege")}>
              <RadioGroup value={value.egeMathMode} onChange={(_, d) => set({ egeMathMode: d.value as IdentifySettings["egeMathMode"] })}>
                <Radio value="separate" label={text("wf_set_ege_separate")} />
                <Radio value="combined" label={text("wf_set_ege_combined")} />
              </RadioGroup>
            </Field>
            <Checkbox
              checked={value.riskZoneExcludesShnor}
              onChange={(_, d) => set({ riskZoneExcludesShnor: d.checked === true })}
              label={text("wf_set_risk_excludes")}
            />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <Button className={styles.reset} appearance="subtle" icon={<ArrowResetRegular />} onClick={() => onChange({ ...DEFAULT_IDENTIFY_SETTINGS, assessments: [...DEFAULT_IDENTIFY_SETTINGS.assessments] })}>
        {text("wf_set_reset")}
      </Button>
    </div>
  );
}
