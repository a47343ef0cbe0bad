package org.lector.ui;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Runs a test class's constructor and test methods on Swing's event thread, as the window's code
 * runs: a test that works a component from JUnit's thread races the event thread, and a document
 * change posted there deadlocked against a resize made from the test thread.
 */
final class OnEventThread implements InvocationInterceptor {

    @Override
    public <T> T interceptTestClassConstructor(Invocation<T> invocation,
                                               ReflectiveInvocationContext<Constructor<T>> context,
                                               ExtensionContext extension) throws Throwable {
        return onEventThread(invocation);
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
                                    ExtensionContext extension) throws Throwable {
        onEventThread(invocation);
    }

    private static <T> T onEventThread(Invocation<T> invocation) throws Throwable {
        return run(invocation::proceed);
    }

    /** Work that may throw anything, as a test's body may. */
    interface Work<T> {
        T run() throws Throwable;
    }

    /** Does {@code work} on the event thread (at once if already there) and gives back its result or its failure. */
    static <T> T run(Work<T> work) throws Throwable {
        if (SwingUtilities.isEventDispatchThread()) {
            return work.run();
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(work.run());
            } catch (Throwable thrown) {
                failure.set(thrown);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
