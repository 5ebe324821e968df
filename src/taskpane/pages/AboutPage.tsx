import {
  Badge,
  Divider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { functionNamespace } from "../functionCatalog";
import { useLang, useText } from "../i18n";
import { useFunctionCatalog } from "../useFunctionCatalog";
import { version } from "../version";
import { FunctionList } from "./FunctionList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignSelf: "stretch" },
  heading: { ...typographyStyles.body1Strong, margin: 0 },
  paragraph: { margin: 0 },
  divider: { alignSelf: "stretch" },
});

/** Version, what ШНОР is, the worksheet functions Excel offers, and where the data goes (nowhere). */
export function AboutPage() {
  const styles = useStyles();
  const text = useText();
  const lang = useLang();
  const catalog = useFunctionCatalog(lang);
  return (
    <div className={styles.root}>
      <Badge appearance="tint" shape="rounded">
        {text("pane_about_version", { version })}
      </Badge>
      <section className={styles.section}>
        <h3 className={styles.heading}>{text("pane_about_method_heading")}</h3>
        <Text as="p" className={styles.paragraph}>
          {text("pane_about_method")}
        </Text>
      </section>
      <Divider className={styles.divider} />
      <section className={styles.section} aria-busy={catalog.status === "loading"}>
        <h3 className={styles.heading}>{text("pane_about_functions_heading")}</h3>
        <Text as="p" className={styles.paragraph}>
          {text("pane_about_functions_intro", { namespace: functionNamespace })}
        </Text>
        {catalog.status === "loading" && (
          <Spinner size="tiny" labelPosition="after" label={text("pane_about_functions_loading")} />
        )}
        {catalog.status === "error" && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{text("pane_about_functions_error", { message: catalog.message })}</MessageBarBody>
          </MessageBar>
        )}
        {catalog.status === "ready" &&
          (catalog.functions.length > 0 ? (
            <FunctionList namespace={functionNamespace} functions={catalog.functions} />
          ) : (
            <Text as="p" className={styles.paragraph}>
              {text("pane_about_functions_empty")}
            </Text>
          ))}
      </section>
      <Divider className={styles.divider} />
      <section className={styles.section}>
        <h3 className={styles.heading}>{text("pane_about_privacy_heading")}</h3>
        <Text as="p" className={styles.paragraph}>
          {text("pane_about_privacy")}
        </Text>
      </section>
    </div>
  );
}
