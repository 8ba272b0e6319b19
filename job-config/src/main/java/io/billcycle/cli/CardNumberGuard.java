package io.billcycle.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

import io.billcycle.text.CardNumbers;

/**
 * The CLI's edge against card numbers. Before anything parses or runs, every argument is looked at: a value that looks
 * like a card number ({@link CardNumbers}) refuses the whole command, and the error names the option or the argument's
 * place, never the value. Behind it, every line written to stderr has card-like numbers masked, so an error that
 * repeats a user's value can never print one.
 */
final class CardNumberGuard {

    private CardNumberGuard() {
    }

    /** The one-line refusal when an argument looks like a card number, else null. */
    static String refusal(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!CardNumbers.looksLikeCard(arg)) {
                continue;
            }
            String where;
            if (arg.startsWith("--") && arg.contains("=")) {
                where = arg.substring(0, arg.indexOf('='));
            } else if (i > 0 && args[i - 1].startsWith("-") && !args[i - 1].contains("=")) {
                where = args[i - 1];
            } else {
                where = "argument " + (i + 1);
            }
            return where + " looks like a card number; billcycle never takes card numbers (nothing was run)";
        }
        return null;
    }

    /** {@code err} with card-like numbers masked, line by line. */
    static PrintWriter masking(PrintWriter err) {
        return new PrintWriter(new MaskingWriter(err), true);
    }

    /** Holds each line until it ends, so that a number written in pieces is still masked whole. */
    private static final class MaskingWriter extends FilterWriter {
        private final StringBuilder line = new StringBuilder();

        MaskingWriter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            line.append((char) c);
            if (c == '\n') {
                emit();
            }
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            for (int k = offset; k < offset + length; k++) {
                write(buffer[k]);
            }
        }

        @Override
        public void write(String s, int offset, int length) throws IOException {
            for (int k = offset; k < offset + length; k++) {
                write(s.charAt(k));
            }
        }

        @Override
        public void flush() throws IOException {
            emit();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        private void emit() throws IOException {
            if (!line.isEmpty()) {
                out.write(CardNumbers.mask(line.toString()));
                line.setLength(0);
            }
        }
    }
}
