package org.renrentong.outbox;

import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Listeners of module events ({@code @ApplicationModuleListener} is {@code @Async}) run on one bounded, named pool.
 * When its queue is full the publishing thread delivers the event itself: a burst slows the writers a little
 * instead of growing the queue without end (the event is already safe in the outbox either way).
 */
// proxied, so that getAsyncExecutor() hands out the one pool bean (which the context shuts down), not a second pool
@Configuration
class EventDeliveryConfiguration implements AsyncConfigurer {

    private final OutboxSettings settings;

    EventDeliveryConfiguration(OutboxSettings settings) {
        this.settings = settings;
    }

    @Bean(name = "eventDelivery", destroyMethod = "shutdown")
    ThreadPoolTaskExecutor eventDelivery() {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setThreadNamePrefix("event-delivery-");
        pool.setCorePoolSize(settings.threads());
        pool.setMaxPoolSize(settings.threads());
        pool.setQueueCapacity(settings.queue());
        long held = settings.testDeliveryDelay().toMillis();
        if (held > 0) {
            pool.setTaskDecorator(task -> () -> {
                try {
                    Thread.sleep(held);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                task.run();
            });
        }
        pool.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        // a delivery cut short at shutdown stays incomplete in the outbox and is delivered again at the next start
        pool.setWaitForTasksToCompleteOnShutdown(true);
        pool.setAwaitTerminationSeconds(10);
        pool.initialize();
        return pool;
    }

    @Override
    public Executor getAsyncExecutor() {
        return eventDelivery();
    }
}
