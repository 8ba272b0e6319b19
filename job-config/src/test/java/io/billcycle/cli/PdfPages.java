package io.billcycle.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back by Apache PDFBox, an independent reader: its text, and each page's content stream. */
final class PdfPages {

    private PdfPages() {
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("[ \\t]+", " ");
        }
    }

    /** Each page's content stream, decompressed, one byte a char. */
    static List<String> contents(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> contents = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                try (var in = page.getContents()) {
                    contents.add(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
                }
            }
            return contents;
        }
    }
}
