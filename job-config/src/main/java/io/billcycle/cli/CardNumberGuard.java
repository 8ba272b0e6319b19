package io.billcycle.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import io.billcycle.text.CardNumbers;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * The CLI's edge against card numbers. Before anything runs, and before a usage error could repeat a value, every
 * argument is looked at: a value that looks like a card number ({@link CardNumbers}) refuses the whole command, and the
 * error names the option or the argument, never the value. Behind it, every line written to stderr has card-like numbers masked, so an error that
 * repeats a user's value can never print one.
 */
final class CardNumberGuard {

    private CardNumberGuard() {
    }

    /**
     * The one-line refusal when a parsed option value or argument looks like a card number, else null. File names
     * are not looked at: a number inside a path (a temporary folder's, a timestamp) is not something a person typed.
     */
    static String refusal(ParseResult parsed) {
        for (ParseResult level = parsed; level != null; level = level.hasSubcommand() ? level.subcommand() : null) {
            for (OptionSpec option : level.matchedOptions()) {
                if (!isFile(option) && option.originalStringValues().stream().anyMatch(CardNumbers::looksLikeCard)) {
                    return refusal(option.longestName());
                }
            }
            for (PositionalParamSpec positional : level.matchedPositionals()) {
                if (!isFile(positional) && positional.originalStringValues().stream().anyMatch(CardNumbers::looksLikeCard)) {
                    return refusal(positional.paramLabel());
                }
            }
        }
        return null;
    }

    /**
     * The same for arguments that did not parse, read as they were typed: a value is named after the option before
     * it (or in it, {@code --reason=...}), else by its place. Values of options that take file names are skipped.
     */
    static String refusal(CommandLine root, String... args) {
        Set<String> fileOptions = new HashSet<>();
        collectFileOptions(root, fileOptions);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String option = arg.startsWith("-") && arg.contains("=") ? arg.substring(0, arg.indexOf('='))
                    : i > 0 && args[i - 1].startsWith("-") && !args[i - 1].contains("=") ? args[i - 1] : null;
            if (fileOptions.contains(option) || !CardNumbers.looksLikeCard(arg)) {
                continue;
            }
            return refusal(option != null ? option : "argument " + (i + 1));
        }
        return null;
    }

    private static String refusal(String name) {
        return name + " looks like a card number; billcycle never takes card numbers (nothing was run)";
    }

    private static boolean isFile(ArgSpec arg) {
        return Path.class.isAssignableFrom(arg.type()) || java.io.File.class.isAssignableFrom(arg.type());
    }

    private static void collectFileOptions(CommandLine command, Set<String> names) {
        for (OptionSpec option : command.getCommandSpec().options()) {
            if (isFile(option)) {
                names.addAll(java.util.List.of(option.names()));
            }
        }
        command.getSubcommands().values().forEach(sub -> collectFileOptions(sub, names));
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
