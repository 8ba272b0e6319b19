package io.billcycle.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.billcycle.reports.ReportTemplate.Parameter;

/**
 * Reads a template's query with PostgreSQL's lexical rules (the server's {@code scan.l}) in one pass, so that what it
 * takes for a string, a comment or a name is what the server will take:
 * <ul>
 * <li>standard strings {@code '...'} with {@code ''}; escape strings {@code E'...'} where a backslash escapes the next
 * character ({@code E'\''} is one quote); {@code B''}, {@code X''}, {@code N''} and {@code U&''} strings;</li>
 * <li>dollar quotes {@code $tag$...$tag$}, which only start where a name does not go on ({@code a$b$} is one name);</li>
 * <li>{@code --} comments and nested {@code /* ... * /} comments;</li>
 * <li>quoted names {@code "..."} with {@code ""}, and {@code U&"..."} names with their {@code \XXXX},
 * {@code \+XXXXXX} escapes and {@code UESCAPE}: a name is checked as the server will read it.</li>
 * </ul>
 * Its checks give a clear early refusal naming the line; they are not the guard. The guard is PostgreSQL: the query
 * runs as the reporting role, read-only, sent as exactly one statement (see {@link ReportRunner}).
 */
final class ReportSqlScanner {

    /** The {@code MAX_EXECUTION_TIME} hint's allowed range, in milliseconds: up to one hour. */
    static final long MAX_TIMEOUT_MILLIS = 3_600_000;

    private static final Set<String> WRITING_WORDS = Set.of("insert", "update", "delete", "merge", "upsert", "create",
            "alter", "drop", "truncate", "grant", "revoke", "copy", "call", "do", "lock", "vacuum", "analyze", "reindex",
            "cluster", "comment", "refresh", "listen", "notify", "unlisten", "prepare", "execute", "deallocate",
            "discard", "reset", "set", "load", "import", "into", "security", "begin", "commit", "rollback", "savepoint",
            "release", "checkpoint", "start", "end", "abort");
    private static final Pattern SIDE_EFFECT_FUNCTIONS = Pattern.compile("set_config|pg_terminate_backend|"
            + "pg_cancel_backend|pg_reload_conf|pg_rotate_logfile|pg_switch_wal|pg_promote|pg_create_.*|pg_drop_.*|"
            + "pg_advisory_.*|pg_try_advisory_.*|pg_read_.*|pg_ls_.*|pg_stat_file|pg_file_.*|pg_logical_.*|"
            + "pg_replication_.*|pg_notify|lo_.*|lo(read|write)|dblink.*|query_to_xml.*|cursor_to_xml.*|table_to_xml.*|"
            + "database_to_xml.*|schema_to_xml.*|nextval|setval|txid_current|pg_current_xact_id|pg_sleep.*|"
            + "pg_import_system_collations|pg_stat_reset.*");
    private static final Pattern HINT = Pattern.compile("MAX_EXECUTION_TIME\\s*\\(\\s*([^)]*?)\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");
    private static final Pattern DOLLAR_TAG = Pattern.compile("\\$([A-Za-z_\\u0080-\\uffff][A-Za-z0-9_\\u0080-\\uffff]*)?\\$");
    private static final Pattern UESCAPE = Pattern.compile("\\s*(?i:uescape)\\s*'(.)'");

    private final String text;
    private final StringBuilder sql = new StringBuilder();
    private final List<Parameter> parameters = new ArrayList<>();
    private final List<String> words = new ArrayList<>();
    private long timeout = ReportTemplate.DEFAULT_TIMEOUT_MILLIS;
    private int line;
    private int firstWordLine;
    private int i;

    private ReportSqlScanner(String text, int firstLine) {
        this.text = text;
        this.line = firstLine;
        this.firstWordLine = firstLine;
    }

    static ReportTemplate scan(String text, int firstLine, List<ReportTemplate.Setting> startup) {
        ReportSqlScanner s = new ReportSqlScanner(text, firstLine);
        s.run();
        return new ReportTemplate(List.copyOf(startup), s.sql.toString().strip(), List.copyOf(s.parameters), s.timeout);
    }

    private void run() {
        boolean ended = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                whitespace(c);
                continue;
            }
            if (text.startsWith("--", i) || text.startsWith("/*", i)) {
                comment();
                continue;
            }
            if (ended) {
                throw new TemplateException(line, "a second statement after ';': a report is one query");
            }
            if (c == ';') {
                ended = true;
                i++;
            } else if (startsString()) {
                string();
            } else if (c == '"' || startsUnicode('"')) {
                quotedName();
            } else if (c == '$' && dollarQuote()) {
                // appended by dollarQuote
            } else if (text.startsWith("{{", i)) {
                placeholder();
            } else if (identifierStart(c)) {
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

    private void whitespace(char c) {
        if (c == '\n') {
            line++;
        }
        sql.append(c);
        i++;
    }

    /** A {@code --} comment to the end of the line, or a nested block comment; both become one space. */
    private void comment() {
        int start = i;
        i = endOfComment(i);
        if (i < 0) {
            throw new TemplateException(line, "a comment that never ends");
        }
        String comment = text.substring(start, i);
        Matcher hint = HINT.matcher(comment);
        if (hint.find()) {
            timeout = timeout(hint.group(1));
        }
        line += (int) comment.chars().filter(ch -> ch == '\n').count();
        sql.append(' ');
    }

    private long timeout(String value) {
        String why = "MAX_EXECUTION_TIME must be a whole number of milliseconds from 1 to " + MAX_TIMEOUT_MILLIS
                + " (one hour)";
        if (!value.matches("[0-9]{1,10}")) {
            throw new TemplateException(line, why);
        }
        long millis = Long.parseLong(value);
        if (millis < 1 || millis > MAX_TIMEOUT_MILLIS) {
            throw new TemplateException(line, why + ", got " + millis);
        }
        return millis;
    }

    /** {@code '}, or a one-letter prefix {@code E B X N} right before it, or {@code U&'}: never inside a longer name. */
    private boolean startsString() {
        char c = text.charAt(i);
        if (c == '\'') {
            return true;
        }
        return "eEbBxXnN".indexOf(c) >= 0 && i + 1 < text.length() && text.charAt(i + 1) == '\''
                || startsUnicode('\'');
    }

    private boolean startsUnicode(char quote) {
        return (text.charAt(i) == 'u' || text.charAt(i) == 'U') && text.startsWith("&" + quote, i + 1);
    }

    private void string() {
        int start = i;
        boolean escapes = text.charAt(i) == 'e' || text.charAt(i) == 'E';
        i = text.indexOf('\'', i) + 1;
        StringBuilder content = new StringBuilder();
        while (true) {
            if (i >= text.length()) {
                throw new TemplateException(line, "a quoted text that never ends");
            }
            char c = text.charAt(i);
            if (escapes && c == '\\' && i + 1 < text.length()) {
                content.append(c).append(text.charAt(i + 1));
                i += 2;
            } else if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                content.append("''");
                i += 2;
            } else if (c == '\'') {
                i++;
                break;
            } else {
                content.append(c);
                i++;
            }
        }
        Matcher m = PLACEHOLDER.matcher(content);
        if (text.charAt(start) == '\'' && m.matches()) {
            // a plain '{{x}}': the whole literal is the parameter
            parameters.add(dateParameter(m.group(1)));
            sql.append('?');
        } else if (m.find()) {
            throw new TemplateException(line, "a placeholder inside quotes must be the whole quoted text, as in '"
                    + m.group() + "'");
        } else {
            sql.append(text, start, i);
        }
        line += (int) content.chars().filter(ch -> ch == '\n').count();
    }

    private void quotedName() {
        int start = i;
        boolean unicode = text.charAt(i) != '"';
        i = text.indexOf('"', i) + 1;
        StringBuilder name = new StringBuilder();
        while (true) {
            if (i >= text.length()) {
                throw new TemplateException(line, "a quoted name that never ends");
            }
            if (text.startsWith("\"\"", i)) {
                name.append('"');
                i += 2;
            } else if (text.charAt(i) == '"') {
                i++;
                break;
            } else {
                name.append(text.charAt(i++));
            }
        }
        String decoded = name.toString();
        if (unicode) {
            char escape = '\\';
            Matcher uescape = UESCAPE.matcher(text).region(i, text.length());
            if (uescape.lookingAt()) {
                escape = uescape.group(1).charAt(0);
                i = uescape.end();
            }
            decoded = UnicodeEscapes.decode(decoded, escape, line);
        }
        sql.append(text, start, i);
        line += (int) text.substring(start, i).chars().filter(ch -> ch == '\n').count();
        name(decoded, decoded);
    }

    private boolean dollarQuote() {
        Matcher tag = DOLLAR_TAG.matcher(text).region(i, text.length());
        if (!tag.lookingAt()) {
            return false;
        }
        int end = text.indexOf(tag.group(), tag.end());
        if (end < 0) {
            throw new TemplateException(line, "a dollar-quoted text that never ends");
        }
        String quoted = text.substring(i, end + tag.group().length());
        line += (int) quoted.chars().filter(ch -> ch == '\n').count();
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

    private static boolean identifierStart(char c) {
        return Character.isLetter(c) || c == '_' || c > 0x7f;
    }

    private static boolean identifierPart(char c) {
        return identifierStart(c) || Character.isDigit(c) || c == '$';
    }

    /** An unquoted word: a keyword or a name, folded to lower case as the server does. */
    private void word() {
        int start = i;
        while (i < text.length() && identifierPart(text.charAt(i))) {
            i++;
        }
        String spelled = text.substring(start, i);
        String word = spelled.toLowerCase(Locale.ROOT);
        if (words.isEmpty()) {
            firstWordLine = line;
        }
        String previous = words.isEmpty() ? "" : words.get(words.size() - 1);
        if (WRITING_WORDS.contains(word)) {
            throw new TemplateException(line, "'" + spelled + "' is not allowed: a report only reads");
        }
        if (previous.equals("for") && (word.equals("share") || word.equals("no") || word.equals("key"))) {
            throw new TemplateException(line, "'FOR " + spelled.toUpperCase(Locale.ROOT) + "' locks rows: a report only reads");
        }
        sql.append(spelled);
        name(word, spelled);
    }

    /** Records a name and refuses it as a function call when what follows, comments and lines aside, is '('. */
    private void name(String name, String spelled) {
        words.add(name);
        if (SIDE_EFFECT_FUNCTIONS.matcher(name.toLowerCase(Locale.ROOT)).matches() && nextSignificantIs('(')) {
            throw new TemplateException(line, "function " + name + "() is not allowed: it acts beyond the report");
        }
    }

    private boolean nextSignificantIs(char wanted) {
        int j = i;
        while (j >= 0 && j < text.length()) {
            if (Character.isWhitespace(text.charAt(j))) {
                j++;
            } else if (text.startsWith("--", j) || text.startsWith("/*", j)) {
                j = endOfComment(j);
            } else {
                return text.charAt(j) == wanted;
            }
        }
        return false;
    }

    /**
     * Where the comment starting at {@code from} ends: a {@code --} comment at the end of its line, a block comment
     * after its matching {@code * /}, block comments nesting as PostgreSQL nests them. -1 when it never ends.
     */
    private int endOfComment(int from) {
        if (text.startsWith("--", from)) {
            int end = text.indexOf('\n', from);
            return end < 0 ? text.length() : end;
        }
        int j = from;
        int depth = 0;
        do {
            if (j >= text.length()) {
                return -1;
            }
            if (text.startsWith("/*", j)) {
                depth++;
                j += 2;
            } else if (text.startsWith("*/", j)) {
                depth--;
                j += 2;
            } else {
                j++;
            }
        } while (depth > 0);
        return j;
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

    /** The escapes of {@code U&} names: {@code \XXXX}, {@code \+XXXXXX} and a doubled escape character. */
    static final class UnicodeEscapes {
        private UnicodeEscapes() {
        }

        static String decode(String s, char escape, int line) {
            StringBuilder out = new StringBuilder();
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c != escape) {
                    out.append(c);
                } else if (k + 1 < s.length() && s.charAt(k + 1) == escape) {
                    out.append(escape);
                    k++;
                } else if (k + 5 <= s.length() && s.substring(k + 1, k + 5).matches("[0-9A-Fa-f]{4}")) {
                    out.appendCodePoint(Integer.parseInt(s.substring(k + 1, k + 5), 16));
                    k += 4;
                } else if (k + 8 <= s.length() && s.charAt(k + 1) == '+' && s.substring(k + 2, k + 8).matches("[0-9A-Fa-f]{6}")) {
                    out.appendCodePoint(Integer.parseInt(s.substring(k + 2, k + 8), 16));
                    k += 7;
                } else {
                    throw new TemplateException(line, "a U& name with an invalid escape");
                }
            }
            return out.toString();
        }
    }
}
