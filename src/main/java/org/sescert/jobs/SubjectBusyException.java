package org.sescert.jobs;

import org.sescert.system.RefusedException;

/** Another run holds the subject: nothing is wrong with the input, and the same request can be made again later. */
public final class SubjectBusyException extends RefusedException {

    SubjectBusyException(Subject subject) {
        super("another " + subject.activity() + " of " + subject.label() + " is running; wait for it to finish.");
    }
}
