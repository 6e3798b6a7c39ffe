package de.lotse.platform.inbox;

/** The effect of one event on a consumer's own tables; runs inside the inbox transaction. */
@FunctionalInterface
public interface EventHandler<T> {
    void apply(ReceivedEvent<T> event);
}
