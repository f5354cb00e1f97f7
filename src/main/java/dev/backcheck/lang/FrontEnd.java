package dev.backcheck.lang;

import dev.backcheck.lang.facts.FileFacts;

/**
 * A language front end: turns one source file into {@link FileFacts} (the AST is dropped). One instance per parse
 * thread (instances may keep state between calls); {@link FrontEnds} names the front ends and picks one per file.
 * The golden FileFacts tests (lang/*GoldenTest) are the contract a front end meets.
 */
public interface FrontEnd {
    /** The {@link FileFacts#language()} it produces: "ts" (TS/JS family) or "java". */
    String language();

    /** Parses {@code code} (path relative to the scan root, '/' separated) and extracts its facts. */
    FileFacts parse(String path, String code) throws ParseError;

    /** Nanoseconds of the last {@link #parse}: {parse wall, parse cpu, extract wall, extract cpu} (zeros when not measured). */
    default long[] lastTimes() {
        return new long[4];
    }
}
