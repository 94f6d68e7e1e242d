package org.sescert.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;

/**
 * The one report renderer: compiles the templates of {@code reports/} (packaged in the program,
 * never read from elsewhere) once per process, fills them from Java data, and exports PDF.
 * <p>
 * The engine is hardened by {@code jasperreports.properties} at the classpath root, which
 * JasperReports reads into its default context before the first template is compiled: no query
 * executers (every report gets its rows from sescert's SQL datasets as data sources), no
 * {@code $P!{}}, expressions limited to a whitelist of classes, no file or URL lookups, DejaVu as
 * the default font. The same switches are set again here, before any compile, so that a stray
 * properties file elsewhere cannot loosen them.
 */
public final class ReportEngine {

    /** The hardening; see {@code src/main/resources/jasperreports.properties} for why each is there. */
    static final Map<String, String> HARDENING = hardening();

    private final JasperReportsContext context;
    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    public ReportEngine() {
        // The PDF exporter reads each chart image through ImageIO, whose default disk cache registers a JVM
        // shutdown hook on first use; in a scheduler stopped by SIGTERM while its first report renders, that
        // registration fails ("Shutdown in progress") and the report with it. The memory cache needs no hook.
        javax.imageio.ImageIO.setUseCache(false);
        DefaultJasperReportsContext defaults = DefaultJasperReportsContext.getInstance();
        HARDENING.forEach(defaults::setProperty);
        // Fonts likewise: the JDK's own copy of a font file registers a shutdown hook on first use, so the
        // first font would fail to load; JasperReports' own copy (a temp file deleted at exit) does not.
        defaults.setProperty("net.sf.jasperreports.font.use.own.temp.file", "true");
        this.context = defaults;
    }

    private static Map<String, String> hardening() {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        for (String language : new String[] {"sql", "SQL", "plsql", "PLSQL", "xPath", "XPath", "xpath2", "csv", "CSV", "json", "JSON",
                "jsonql", "JSONQL", "hql", "HQL", "ejbql", "EJBQL", "mdx", "MDX", "xmla-mdx"}) {
            p.put("net.sf.jasperreports.query.executer.factory." + language + ".enabled", "false");
        }
        p.put("net.sf.jasperreports.query.parameter.clause.enabled", "false");
        p.put("net.sf.jasperreports.report.class.filter.enabled", "true");
        // The JDK's generated reflection accessors, which create the compiled evaluators after ~15 fills.
        p.put("net.sf.jasperreports.report.class.whitelist.sescert.reflection", String.join(",", "jdk.internal.reflect.MagicAccessorImpl",
                "jdk.internal.reflect.ConstructorAccessorImpl", "jdk.internal.reflect.MethodAccessorImpl",
                "jdk.internal.reflect.SerializationConstructorAccessorImpl"));
        p.put("net.sf.jasperreports.default.file.repository.enabled", "false");
        p.put("net.sf.jasperreports.repository.url.filter.enabled", "true");
        p.put("net.sf.jasperreports.default.font.name", "DejaVu Sans");
        p.put("net.sf.jasperreports.awt.ignore.missing.font", "false");
        return java.util.Collections.unmodifiableMap(p);
    }

    /** A template of {@code reports/}, by name without {@code .jrxml}, compiled on first use. */
    public JasperReport template(String name) {
        return compiled.computeIfAbsent(name, this::compile);
    }

    private JasperReport compile(String name) {
        String resource = "/reports/" + name + ".jrxml";
        try (InputStream in = ReportEngine.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the program has no report template " + resource);
            }
            JasperDesign design = JRXmlLoader.load(context, in);
            return JasperCompileManager.getInstance(context).compile(design);
        } catch (IOException | JRException e) {
            throw new IllegalStateException("cannot compile the report template " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Fills a template. Numbers follow US conventions and times UTC whatever the machine's settings. */
    public JasperPrint fill(String name, Map<String, Object> parameters, JRDataSource rows) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put(JRParameter.REPORT_LOCALE, Locale.US);
        all.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone("UTC"));
        try {
            return JasperFillManager.getInstance(context).fill(template(name), all, rows);
        } catch (JRException e) {
            throw new IllegalStateException("cannot fill the report " + name + ": " + e.getMessage(), e);
        }
    }

    /** Exports a filled report as PDF, with its fonts embedded and chart text as text. */
    public void pdf(JasperPrint print, String title, Path file) throws IOException {
        JRPdfExporter exporter = new JRPdfExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        SimplePdfExporterConfiguration document = new SimplePdfExporterConfiguration();
        document.setMetadataTitle(title);
        document.setMetadataCreator(org.sescert.system.Version.program());
        exporter.setConfiguration(document);
        SimplePdfReportConfiguration pages = new SimplePdfReportConfiguration();
        pages.setForceLineBreakPolicy(false);
        // Chart labels as embedded DejaVu text, not outlines: smaller, and readable by a text extractor.
        pages.setForceSvgShapes(false);
        exporter.setConfiguration(pages);
        try (OutputStream out = Files.newOutputStream(file)) {
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("cannot write " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
