package uk.permanence.webapp.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Independent API calls of one page made at once: each on a thread acting for the same person (their security
 * context and request, from which {@link PlatformApi} takes their token), at most {@code per-page} of a page's calls
 * at a time and {@code threads} for the whole app (permanence.web.concurrent-calls). A page takes each answer when
 * it needs it; closing the {@link Batch} waits for every call it started, so that no call outlives the request, and
 * each call closes its own response on every path as {@link PlatformApi} does.
 */
@Component
public class ConcurrentCalls implements DisposableBean {

    private final ExecutorService threads;
    private final int perPage;

    ConcurrentCalls(@Value("${permanence.web.concurrent-calls.threads}") int threads,
                    @Value("${permanence.web.concurrent-calls.per-page}") int perPage) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory named = call -> {
            Thread thread = new Thread(call, "api-call-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.threads = Executors.newFixedThreadPool(threads, named);
        this.perPage = perPage;
    }

    /** Calls started together; closing waits for every one. */
    public Batch batch() {
        return new Batch();
    }

    /** The answers of these calls, in their order; a call's failure is thrown once every call has finished. */
    public <T> List<T> all(List<Supplier<T>> calls) {
        try (Batch batch = batch()) {
            List<Answer<T>> answers = calls.stream().map(batch::start).toList();
            return answers.stream().map(Answer::get).toList();
        }
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }

    /** The calls of one page, at most {@code per-page} of them in progress at once. */
    public final class Batch implements AutoCloseable {

        private final Semaphore inProgress = new Semaphore(perPage);
        private final List<Future<?>> started = new ArrayList<>();

        private Batch() {
        }

        /** Starts the call (waiting for a turn when {@code per-page} calls of this batch are in progress). */
        public <T> Answer<T> start(Supplier<T> call) {
            SecurityContext person = SecurityContextHolder.getContext();
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            try {
                inProgress.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted before an API call could start", e);
            }
            Future<T> answer = threads.submit(() -> {
                SecurityContextHolder.setContext(person);
                RequestContextHolder.setRequestAttributes(request);
                try {
                    return call.get();
                } finally {
                    RequestContextHolder.resetRequestAttributes();
                    SecurityContextHolder.clearContext();
                    inProgress.release();
                }
            });
            started.add(answer);
            return new Answer<>(answer);
        }

        /** Waits for every call started, whatever became of it (a failure is thrown by its answer's get). */
        @Override
        public void close() {
            boolean interrupted = false;
            for (Future<?> call : started) {
                while (true) {
                    try {
                        call.get();
                        break;
                    } catch (ExecutionException | CancellationException failed) {
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A call's answer, waited for when asked; the call's own exception if it failed. */
    public static final class Answer<T> implements Supplier<T> {

        private final Future<T> call;

        private Answer(Future<T> call) {
            this.call = call;
        }

        @Override
        public T get() {
            try {
                return call.get();
            } catch (ExecutionException failed) {
                if (failed.getCause() instanceof RuntimeException exception) {
                    throw exception;
                }
                if (failed.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(failed.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for an API call", e);
            }
        }
    }
}
