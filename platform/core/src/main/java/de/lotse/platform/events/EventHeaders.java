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

    private EventHeaders() {
    }
}
