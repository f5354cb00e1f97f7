package dev.backcheck;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool version, from the build (Maven filters version.properties). */
public final class Version {
    public static final String VERSION;

    static {
        String v = "dev";
        try (InputStream in = Version.class.getResourceAsStream("/backcheck-version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                v = p.getProperty("version", v);
            }
        } catch (IOException ignored) {
            // keep "dev"
        }
        VERSION = v;
    }

    private Version() { }
}
