import { makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import type { Lang } from "../../i18n";
import { useText } from "../i18n";

const languages: readonly Lang[] = ["ru", "en"];

const useStyles = makeStyles({
  root: { display: "flex", gap: tokens.spacingHorizontalXXS },
  button: { minWidth: "40px" },
});

export interface LanguageSwitchProps {
  lang: Lang;
  onChange: (lang: Lang) => void;
}

/** RU / EN as two toggle buttons: both visible at once, one keypress away, state announced as "pressed". */
export function LanguageSwitch({ lang, onChange }: LanguageSwitchProps) {
  const styles = useStyles();
  const text = useText();
  return (
    <div role="group" aria-label={text("pane_lang_group")} className={styles.root}>
      {languages.map((l) => (
        <ToggleButton
          key={l}
          size="small"
          className={styles.button}
          // Primary for the current language: the default "checked" grey is too faint to tell RU from EN.
          appearance={lang === l ? "primary" : "secondary"}
          checked={lang === l}
          aria-label={text(`pane_lang_${l}`)}
          lang={l}
          onClick={() => lang !== l && onChange(l)}
        >
          {l.toUpperCase()}
        </ToggleButton>
      ))}
    </div>
  );
}
