package org.sescert.jobs;

import java.util.Map;

import org.slf4j.MDC;
import org.springframework.core.task.TaskDecorator;

/**
 * Steps that run on threads of their own (sheets read side by side, partitions of a check) log
 * with the job and subject of the thread that started them, as the README's Logs section
 * promises: the logging context is copied into each thread.
 */
public final class LogContext {

    private LogContext() {
    }

    public static TaskDecorator copied() {
        return task -> {
            Map<String, String> context = MDC.getCopyOfContextMap();
            return () -> {
                Map<String, String> before = MDC.getCopyOfContextMap();
                if (context == null) {
                    MDC.clear();
                } else {
                    MDC.setContextMap(context);
                }
                try {
                    task.run();
                } finally {
                    if (before == null) {
                        MDC.clear();
                    } else {
                        MDC.setContextMap(before);
                    }
                }
            };
        };
    }
}
