package org.sescert.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.sescert.jobs.PartitionWorker;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Runs partitions of other processes' jobs until stopped (remote partitioning).", "",
                "A command started with SESCERT_PARTITIONING=remote (the manager) splits its partitioned steps (the check's",
                "executives) into partitions whose requests wait in the database; each worker takes them one at a time. Manager",
                "and workers must share one PostgreSQL: SESCERT_DB_URL (see 'sescert database' for the embedded one), on this",
                "machine or others. Stopping a worker (Ctrl-C, SIGTERM) lets its running partition finish first."})
final class WorkerCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // The context stays open until the running partition is done: this command closes it, not Spring's own hook.
        System.setProperty("spring.main.register-shutdown-hook", "false");
        CountDownLatch finished = new CountDownLatch(1);
        try (ConfigurableApplicationContext app = Application.start()) {
            PartitionWorker worker = app.getBean(PartitionWorker.class);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                worker.stop();
                try {
                    finished.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            var out = spec.commandLine().getOut();
            out.println("sescert: worker " + ProcessHandle.current().pid() + " takes partitions (database: " + Application.database(app) + ")");
            out.flush();
            int done = worker.run();
            out.println("sescert: worker " + ProcessHandle.current().pid() + " stopped after " + done + " partition(s)");
            out.flush();
        } finally {
            finished.countDown();
        }
        return ExitCodes.OK;
    }
}
