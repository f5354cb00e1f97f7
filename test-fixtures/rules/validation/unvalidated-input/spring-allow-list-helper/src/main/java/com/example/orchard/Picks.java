package com.example.orchard;

import java.util.List;

public final class Picks {
    private Picks() {
    }

    /** The input when it is one of the allowed values, otherwise null. */
    public static <T> T inListOrNull(T input, List<T> allowed) {
        if (input == null || allowed == null) {
            return null;
        }
        return allowed.contains(input) ? input : null;
    }
}
