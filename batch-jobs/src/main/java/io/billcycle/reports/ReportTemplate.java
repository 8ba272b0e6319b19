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
 * <li>{@code {{currentDateLocal}}}, {@code {{dateFromLocal}}}, {@code {{dateToLocal}}}: a date, also when the
 * placeholder is the whole of a quoted literal ({@code '{{dateFromLocal}}'});</li>
 * <li>{@code {{facilityIdList}}}: a parenthesised list of ids, {@code (?, ?, ?)} (no extra parentheses when the
 * template already has them around it).</li>
 * </ul>
 * The checks refuse what could write or reach beyond the report, naming the line: a second statement after
 * {@code ;}, a statement other than a query, data-changing or schema-changing words, {@code SELECT ... INTO} and
 * {@code FOR UPDATE/SHARE}, {@code COPY}, and functions with side effects ({@code set_config},
 * {@code pg_terminate_backend}, large objects, advisory locks, server files, SQL run from a string). The run adds a
 * read-only transaction and a timeout underneath, so a check that misses something still changes nothing.
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

    private static final Set<String> WRITING_WORDS = Set.of("insert", "update", "delete", "merge", "upsert", "create",
            "alter", "drop", "truncate", "grant", "revoke", "copy", "call", "do", "lock", "vacuum", "analyze", "reindex",
            "cluster", "comment", "refresh", "listen", "notify", "unlisten", "prepare", "execute", "deallocate",
            "discard", "reset", "set", "load", "import", "into", "security", "begin", "commit", "rollback", "savepoint",
            "release", "checkpoint");
    private static final Pattern SIDE_EFFECT_FUNCTIONS = Pattern.compile("set_config|pg_terminate_backend|"
            + "pg_cancel_backend|pg_reload_conf|pg_rotate_logfile|pg_switch_wal|pg_promote|pg_create_.*|pg_drop_.*|"
            + "pg_advisory_.*|pg_try_advisory_.*|pg_read_.*|pg_ls_.*|pg_stat_file|pg_file_.*|pg_logical_.*|"
            + "pg_replication_.*|pg_notify|lo_.*|dblink.*|query_to_xml.*|cursor_to_xml.*|table_to_xml.*|"
            + "database_to_xml.*|schema_to_xml.*|nextval|setval|txid_current|pg_current_xact_id|pg_sleep.*");
    private static final Pattern HINT = Pattern.compile("MAX_EXECUTION_TIME\\s*\\(\\s*(\\d+)\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");
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
        return Scanner.scan(query.toString(), queryStart, startup);
    }

    private static Setting setting(String line, int number) {
        Matcher m = SET.matcher(line.strip());
        if (!m.matches() || !SETTINGS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            throw new TemplateException(number, "startup statements may only SET " + String.join(", ",
                    SETTINGS.stream().sorted().toList()) + "; found '" + line.strip() + "'");
        }
        return new Setting(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
    }

    /** Walks the query once: strings, identifiers, comments and dollar quotes skipped, words and placeholders checked. */
    private static final class Scanner {
        private final String text;
        private final StringBuilder sql = new StringBuilder();
        private final List<Parameter> parameters = new ArrayList<>();
        private final List<String> words = new ArrayList<>();
        private long timeout = DEFAULT_TIMEOUT_MILLIS;
        private int line;
        private int i;

        private Scanner(String text, int firstLine) {
            this.text = text;
            this.line = firstLine;
        }

        static ReportTemplate scan(String text, int firstLine, List<Setting> startup) {
            Scanner s = new Scanner(text, firstLine);
            s.run();
            return new ReportTemplate(List.copyOf(startup), s.sql.toString().strip(), List.copyOf(s.parameters), s.timeout);
        }

        private void run() {
            int statementEnd = -1;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (statementEnd >= 0 && !Character.isWhitespace(c) && !text.startsWith("--", i) && !text.startsWith("/*", i)) {
                    throw new TemplateException(line, "a second statement after ';': a report is one query");
                }
                if (c == '\n') {
                    line++;
                    sql.append(c);
                    i++;
                } else if (text.startsWith("--", i)) {
                    int end = text.indexOf('\n', i);
                    i = end < 0 ? text.length() : end;
                } else if (text.startsWith("/*", i)) {
                    int end = text.indexOf("*/", i + 2);
                    if (end < 0) {
                        throw new TemplateException(line, "a comment that never ends");
                    }
                    String comment = text.substring(i, end + 2);
                    Matcher hint = HINT.matcher(comment);
                    if (hint.find()) {
                        timeout = Long.parseLong(hint.group(1));
                    }
                    line += comment.chars().filter(ch -> ch == '\n').count();
                    sql.append(' ');
                    i = end + 2;
                } else if (c == '\'') {
                    quoted();
                } else if (c == '"') {
                    int end = text.indexOf('"', i + 1);
                    if (end < 0) {
                        throw new TemplateException(line, "a quoted name that never ends");
                    }
                    sql.append(text, i, end + 1);
                    i = end + 1;
                } else if (c == '$' && dollarQuote()) {
                    // appended by dollarQuote
                } else if (text.startsWith("{{", i)) {
                    placeholder();
                } else if (c == ';') {
                    statementEnd = i;
                    i++;
                } else if (Character.isLetter(c) || c == '_') {
                    word();
                } else {
                    sql.append(c);
                    i++;
                }
            }
            if (words.isEmpty() || !(words.get(0).equals("select") || words.get(0).equals("with"))) {
                throw new TemplateException(firstWordLine, "a report is one SELECT (or WITH ... SELECT)"
                        + (words.isEmpty() ? "" : "; it starts with " + words.get(0).toUpperCase(Locale.ROOT)));
            }
        }

        private int firstWordLine = 1;

        private void word() {
            int start = i;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '$')) {
                i++;
            }
            String word = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (words.isEmpty()) {
                firstWordLine = line;
            }
            String previous = words.isEmpty() ? "" : words.get(words.size() - 1);
            words.add(word);
            if (WRITING_WORDS.contains(word)) {
                throw new TemplateException(line, "'" + text.substring(start, i) + "' is not allowed: a report only reads");
            }
            if (previous.equals("for") && (word.equals("share") || word.equals("no") || word.equals("key"))) {
                throw new TemplateException(line, "'FOR " + text.substring(start, i).toUpperCase(Locale.ROOT)
                        + "' locks rows: a report only reads");
            }
            int next = i;
            while (next < text.length() && Character.isWhitespace(text.charAt(next)) && text.charAt(next) != '\n') {
                next++;
            }
            if (next < text.length() && text.charAt(next) == '(' && SIDE_EFFECT_FUNCTIONS.matcher(word).matches()) {
                throw new TemplateException(line, "function " + word + "() is not allowed: it acts beyond the report");
            }
            sql.append(text, start, i);
        }

        private void quoted() {
            int start = i;
            int j = i + 1;
            while (true) {
                int end = text.indexOf('\'', j);
                if (end < 0) {
                    throw new TemplateException(line, "a quoted text that never ends");
                }
                if (end + 1 < text.length() && text.charAt(end + 1) == '\'') {
                    j = end + 2;
                    continue;
                }
                String content = text.substring(start + 1, end);
                Matcher m = PLACEHOLDER.matcher(content);
                if (m.matches()) {
                    parameters.add(dateParameter(m.group(1)));
                    sql.append('?');
                } else if (m.find()) {
                    throw new TemplateException(line, "a placeholder inside quotes must be the whole quoted text, as in '"
                            + m.group() + "'");
                } else {
                    sql.append(text, start, end + 1);
                }
                line += content.chars().filter(ch -> ch == '\n').count();
                i = end + 1;
                return;
            }
        }

        private boolean dollarQuote() {
            Matcher tag = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)?\\$").matcher(text).region(i, text.length());
            if (!tag.lookingAt()) {
                return false;
            }
            int end = text.indexOf(tag.group(), tag.end());
            if (end < 0) {
                throw new TemplateException(line, "a dollar-quoted text that never ends");
            }
            String quoted = text.substring(i, end + tag.group().length());
            line += quoted.chars().filter(ch -> ch == '\n').count();
            sql.append(quoted);
            i = end + tag.group().length();
            return true;
        }

        private void placeholder() {
            Matcher m = PLACEHOLDER.matcher(text).region(i, text.length());
            if (!m.lookingAt()) {
                throw new TemplateException(line, "'{{' starts no placeholder");
            }
            if (m.group(1).equals("facilityIdList")) {
                boolean wrapped = sql.toString().stripTrailing().endsWith("(") && text.substring(m.end()).stripLeading().startsWith(")");
                parameters.add(Parameter.FACILITY_ID_LIST);
                sql.append(wrapped ? "\u0000" : "(\u0000)");
            } else {
                parameters.add(dateParameter(m.group(1)));
                sql.append('?');
            }
            i = m.end();
        }

        private Parameter dateParameter(String name) {
            return switch (name) {
                case "currentDateLocal" -> Parameter.CURRENT_DATE;
                case "dateFromLocal" -> Parameter.DATE_FROM;
                case "dateToLocal" -> Parameter.DATE_TO;
                default -> throw new TemplateException(line, "unknown placeholder {{" + name + "}}; known are "
                        + "{{currentDateLocal}}, {{dateFromLocal}}, {{dateToLocal}} and {{facilityIdList}}");
            };
        }

    }

    /** The query with each facility list spelled out for {@code facilities} ids: one {@code ?} per id. */
    public String sqlFor(int facilities) {
        String list = String.join(", ", java.util.Collections.nCopies(Math.max(facilities, 1), "?"));
        return sql.replace("\u0000", list);
    }
}
