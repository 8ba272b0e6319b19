package io.billcycle.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a top-level command of {@code billcycle}: the root finds every class so marked in this package and lists them
 * by {@link #order}, so a feature adds its verb with this annotation on its own command class and edits nothing
 * shared. The orders leave room: 100s for running jobs, 200s for operating billing, 300s for setting up.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Verb {

    /** Where the verb appears in {@code billcycle --help}. */
    int order();
}
