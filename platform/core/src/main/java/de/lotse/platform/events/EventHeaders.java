package de.lotse.platform.events;

/** Kafka record header names set on every published event and on dead letters. */
public final class EventHeaders {
    public static final String EVENT_ID = "eventId";
    public static final String EVENT_TYPE = "eventType";
    public static final String CORRELATION_ID = "correlationId";
    public static final String DLT_ORIGINAL_TOPIC = "dlt.original.topic";
    public static final String DLT_ORIGINAL_PARTITION = "dlt.original.partition";
    public static final String DLT_ORIGINAL_OFFSET = "dlt.original.offset";
    public static final String DLT_CONSUMER = "dlt.consumer";
    public static final String DLT_ERROR = "dlt.error";
    /** The service (application name) whose consumer parked the event; consumer names repeat across services. */
    public static final String DLT_SERVICE = "dlt.service";
    /** On a record re-delivered by the dead-letter replay: the only consumer that applies it. */
    public static final String REPLAY_CONSUMER = "replay.consumer";
    /** On a replayed record: the service of that consumer (absent for letters parked before it was recorded). */
    public static final String REPLAY_SERVICE = "replay.service";
    /** On a replayed record: where it was parked, {@code <dlt topic>-<partition>@<offset>}. */
    public static final String REPLAY_OF = "replay.of";

    private EventHeaders() {}
}
