import packageJson from "../../package.json";

/** The add-in's version as released (package.json), shown on the About page. */
export const version: string = packageJson.version;
