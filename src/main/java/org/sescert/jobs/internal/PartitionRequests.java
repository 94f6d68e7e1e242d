package org.sescert.jobs.internal;

import javax.sql.DataSource;

import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.integration.store.MessageGroupQueue;
import org.springframework.stereotype.Component;

/**
 * The queue of partition requests between a manager and its workers: Spring Integration's JDBC
 * channel message store in the program's own database (sql/V14), so no broker is needed. A
 * worker takes a request with one statement that deletes it (FOR UPDATE SKIP LOCKED), so two
 * workers never run the same partition. Made when first used: only remote partitioning needs it.
 */
@Component
public class PartitionRequests {

    static final String REGION = "sescert";
    static final String QUEUE = "partition-requests";

    private final DataSource dataSource;
    private QueueChannel channel;

    public PartitionRequests(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public synchronized QueueChannel channel() {
        if (channel == null) {
            JdbcChannelMessageStore store = new JdbcChannelMessageStore(dataSource);
            store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
            store.setRegion(REGION);
            store.afterPropertiesSet();
            // Requests are Java-serialized: only the classes a partition request is made of may come back.
            store.addAllowedPatterns("org.springframework.messaging.support.GenericMessage", "org.springframework.messaging.MessageHeaders",
                    "org.springframework.batch.integration.partition.StepExecutionRequest", "java.util.*", "java.lang.*");
            channel = new QueueChannel(new MessageGroupQueue(store, QUEUE));
            channel.setBeanName(QUEUE);
        }
        return channel;
    }
}
