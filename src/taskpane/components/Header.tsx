import { Button, makeStyles, Title3, tokens, Tooltip } from "@fluentui/react-components";
import { InfoRegular } from "@fluentui/react-icons";
import type { Lang } from "../../i18n";
import { useText } from "../i18n";
import { LanguageSwitch } from "./LanguageSwitch";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { flexGrow: 1, margin: 0 },
  tools: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

export interface HeaderProps {
  lang: Lang;
  onLangChange: (lang: Lang) => void;
  onAbout: () => void;
}

export function Header({ lang, onLangChange, onAbout }: HeaderProps) {
  const styles = useStyles();
  const text = useText();
  return (
    <header className={styles.root}>
      <Title3 as="h1" className={styles.title}>
        {text("pane_app_title")}
      </Title3>
      <div className={styles.tools}>
        <LanguageSwitch lang={lang} onChange={onLangChange} />
        <Tooltip content={text("pane_about_title")} relationship="label">
          <Button appearance="subtle" icon={<InfoRegular />} onClick={onAbout} />
        </Tooltip>
      </div>
    </header>
  );
}
