package dev.backcheck;

import dev.backcheck.cli.Main;

/** {@code backcheck} as a separate JVM for tests, with the test rule catalogue (see {@link Fork}). */
public final class ForkedMain {
    private ForkedMain() { }

    public static void main(String[] args) {
        Main.noNameLookups();
        System.exit(Main.run(TestRules.withSql(), args));
    }
}
