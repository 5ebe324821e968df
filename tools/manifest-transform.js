/**
 * Derives the production manifest from the development one (manifest.xml). The two must differ in Id, namespace
 * and display name, or a developer's copy and the released add-in collide and "poison" shared workbooks
 * (office-js #2878, #4207). Every replacement is global and must have happened at least once, and no localhost
 * may survive: a template-style single `String.replace` once shipped a manifest still pointing at localhost.
 */

/** Id of the development add-in (manifest.xml). */
const DEV_ID = "cce7c2b0-50db-4b43-98fc-4ac8f93ea359";
/** Id of the released add-in; never change it once published, Office keys installs and workbooks by it. */
const PROD_ID = "7812e0bb-bbdf-4784-90bc-1450505f98e2";
const DEV_NAMESPACE = "SHNORDEV";
const PROD_NAMESPACE = "SHNOR";
const DEV_SUFFIX = " (dev)";

function replaceAllCounted(text, from, to, what) {
  const parts = text.split(from);
  if (parts.length < 2) throw new Error(`manifest-transform: ${what} (${JSON.stringify(from)}) not found in the development manifest`);
  return parts.join(to);
}

function assertBaseUrl(url, what) {
  if (!/^https:\/\/[^/]+(\/[^\s"<>]*)?\/$/.test(url)) throw new Error(`manifest-transform: ${what} must be an https URL ending in "/", got ${JSON.stringify(url)}`);
}

/**
 * @param {string} xml the development manifest
 * @param {{ urlDev: string, urlProd: string }} urls base URLs, both https and ending in "/"
 * @returns {string} the production manifest
 */
function toProductionManifest(xml, { urlDev, urlProd }) {
  assertBaseUrl(urlDev, "urlDev");
  assertBaseUrl(urlProd, "urlProd");
  if (/localhost/i.test(urlProd)) throw new Error(`manifest-transform: urlProd points at localhost (${urlProd})`);
  // Comments describe the development setup; dropping them first also keeps them from satisfying a replacement.
  let out = xml.replace(/[ \t]*<!--[\s\S]*?-->[ \t]*\r?\n?/g, "");
  out = replaceAllCounted(out, urlDev, urlProd, "the development URL");
  out = replaceAllCounted(out, `<Id>${DEV_ID}</Id>`, `<Id>${PROD_ID}</Id>`, "the development Id");
  out = replaceAllCounted(out, `"${DEV_NAMESPACE}"`, `"${PROD_NAMESPACE}"`, "the development namespace");
  out = replaceAllCounted(out, DEV_SUFFIX, "", "the display-name suffix");
  const leftover = out.match(/[^\s"<>]*localhost[^\s"<>]*/i);
  if (leftover) throw new Error(`manifest-transform: "localhost" remains in the production manifest: ${leftover[0]}`);
  for (const devOnly of [DEV_ID, DEV_NAMESPACE]) {
    if (out.includes(devOnly)) throw new Error(`manifest-transform: ${devOnly} remains in the production manifest`);
  }
  return out;
}

module.exports = { toProductionManifest, DEV_ID, PROD_ID, DEV_NAMESPACE, PROD_NAMESPACE };
