package org.sescert.importing;

import static org.sescert.importing.ColumnLayout.code;
import static org.sescert.importing.ColumnLayout.optional;
import static org.sescert.importing.ColumnLayout.required;
import static org.sescert.importing.ColumnType.DATE;
import static org.sescert.importing.ColumnType.LEVEL;
import static org.sescert.importing.ColumnType.MONEY;
import static org.sescert.importing.ColumnType.SCORE;
import static org.sescert.importing.ColumnType.TEXT;
import static org.sescert.importing.ColumnType.WEIGHT;
import static org.sescert.importing.ColumnType.YES_NO;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The cycle workbook as spec section 3 describes it: the Cycle key/value sheet and the row
 * sheets, each column with its type. The template, every reader and the validator work from
 * this one description.
 */
public final class CycleLayout {

    public static final List<String> APPOINTMENT_TYPES = List.of("CAREER", "NONCAREER", "LIMITED_TERM", "LIMITED_EMERGENCY");
    public static final List<String> RANK_AWARDS = List.of("MERITORIOUS", "DISTINGUISHED");

    public static final String CYCLE_SHEET = "Cycle";

    /** The keys of the Cycle sheet, which has two columns, {@code key} and {@code value}. */
    public static final List<ColumnLayout> CYCLE_KEYS = List.of(
            required("agency_code", TEXT, "Agency code, e.g. HS00"),
            optional("agency_name", TEXT, "Agency name"),
            required("cycle_id", TEXT, "Cycle id, e.g. FY2026"),
            required("period_start", DATE, "First day of the appraisal period"),
            required("period_end", DATE, "Last day of the appraisal period"),
            optional("policy", TEXT, "Policy pack, e.g. opm-fy2026; empty = the default for the fiscal year"),
            optional("administration_start", DATE, "Date a new Presidential administration began, if within or just before the cycle"));

    public static final SheetLayout EXECUTIVES = new SheetLayout("Executives", true, "stage_executives", List.of(
            required("executive_id", TEXT, "The executive's id, unique in the cycle"),
            optional("name", TEXT, "Name (Privacy Act record: never logged)"),
            code("appointment_type", true, APPOINTMENT_TYPES, "CAREER, NONCAREER, LIMITED_TERM or LIMITED_EMERGENCY"),
            required("component", TEXT, "Component (organization) the executive works in"),
            optional("rating_official_id", TEXT, "Id of the rating official"),
            optional("pay_pool", TEXT, "Pay pool; empty = the component"),
            required("appraisal_start", DATE, "First day of this executive's appraisal period"),
            required("appraisal_end", DATE, "Last day of this executive's appraisal period"),
            optional("plan_communicated", DATE, "Date the performance plan was communicated"),
            optional("progress_review", DATE, "Date of the progress review; empty = none held"),
            optional("initial_level", LEVEL, "Initial summary rating, 1-5"),
            optional("initial_shared", DATE, "Date the initial rating was given to the executive"),
            optional("hlr_requested", YES_NO, "Higher-level review requested (Y/N)"),
            optional("hlr_level", LEVEL, "Level the higher-level reviewer recommended, 1-5"),
            optional("prb_id", TEXT, "Performance Review Board that reviewed the rating"),
            optional("prb_review", DATE, "Date of the PRB review"),
            optional("prb_level", LEVEL, "Level the PRB recommended, 1-5"),
            optional("final_level", LEVEL, "Annual summary rating, 1-5"),
            optional("final_rating_date", DATE, "Date of the annual summary rating")),
            "One row per executive", "executive_id");

    public static final SheetLayout ELEMENTS = new SheetLayout("Elements", true, "stage_elements", List.of(
            required("executive_id", TEXT, "The executive's id, as on the Executives sheet"),
            required("element", TEXT, "Critical element: the policy's code or name"),
            required("weight", WEIGHT, "Weight, a whole number 0-100; an executive's weights add to 100"),
            required("level", LEVEL, "Element rating, 1-5")),
            "One row per executive per critical element");

    public static final SheetLayout PAY = new SheetLayout("Pay", true, "stage_pay", List.of(
            required("executive_id", TEXT, "The executive's id, as on the Executives sheet"),
            required("basic_pay_before", MONEY, "Basic pay before the pay adjustment, USD"),
            required("basic_pay_after", MONEY, "Basic pay after the pay adjustment, USD"),
            optional("performance_award", MONEY, "Performance award, USD; empty = 0"),
            optional("other_award", MONEY, "Other cash award, USD"),
            code("rank_award", false, RANK_AWARDS, "MERITORIOUS, DISTINGUISHED or empty")),
            "One row per executive");

    public static final SheetLayout ORG_ASSESSMENTS = new SheetLayout("OrgAssessments", true, "stage_orgassessments", List.of(
            required("component", TEXT, "Component, as on the Executives sheet"),
            required("score", SCORE, "0-100: share of the component's targets met, or the agency's own 0-100 scale"),
            optional("level", LEVEL, "Assessment level 1-5, if the agency uses one"),
            optional("source", TEXT, "Document and page the assessment comes from")),
            "One row per component");

    public static final SheetLayout PRB_MEMBERS = new SheetLayout("PRBMembers", true, "stage_prbmembers", List.of(
            required("prb_id", TEXT, "Performance Review Board id"),
            required("member_id", TEXT, "Member's id (an executive id where the member is one)"),
            code("appointment_type", true, APPOINTMENT_TYPES, "CAREER, NONCAREER, LIMITED_TERM or LIMITED_EMERGENCY"),
            optional("fr_published", DATE, "Date the appointment was published in the Federal Register"),
            optional("service_start", DATE, "Date the member's service on the PRB began")),
            "One row per PRB member");

    public static final SheetLayout HISTORY = new SheetLayout("History", false, "stage_history", List.of(
            required("executive_id", TEXT, "The executive's id, as on the Executives sheet"),
            required("cycle_id", TEXT, "An earlier cycle, e.g. FY2024"),
            required("final_level", LEVEL, "That cycle's final rating, 1-5"),
            required("final_rating_date", DATE, "Date of that final rating")),
            "Optional: final ratings of earlier cycles not imported here");

    /** The row sheets in the order an import reads them. */
    public static final List<SheetLayout> ROW_SHEETS = List.of(EXECUTIVES, ELEMENTS, PAY, ORG_ASSESSMENTS, PRB_MEMBERS, HISTORY);

    /** Element names match the way sheet and column names do: case and punctuation aside (of a value v). */
    private static final String ELEMENT_KEY = "upper(regexp_replace(v, '[^A-Za-z0-9]+', '_', 'g'))";

    /**
     * The cycle workbook as an import reads it. An executive's first row counts as first even when
     * it was rejected, so every later row for that executive is a duplicate; rows of other sheets
     * for an executive who is not on the Executives sheet, or whose row there was rejected, go too.
     */
    public static final WorkbookLayout WORKBOOK = new WorkbookLayout("cycle", "import-", ROW_SHEETS, EXECUTIVES, List.of(
            new ReconcileRule.Unique(EXECUTIVES, "executive_id", "executive_id", "'executive_id ' || s.executive_id", "DUPLICATE_EXECUTIVE", true),
            new ReconcileRule.BelongsTo(ELEMENTS, "executive_id", EXECUTIVES, "executive"),
            new ReconcileRule.BelongsTo(PAY, "executive_id", EXECUTIVES, "executive"),
            new ReconcileRule.BelongsTo(HISTORY, "executive_id", EXECUTIVES, "executive"),
            new ReconcileRule.Unique(ELEMENTS, "executive_id, n", "element",
                    "'element ' || s.element || ' for executive ' || s.executive_id", "DUPLICATE_ELEMENT", false, "element", ELEMENT_KEY),
            new ReconcileRule.Unique(PAY, "executive_id", "executive_id", "'pay for executive ' || s.executive_id", "DUPLICATE_PAY", false),
            new ReconcileRule.Unique(ORG_ASSESSMENTS, "upper(component)", "component", "'component ' || s.component", "DUPLICATE_COMPONENT", false),
            new ReconcileRule.Unique(PRB_MEMBERS, "prb_id, member_id", "member_id", "'member ' || s.member_id || ' of PRB ' || s.prb_id",
                    "DUPLICATE_MEMBER", false),
            // History rows are checked where they are loaded, in load_rating_history, which names the sheet's cycle_id history_cycle_id.
            new ReconcileRule.Unique(HISTORY, "executive_id, history_cycle_id", "cycle_id",
                    "'cycle ' || s.history_cycle_id || ' for executive ' || s.executive_id", "DUPLICATE_HISTORY", false)));

    private CycleLayout() {
    }

    /** Sheet, column and key names match without regard to case, spaces, underscores or hyphens. */
    public static String normalize(String name) {
        return name == null ? "" : name.replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
    }

    public static Optional<SheetLayout> rowSheet(String anyName) {
        String key = normalize(anyName);
        return ROW_SHEETS.stream().filter(s -> normalize(s.name()).equals(key)).findFirst();
    }

    public static boolean isCycleSheet(String anyName) {
        return normalize(CYCLE_SHEET).equals(normalize(anyName));
    }

    public static Optional<ColumnLayout> cycleKey(String anyName) {
        String key = normalize(anyName);
        return CYCLE_KEYS.stream().filter(k -> normalize(k.name()).equals(key)).findFirst();
    }
}
