package io.billcycle.reports;

/** A template that cannot run as it is: says which line and why. */
public class TemplateException extends RuntimeException {

    private final int line;

    public TemplateException(int line, String why) {
        super("line " + line + ": " + why);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
