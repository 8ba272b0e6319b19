package io.billcycle.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.billcycle.batch.BatchSettings;
import io.billcycle.memberships.ExpiryWindow;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for option values, each failing with what was expected ("must be a date like 2026-01-31"); the CLI
 * completes the line with the option and the value given. Registered on every command, so no command repeats them.
 */
final class Converters {

    private Converters() {
    }

    static void register(CommandLine commandLine) {
        commandLine.registerConverter(LocalDate.class, Converters::date);
        commandLine.registerConverter(Integer.class, Converters::wholeNumber);
        commandLine.registerConverter(Integer.TYPE, Converters::wholeNumber);
        commandLine.registerConverter(Long.class, Converters::longNumber);
        commandLine.registerConverter(Long.TYPE, Converters::longNumber);
        commandLine.registerConverter(Path.class, Converters::path);
        commandLine.registerConverter(java.math.BigDecimal.class, Converters::amount);
    }

    static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("must be a date like 2026-01-31");
        }
    }

    static Integer wholeNumber(String value) {
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("must be a whole number");
        }
    }

    static Long longNumber(String value) {
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("must be a whole number");
        }
    }

    static java.math.BigDecimal amount(String value) {
        try {
            return new java.math.BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("must be an amount like 125.00 or -12.50");
        }
    }

    static Path path(String value) {
        if (value.isBlank()) {
            throw new TypeConversionException("must be a file name");
        }
        try {
            return Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            throw new TypeConversionException("must be a file name");
        }
    }

    /**
     * A file billcycle reads: it must be there, and be a file, which is checked while parsing, before the application
     * and the database start. What it holds is checked when it is read.
     */
    static final class InputFile implements ITypeConverter<Path> {
        /** Marks a reason that follows the file's name: "--template x.sql: no such file". */
        static final String AFTER_NAME = ": ";

        @Override
        public Path convert(String value) {
            Path file = path(value);
            if (!java.nio.file.Files.exists(file)) {
                throw new TypeConversionException(AFTER_NAME + "no such file");
            }
            if (java.nio.file.Files.isDirectory(file)) {
                throw new TypeConversionException(AFTER_NAME + "is a directory, not a file");
            }
            return file;
        }
    }

    /** A number of partitions: 1 to {@link BatchSettings#MAX_PARTITIONS}. */
    static final class Partitions implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return between(value, 1, BatchSettings.MAX_PARTITIONS);
        }
    }

    /** A service period, a month like {@code 2025-01} ({@code --period}). */
    static final class Period implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return java.time.YearMonth.parse(value.trim()).toString();
            } catch (java.time.format.DateTimeParseException e) {
                throw new TypeConversionException("must be a month like 2025-01");
            }
        }
    }

        /** A count that must be at least 1 ({@code --limit}). */
    static final class AtLeastOne implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return atLeast(value, 1, "must be at least 1");
        }
    }

    /** A count that may be 0 but not negative ({@code --scale}, {@code --limit} where 0 means all). */
    static final class NotNegative implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return atLeast(value, 0, "must not be negative");
        }
    }

    /** A number of days ahead or back in a report's window: 0 to {@link ExpiryWindow#MAX_DAYS}. */
    static final class WindowDays implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return between(value, 0, ExpiryWindow.MAX_DAYS);
        }
    }

    /** Text for a column of {@code max} characters: the limit is named at parse time, before the database starts. */
    abstract static class Text implements ITypeConverter<String> {
        private final int max;

        Text(int max) {
            this.max = max;
        }

        @Override
        public String convert(String value) {
            if (value.length() > max) {
                throw new TypeConversionException("must be at most " + max + " characters (it has " + value.length() + ")");
            }
            return value;
        }
    }

    static final class Text100 extends Text {
        Text100() {
            super(100);
        }
    }

    static final class Text60 extends Text {
        Text60() {
            super(60);
        }
    }

    static final class Text20 extends Text {
        Text20() {
            super(20);
        }
    }

    /** A whole number from {@code least} to {@code most}, both included. */
    private static Integer between(String value, int least, int most) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= least && n <= most) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new TypeConversionException("must be a whole number from " + least + " to " + most);
    }

    private static Integer atLeast(String value, int least, String why) {
        Integer n = wholeNumber(value);
        if (n < least) {
            throw new TypeConversionException(why);
        }
        return n;
    }

    /** A reason recorded in a history row: one line of text, as long as its column allows. */
    static final class Reason implements ITypeConverter<String> {
        static final int MAX = 200;

        @Override
        public String convert(String value) {
            String text = value.strip();
            if (text.isEmpty()) {
                throw new TypeConversionException("must not be blank");
            }
            if (text.length() > MAX) {
                throw new TypeConversionException("must be at most " + MAX + " characters (it has " + text.length() + ")");
            }
            if (text.chars().anyMatch(c -> c == '\n' || c == '\r')) {
                throw new TypeConversionException("must be one line");
            }
            return text;
        }
    }
}
