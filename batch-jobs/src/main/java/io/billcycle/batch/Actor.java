package io.billcycle.batch;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who acts: {@code billcycle.actor} ({@code BILLCYCLE_ACTOR}), else the operating-system user. Recorded with every
 * operator action (account actions, payments, plans, memberships, provider payments), read in one place.
 */
@Component
public class Actor {

    private final String name;

    public Actor(@Value("${billcycle.actor:${user.name}}") String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
