/**
 * The one message catalogue of the product (catalogue.ts) with every domain's messages registered: every text a
 * user reads, in Russian (default) and English.
 */
import { registerMessages } from "./catalogue";
import { commonMessages } from "./messages/common";
import { contextMessages } from "./messages/context";
import { federalPaneMessages } from "./messages/federalPane";
import { functionMessages } from "./messages/functions";
import { indicesMessages } from "./messages/indices";
import { indicesReportMessages } from "./messages/indicesReport";
import { reportMessages } from "./messages/report";
import { tableMessages } from "./messages/table";

export * from "./catalogue";

registerMessages(commonMessages);
registerMessages(tableMessages);
registerMessages(functionMessages);
registerMessages(reportMessages);
registerMessages(indicesMessages);
registerMessages(contextMessages);
registerMessages(indicesReportMessages);
registerMessages(federalPaneMessages);
