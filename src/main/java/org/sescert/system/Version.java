package org.sescert.system;

/** The program's name and version, as the jar's manifest gives it ("dev" when run from the classes). */
public final class Version {

    private Version() {
    }

    public static String program() {
        String version = Version.class.getPackage().getImplementationVersion();
        return "sescert " + (version == null ? "dev" : version);
    }
}
