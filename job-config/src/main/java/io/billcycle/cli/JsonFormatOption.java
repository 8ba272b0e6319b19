package io.billcycle.cli;

import picocli.CommandLine.Option;

/**
 * {@code --format text|json} on the commands that scripts read ({@code jobs}, {@code executions}, {@code execution}):
 * text for people, or one JSON document whose shape the command's description gives. A {@code @Mixin}.
 */
public class JsonFormatOption {

    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), or json for scripts (its shape is in the description above).")
    Format format;

    /** Whether JSON was asked for. */
    public boolean json() {
        return format == Format.json;
    }
}
