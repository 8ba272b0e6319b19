package io.billcycle.statements.print;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Draws one statement on its pages, US Letter, for a #10 double-window envelope: the return address and the mailing
 * address sit where the windows are.
 * <ul>
 * <li>Page 1: the organization and its address; "Statement", its date, the account and "Page 1 of N"; the mailing
 * address; the account summary (previous balance, charges, finance charges, adjustments, payments, new balance) beside
 * the minimum due, its due date and what is past due; the five aging buckets; the message lines; the activity.</li>
 * <li>Further pages, when the activity does not fit: the same heading, then more activity.</li>
 * </ul>
 * Everything is drawn at fixed positions with the PDF's standard Helvetica (not embedded), so the same statement gives
 * the same page bytes in any file: in the run's file and in a reprint. Text the font's encoding (Windows-1252) cannot
 * show prints as {@code ?}, and a text too long for its column is cut with {@code …}.
 */
public final class StatementSheets {

    static final Rectangle PAGE = PageSize.LETTER;
    /** Activity lines on the first page, under the summary, and on every further page. */
    static final int FIRST_PAGE_LINES = 22;
    static final int NEXT_PAGE_LINES = 50;

    private static final float LEFT = 54;
    private static final float RIGHT = 558;
    private static final float BOTTOM = 72;
    private static final float LEADING = 12;
    private static final BaseFont REGULAR = font(BaseFont.HELVETICA);
    private static final BaseFont BOLD = font(BaseFont.HELVETICA_BOLD);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    // made once per thread: building them costs more than using them, and a statement writes dozens of texts
    private static final ThreadLocal<CharsetEncoder> ENCODER = ThreadLocal.withInitial(WINDOWS_1252::newEncoder);
    private static final ThreadLocal<DecimalFormat> MONEY = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##0.00;-#,##0.00", DecimalFormatSymbols.getInstance(Locale.US)));

    private final PdfContentByte canvas;
    private final Document document;

    StatementSheets(Document document, PdfWriter writer) {
        this.document = document;
        this.canvas = writer.getDirectContent();
    }

    /** How many pages a statement takes: one, plus one per {@link #NEXT_PAGE_LINES} lines beyond the first page's. */
    static int pagesFor(PrintedStatement statement) {
        int beyond = Math.max(0, statement.activity().size() - FIRST_PAGE_LINES);
        return 1 + (beyond + NEXT_PAGE_LINES - 1) / NEXT_PAGE_LINES;
    }

    /** Draws the statement on new pages; returns how many it took. */
    int draw(PrintedStatement s) {
        int pages = pagesFor(s);
        List<ActivityLine> activity = s.activity();
        int next = 0;
        for (int page = 1; page <= pages; page++) {
            document.newPage();
            float y = heading(s, page, pages);
            if (page == 1) {
                y = firstPage(s);
            }
            int lines = page == 1 ? FIRST_PAGE_LINES : NEXT_PAGE_LINES;
            y = activityHeading(y);
            if (activity.isEmpty()) {
                text(REGULAR, 9, "No activity in this period.", LEFT, y, Element.ALIGN_LEFT, 300);
            }
            for (int i = 0; i < lines && next < activity.size(); i++, next++) {
                activityLine(activity.get(next), y);
                y -= LEADING;
            }
            footer(s);
        }
        return pages;
    }

    /** The organization at the top left, the statement's identity at the top right; returns where the page goes on. */
    private float heading(PrintedStatement s, int page, int pages) {
        text(BOLD, 12, s.organizationName(), LEFT, 744, Element.ALIGN_LEFT, 280);
        float y = 731;
        if (page == 1) {
            for (String line : s.organizationAddress()) {
                text(REGULAR, 9, line, LEFT, y, Element.ALIGN_LEFT, 280);
                y -= 11;
            }
        }
        text(BOLD, 16, page == 1 ? "STATEMENT" : "STATEMENT (continued)", RIGHT, 744, Element.ALIGN_RIGHT, 250);
        label(9, "Statement date", s.statementDate().toString(), 728);
        label(9, "Account", s.accountNumber(), 716);
        label(9, "Page", page + " of " + pages, 704);
        return 680;
    }

    private void label(float size, String name, String value, float y) {
        text(REGULAR, size, name, 400, y, Element.ALIGN_LEFT, 80);
        text(BOLD, size, value, RIGHT, y, Element.ALIGN_RIGHT, 150);
    }

    /** The mailing address, the summary, aging and messages; returns where the activity starts. */
    private float firstPage(PrintedStatement s) {
        float y = 640;
        for (String line : s.mailingAddress()) {
            text(REGULAR, 10, line, 72, y, Element.ALIGN_LEFT, 280);
            y -= 12;
        }
        y = 552;
        text(BOLD, 10, "Account summary", LEFT, y, Element.ALIGN_LEFT, 200);
        text(BOLD, 10, "Amount due", 360, y, Element.ALIGN_LEFT, 200);
        rule(y - 4);
        String[][] summary = {
                {"Previous balance", money(s.previousBalance())},
                {"Charges", money(s.charges())},
                {"Finance charges", money(s.financeCharges())},
                {"Adjustments", money(s.adjustments())},
                {"Payments", money(s.payments().negate())}};
        float row = y - 18;
        for (String[] line : summary) {
            text(REGULAR, 10, line[0], LEFT, row, Element.ALIGN_LEFT, 160);
            text(REGULAR, 10, line[1], 300, row, Element.ALIGN_RIGHT, 120);
            row -= 13;
        }
        text(BOLD, 10, "New balance", LEFT, row, Element.ALIGN_LEFT, 160);
        text(BOLD, 10, money(s.balance()), 300, row, Element.ALIGN_RIGHT, 120);
        text(BOLD, 10, "Minimum due", 360, y - 18, Element.ALIGN_LEFT, 100);
        text(BOLD, 10, money(s.minimumDue()), RIGHT, y - 18, Element.ALIGN_RIGHT, 100);
        text(REGULAR, 10, "Due by", 360, y - 31, Element.ALIGN_LEFT, 100);
        text(REGULAR, 10, s.minimumDueDate().toString(), RIGHT, y - 31, Element.ALIGN_RIGHT, 100);
        text(REGULAR, 10, "Past due", 360, y - 44, Element.ALIGN_LEFT, 100);
        text(REGULAR, 10, money(s.pastDue()), RIGHT, y - 44, Element.ALIGN_RIGHT, 100);
        text(REGULAR, 8, "Amounts in " + s.currency(), 360, y - 60, Element.ALIGN_LEFT, 198);

        y = row - 26;
        String[] buckets = {"Current", "1-30 days", "31-60 days", "61-90 days", "Over 90 days"};
        List<BigDecimal> aging = s.aging();
        float width = (RIGHT - LEFT) / buckets.length;
        for (int i = 0; i < buckets.length; i++) {
            float right = LEFT + width * (i + 1) - 6;
            text(BOLD, 9, buckets[i], right, y, Element.ALIGN_RIGHT, width - 6);
            text(REGULAR, 10, money(aging.get(i)), right, y - 13, Element.ALIGN_RIGHT, width - 6);
        }
        rule(y - 19);

        y -= 36;
        for (String line : s.messageLines()) {
            text(BOLD, 10, line, LEFT, y, Element.ALIGN_LEFT, RIGHT - LEFT);
            y -= 13;
        }
        return Math.min(y, 352) - 8;
    }

    private float activityHeading(float y) {
        text(BOLD, 9, "Date", LEFT, y, Element.ALIGN_LEFT, 60);
        text(BOLD, 9, "Description", 120, y, Element.ALIGN_LEFT, 280);
        text(BOLD, 9, "Reference", 400, y, Element.ALIGN_LEFT, 90);
        text(BOLD, 9, "Amount", RIGHT, y, Element.ALIGN_RIGHT, 60);
        rule(y - 4);
        return y - 16;
    }

    private void activityLine(ActivityLine line, float y) {
        String description = line.description() == null || line.description().isBlank() ? line.kindLabel()
                : line.kindLabel() + ": " + line.description().strip();
        text(REGULAR, 9, line.entryDate().toString(), LEFT, y, Element.ALIGN_LEFT, 60);
        text(REGULAR, 9, description, 120, y, Element.ALIGN_LEFT, 272);
        text(REGULAR, 9, line.reference() == null ? "" : line.reference(), 400, y, Element.ALIGN_LEFT, 90);
        text(REGULAR, 9, money(line.amount()), RIGHT, y, Element.ALIGN_RIGHT, 66);
    }

    private void footer(PrintedStatement s) {
        text(REGULAR, 7, s.organizationName() + "  -  account " + s.accountNumber() + "  -  statement of "
                + s.statementDate(), (LEFT + RIGHT) / 2, BOTTOM - 36, Element.ALIGN_CENTER, RIGHT - LEFT);
    }

    private void rule(float y) {
        canvas.setLineWidth(0.5f);
        canvas.moveTo(LEFT, y);
        canvas.lineTo(RIGHT, y);
        canvas.stroke();
    }

    /** One piece of text, made printable and cut to {@code width} points. */
    private void text(BaseFont font, float size, String value, float x, float y, int alignment, float width) {
        String printable = fit(font, size, printable(value), width);
        if (printable.isEmpty()) {
            return;
        }
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.showTextAligned(alignment, printable, x, y, 0);
        canvas.endText();
    }

    /** The text with every character the font's encoding cannot show replaced by {@code ?}. */
    static String printable(String value) {
        if (value == null) {
            return "";
        }
        if (value.chars().allMatch(c -> c >= ' ' && c <= '~')) {
            return value; // plain ASCII, most text: nothing to replace
        }
        CharsetEncoder encoder = ENCODER.get();
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> out.append(Character.isBmpCodePoint(c) && !Character.isISOControl(c)
                && encoder.canEncode((char) c) ? Character.toString(c) : "?"));
        return out.toString();
    }

    private static String fit(BaseFont font, float size, String value, float width) {
        if (font.getWidthPoint(value, size) <= width) {
            return value;
        }
        String cut = value;
        while (!cut.isEmpty() && font.getWidthPoint(cut + "\u2026", size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "\u2026";
    }

    /** An amount as printed: grouped thousands, two decimals, a minus for credits. */
    static String money(BigDecimal amount) {
        return MONEY.get().format(amount.setScale(2));
    }

    private static BaseFont font(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException("the PDF standard font " + name + " is not available", e);
        }
    }
}
