package org.sescert.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * How a generated agency is built: its components (names, shares of the executives,
 * organizational assessments and how far each one's rating culture leans to the top), its rating
 * officials, pay pools and PRBs, and the level thresholds its ratings are drawn from.
 *
 * <p>Two shapes: the <em>sample agency</em> (8 components, 3 PRBs, pay pools by component; the
 * shipped sample cycle and the tests' cycles are made with it, and its draws never change), and a
 * <em>department</em> sized from the number of executives, with the level shares asked for:
 * 8 to 30 components of falling sizes, a rating official per nine executives, pay pools of about
 * 2,500 within each component, and a PRB per component.
 */
public final class CycleShape {

    /** An executive's rating official rates about this many executives. */
    static final double EXECUTIVES_PER_OFFICIAL = 9.0;
    /** A department's pay pools hold about this many executives. */
    static final int EXECUTIVES_PER_POOL = 2500;
    /** The share of derived Level 5s the PRB lowers to Level 4. */
    static final double PRB_LOWERS = 0.06;

    private static final String[] SAMPLE_COMPONENTS = {
            "Office of the Secretary", "Bureau of Field Operations", "Office of Science and Technology",
            "Bureau of Management", "Office of Inspections", "Bureau of Policy and Planning",
            "Office of Information Technology", "Regional Programs Directorate"};
    private static final double[] SAMPLE_SHARE = {0.08, 0.22, 0.12, 0.14, 0.07, 0.10, 0.12, 0.15};
    /** Organizational assessment scores; Office of Inspections is the bottom-tier unit. */
    private static final int[] SAMPLE_ASSESSMENT = {88, 81, 76, 69, 42, 73, 58, 84};
    /** Mostly it follows the assessment; Office of Inspections rates high in spite of its bottom-tier assessment. */
    private static final double[] SAMPLE_LIFT = {0.09, 0.055, 0.03, -0.005, 0.12, 0.015, -0.06, 0.07};

    /** A department's components, the largest first. The fifth is the one that rates high against a bottom-tier assessment. */
    private static final String[] DEPARTMENT_COMPONENTS = {
            "Bureau of Field Operations", "Regional Programs Directorate", "Bureau of Management", "Office of Science and Technology",
            "Office of Inspections", "Bureau of Policy and Planning", "Office of Information Technology", "Office of the Secretary",
            "Bureau of Benefits Administration", "Bureau of Border Services", "Office of Emergency Management", "Bureau of Health Programs",
            "Office of Acquisition", "Bureau of Statistics", "Office of Research and Development", "Bureau of Training",
            "Office of Civil Rights", "Bureau of Land and Facilities", "Office of the Chief Financial Officer", "Bureau of Investigations",
            "Office of Human Capital", "Bureau of International Affairs", "Office of Legislative Affairs", "Bureau of Grants",
            "Office of Privacy and Records", "Bureau of Standards", "Office of Small Business", "Bureau of Consumer Services",
            "Office of General Counsel", "Office of Public Affairs"};

    final String[] components;
    final double[] share;
    final int[] assessment;
    final double[] lift;
    /** Cumulative thresholds of the initial level draw: below c1 Level 1, c2 Level 2, c3 - lift/2 Level 3, c4 - lift Level 4, else 5. */
    final double c1;
    final double c2;
    final double c3;
    final double c4;
    final double prbLowers;
    final boolean department;
    private final int idWidth;
    private final int[] pools;

    private CycleShape(String[] components, double[] share, int[] assessment, double[] lift, double c1, double c2, double c3, double c4,
                       double prbLowers, boolean department, int idWidth, int[] pools) {
        this.components = components;
        this.share = share;
        this.assessment = assessment;
        this.lift = lift;
        this.c1 = c1;
        this.c2 = c2;
        this.c3 = c3;
        this.c4 = c4;
        this.prbLowers = prbLowers;
        this.department = department;
        this.idWidth = idWidth;
        this.pools = pools;
    }

    /** The sample agency: its numbers are fixed, so that a seed gives the same cycle as it always has. */
    public static CycleShape sampleAgency() {
        return new CycleShape(SAMPLE_COMPONENTS, SAMPLE_SHARE, SAMPLE_ASSESSMENT, SAMPLE_LIFT, 0.005, 0.02, 0.15, 0.57, PRB_LOWERS, false, 4,
                null);
    }

    /**
     * A department of this many executives whose final ratings show these shares. Component lifts
     * average to zero over the executives, and the PRB's lowering of some Level 5s is drawn into
     * the initial shares, so that the final shares come out as asked.
     */
    public static CycleShape department(int executives, LevelShares finals) {
        int count = (int) Math.max(8, Math.min(DEPARTMENT_COMPONENTS.length, Math.round(Math.sqrt(executives) / 30)));
        String[] names = java.util.Arrays.copyOf(DEPARTMENT_COMPONENTS, count);
        double[] share = new double[count];
        double total = 0;
        for (int k = 0; k < count; k++) {
            share[k] = 1 / Math.pow(k + 1, 0.8);
            total += share[k];
        }
        int[] assessment = new int[count];
        double[] lift = new double[count];
        double meanLift = 0;
        for (int k = 0; k < count; k++) {
            share[k] /= total;
            // Scores spread over 50-95 by the golden ratio, so that neighbours differ; the fifth is bottom-tier.
            assessment[k] = k == 4 ? 42 : 50 + (int) Math.round(45 * ((k * 0.6180339887) % 1.0));
            lift[k] = k == 4 ? 0.05 : 0.0012 * (assessment[k] - 72);
            meanLift += share[k] * lift[k];
        }
        double room = 2 * finals.share(3);
        for (int k = 0; k < count; k++) {
            lift[k] = Math.max(-0.06, Math.min(room, lift[k] - meanLift));
        }
        double p5 = finals.share(5);
        double lowers = PRB_LOWERS;
        double initial5 = p5 / (1 - lowers);
        double initial4 = finals.share(4) - (initial5 - p5);
        if (initial4 < 0) {
            lowers = 0;
            initial4 = finals.share(4);
        }
        double c1 = finals.share(1);
        double c2 = c1 + finals.share(2);
        double c3 = c2 + finals.share(3);
        double c4 = c3 + initial4;
        int[] pools = new int[count];
        for (int k = 0; k < count; k++) {
            pools[k] = (int) Math.max(1, Math.round(executives * share[k] / EXECUTIVES_PER_POOL));
        }
        int width = Math.max(4, Integer.toString(executives).length());
        return new CycleShape(names, share, assessment, lift, c1, c2, c3, c4, lowers, true, width, pools);
    }

    int size() {
        return components.length;
    }

    String executiveId(int index) {
        return "SA-" + zeroPadded(index + 1, idWidth);
    }

    private static String zeroPadded(int n, int width) {
        String digits = Integer.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** Each component's rating officials, about one per nine executives. */
    String[][] officials(int executives) {
        String[][] officials = new String[components.length][];
        for (int k = 0; k < components.length; k++) {
            int n = Math.max(2, (int) Math.round(executives * share[k] / EXECUTIVES_PER_OFFICIAL));
            officials[k] = new String[n];
            for (int j = 0; j < n; j++) {
                officials[k][j] = department ? "RO-%02d-%05d".formatted(k + 1, j + 1) : "RO-%d%02d".formatted(k + 1, j + 1);
            }
        }
        return officials;
    }

    /** The executive's pay pool: null (the component's own) in the sample agency; a pool of the official's in a department. */
    String payPool(int component, int official) {
        if (!department || pools[component] == 1) {
            return null;
        }
        return components[component] + " pool " + (official % pools[component] + 1);
    }

    int prbs() {
        return department ? components.length : 3;
    }

    /** 1-based: the sample agency's three PRBs each review a few components; a department has a PRB per component. */
    int prbOf(int component) {
        if (department) {
            return component + 1;
        }
        return component < 3 ? 1 : component < 6 ? 2 : 3;
    }

    String prbId(int prb) {
        return department ? "PRB-%02d".formatted(prb) : "PRB-" + prb;
    }

    List<String> componentNames() {
        return new ArrayList<>(List.of(components));
    }
}
