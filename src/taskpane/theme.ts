import { type Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { OfficeEnvironment } from "./officeEnvironment";

/** Relative luminance (WCAG) of "#RRGGBB", or undefined when the text is not such a colour. */
export function luminance(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return undefined;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** True when Office shows a dark body: its own flag where the host has it, else the body colour's luminance. */
export function isDarkOffice(env: OfficeEnvironment): boolean {
  if (!env.theme) return false;
  if (typeof env.theme.isDarkTheme === "boolean") return env.theme.isDarkTheme;
  const l = env.theme.bodyBackgroundColor ? luminance(env.theme.bodyBackgroundColor) : undefined;
  // 0.179 is where black and white text have equal contrast on the background.
  return l !== undefined && l < 0.179;
}

export function paneTheme(env: OfficeEnvironment): Theme {
  return isDarkOffice(env) ? webDarkTheme : webLightTheme;
}
