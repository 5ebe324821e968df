/**
 * The messages a worksheet function can show — its own, and the errors of the core readers and indicators it calls —
 * registered into the catalogue. Only these: the report and pane texts would double the functions bundle.
 */
import { registerMessages } from "../i18n/catalogue";
import { commonMessages } from "../i18n/messages/common";
import { contextMessages } from "../i18n/messages/context";
import { functionMessages } from "../i18n/messages/functions";
import { indicesMessages } from "../i18n/messages/indices";
import { tableMessages } from "../i18n/messages/table";

registerMessages(commonMessages);
registerMessages(tableMessages);
registerMessages(functionMessages);
registerMessages(indicesMessages);
registerMessages(contextMessages);

export { type Lang, t } from "../i18n/catalogue";
