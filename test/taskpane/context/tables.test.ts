/** The machinery's table seam: a workflow's own fields drive the layout, the mapping check and the reader. */
import { workflowReducer, initialState } from "../../../src/taskpane/workflows/machine";
import { mappingIssues } from "../../../src/taskpane/workflows/mappingCheck";
import { socialWorkflow } from "../../../src/taskpane/workflows/context/socialWorkflow";
import { riskTable } from "../../../src/taskpane/workflows/context/risksWorkflow";
import { tv8Matrix } from "../../fixtures/tv8";

const social = socialWorkflow.table as NonNullable<typeof socialWorkflow.table>;

describe("workflow tables", () => {
  it("finds the passport's header and columns with the workflow's fields, not the aggregate ones", () => {
    const state = workflowReducer(initialState(), { type: "read", matrix: tv8Matrix(), fields: social.fields });
    expect(state.headerRow).toBe(1);
    expect(state.mapping).toMatchObject({ school_id: 0, HIGHER_ED_BOTH_PARENTS: 4, UNEMPLOYED_PARENTS: 5, DEVIANT_OR_REGISTERED: 6, NON_NATIVE_RUSSIAN: 7 });
    expect(mappingIssues(state.mapping, social.fields)).toEqual({ missing: [], duplicates: [] });
    // Without the fields, the aggregate table's are used: the passport lacks its required columns.
    const aggregate = workflowReducer(initialState(), { type: "read", matrix: tv8Matrix() });
    expect(mappingIssues(aggregate.mapping).missing.length).toBeGreaterThan(0);
  });

  it("reads the optional extras only when mapped, and says which components each row carries", () => {
    const matrix = tv8Matrix();
    matrix.values[1].push("Неполные семьи");
    matrix.values.slice(2).forEach((r, i) => r.push(0.1 * (i + 1)));
    const state = workflowReducer(initialState(), { type: "read", matrix, fields: social.fields });
    const read = social.read(matrix, { mapping: state.mapping, headerRow: state.headerRow });
    expect(read.problems).toEqual([]);
    expect(Object.keys(read.rows[0].values)).toContain("SINGLE_PARENT");
    const choice = socialWorkflow.initialSettings({}, [], read.rows);
    expect(choice.components.map((c) => c.key)).toEqual(["HIGHER_ED_BOTH_PARENTS", "UNEMPLOYED_PARENTS", "DEVIANT_OR_REGISTERED", "NON_NATIVE_RUSSIAN", "SINGLE_PARENT"]);
    const unmapped = Object.fromEntries(Object.entries(state.mapping).filter(([key]) => key !== "SINGLE_PARENT"));
    const without = social.read(matrix, { mapping: unmapped, headerRow: state.headerRow });
    expect(without.rows[0].values).not.toHaveProperty("SINGLE_PARENT");
  });

  it("a table with no school columns is a located error of the risk reader", () => {
    const read = riskTable.read({ sheet: "Л", originRow: 1, originCol: 1, values: [["что-то"], ["x"]] }, { mapping: {}, headerRow: 0 });
    expect(read.problems.some((p) => p.severity === "error" && p.location?.sheet === "Л")).toBe(true);
  });
});
