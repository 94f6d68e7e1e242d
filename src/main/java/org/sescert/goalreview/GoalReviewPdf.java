package org.sescert.goalreview;

import java.io.IOException;
import java.nio.file.Path;

/** Renders the goal review as a PDF for the agency's leadership; the reporting module provides it. */
public interface GoalReviewPdf {

    void write(GoalReviewDocument document, Path file) throws IOException;
}
