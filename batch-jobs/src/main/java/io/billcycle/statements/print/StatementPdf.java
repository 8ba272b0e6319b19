package io.billcycle.statements.print;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A PDF of statements being written to a stream, page by page: OpenPDF writes each page out when the next one starts,
 * so a file of a million statements holds one statement's pages in memory (and the file's cross-reference table, a
 * few dozen bytes a page).
 * <p>
 * The bytes depend on the statements only: the document's dates are the statement date, its identifier is derived
 * from what the file is (e.g. "statements ACME 2026-11-30"), and nothing reads the clock. Printing the same
 * statements again gives the same file, and {@link StatementSheets} gives a statement the same page bytes in any file.
 */
public final class StatementPdf implements AutoCloseable {

    private final Document document;
    private final StatementSheets sheets;
    private long statements;
    private long pages;
    private boolean closed;

    /**
     * @param identity what the file is, in words; its MD5 is the document's identifier
     * @param date     the statement date, the document's creation and modification date
     */
    public StatementPdf(OutputStream out, String identity, LocalDate date) {
        document = new Document(StatementSheets.PAGE, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        PdfDate when = new PdfDate(midnight(date));
        writer.getInfo().put(PdfName.CREATIONDATE, when);
        writer.getInfo().put(PdfName.MODDATE, when);
        writer.getInfo().put(PdfName.TITLE, new PdfString(identity));
        byte[] id = md5(identity);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        document.open();
        sheets = new StatementSheets(document, writer);
    }

    /** Draws a statement on new pages. */
    public void add(PrintedStatement statement) {
        pages += sheets.draw(statement);
        statements++;
    }

    public long statements() {
        return statements;
    }

    public long pages() {
        return pages;
    }

    /** Writes the rest of the file (page tree, cross-reference table); the stream stays open. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            document.close();
        }
    }

    private static Calendar midnight(LocalDate date) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        return calendar;
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is not available in this JVM", e);
        }
    }
}
