package io.billcycle.cli;

/** An organization code given with {@code --org}, or null: what {@link OrgOption} and {@link OrgScopeOption} hold. */
abstract class OrgCode {

    private String code;

    /** The code given, or null. */
    public String code() {
        return code;
    }

    void set(String value) {
        code = value;
    }

    @Override
    public String toString() {
        return String.valueOf(code);
    }
}
