package org.sescert.cli;

/** The program's entry point: the command line first; Spring (and the database) start only for commands that need them. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(SescertCommand.execute(args));
    }

    /** The command line with every command and option, as the help shows it. */
    public static picocli.CommandLine commandLine() {
        return SescertCommand.commandLine();
    }
}
