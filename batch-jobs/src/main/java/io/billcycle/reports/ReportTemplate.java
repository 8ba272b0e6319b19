package io.billcycle.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report template in the membership platform's format, checked and ready to bind. Lines starting with {@code #} mark
 * sections ({@code # startup statements}, {@code # query}); a template without markers is all query. The query is one
 * SELECT (or WITH ... SELECT); its placeholders become JDBC parameters, never text:
 * <ul>
 * <li>{@code {{currentDateLocal}}}, {@code {{dateFromLocal}}}, {@code {{dateToLocal}}}: local date-times, also when the
 * placeholder is the whole of a quoted literal ({@code '{{dateFromLocal}}'}): the business date and dateFrom at the
 * start of their day, dateTo at the last instant of its day (23:59:59.999999), so that {@code BETWEEN} and {@code <=}
 * over date and timestamp columns both take whole days;</li>
 * <li>{@code {{facilityIdList}}}: a parenthesised list of ids, {@code (?, ?, ?)} (no extra parentheses when the
 * template already has them around it).</li>
 * </ul>
 * The checks ({@link ReportSqlScanner}, which reads the query with PostgreSQL's lexical rules) refuse early, naming the
 * line, what plainly could write or reach beyond the report: a second statement after {@code ;}, a statement other
 * than a query, data-changing or schema-changing words, {@code SELECT ... INTO}, {@code FOR UPDATE/SHARE},
 * {@code COPY}, and functions with side effects. They are a courtesy, not the guard: the guard is PostgreSQL itself,
 * the query running as the reporting role in a read-only transaction, sent as one statement ({@link ReportRunner}).
 *
 * @param startup      the startup statements, each a {@code SET} of a harmless setting
 * @param sql          the query with {@code ?} for each parameter
 * @param parameters   what each {@code ?} is bound to, in order
 * @param timeoutMillis the {@code MAX_EXECUTION_TIME} hint's limit, or the default
 */
public record ReportTemplate(List<Setting> startup, String sql, List<Parameter> parameters, long timeoutMillis) {

    public static final long DEFAULT_TIMEOUT_MILLIS = 30_000;

    /** A placeholder's place among the query's parameters. */
    public enum Parameter { CURRENT_DATE, DATE_FROM, DATE_TO, FACILITY_ID_LIST }

    /** A startup {@code SET}: a setting of {@link #SETTINGS} and its value. */
    public record Setting(String name, String value) {
    }

    static final Set<String> SETTINGS = Set.of("timezone", "datestyle", "intervalstyle", "extra_float_digits");

    private static final Pattern SET = Pattern.compile("(?i)set\\s+(?:session\\s+|local\\s+)?([a-z_]+)\\s*(?:=|\\s+to\\s+)\\s*('[^'\\n]*'|[A-Za-z0-9_.+\\-/]+)\\s*;?\\s*");

    public static ReportTemplate parse(String text) {
        List<String> lines = text.replace("\r\n", "\n").lines().toList();
        List<Setting> startup = new ArrayList<>();
        StringBuilder query = new StringBuilder();
        int queryStart = 1;
        String section = "query";
        boolean marked = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            if (line.startsWith("#")) {
                String name = line.substring(1).strip().toLowerCase(Locale.ROOT);
                if (!name.equals("startup statements") && !name.equals("query")) {
                    throw new TemplateException(number, "unknown section '" + line.strip()
                            + "'; sections are '# startup statements' and '# query'");
                }
                if (name.equals("query") && marked && section.equals("query")) {
                    throw new TemplateException(number, "a second '# query' section; a template has one query");
                }
                section = name.equals("query") ? "query" : "startup";
                marked = true;
                if (section.equals("query")) {
                    queryStart = number + 1;
                    query.setLength(0);
                }
                continue;
            }
            if (section.equals("startup")) {
                if (!line.isBlank() && !line.strip().startsWith("--")) {
                    startup.add(setting(line, number));
                }
            } else {
                query.append(line).append('\n');
            }
        }
        if (query.toString().isBlank()) {
            throw new TemplateException(lines.size(), "the template has no query");
        }
        return ReportSqlScanner.scan(query.toString(), queryStart, startup);
    }

    private static Setting setting(String line, int number) {
        Matcher m = SET.matcher(line.strip());
        if (!m.matches() || !SETTINGS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            throw new TemplateException(number, "startup statements may only SET " + String.join(", ",
                    SETTINGS.stream().sorted().toList()) + "; found '" + line.strip() + "'");
        }
        return new Setting(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
    }

    /** The query with each facility list spelled out for {@code facilities} ids: one {@code ?} per id. */
    public String sqlFor(int facilities) {
        String list = String.join(", ", java.util.Collections.nCopies(Math.max(facilities, 1), "?"));
        return sql.replace("\u0000", list);
    }
}
