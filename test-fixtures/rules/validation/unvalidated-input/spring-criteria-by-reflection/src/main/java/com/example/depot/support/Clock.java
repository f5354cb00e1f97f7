package com.example.depot.support;

public final class Clock {
    private Clock() { }

    public static long now() {
        return System.currentTimeMillis();
    }
}
