package de.lotse.platform.json;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.SerdeException;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Reads a {@code Boolean} only from JSON {@code true} or {@code false}. Micronaut Serde 2.x would
 * read any string as a boolean ({@code "vielleicht"} becoming {@code false}), so a typo in a
 * consent or willingness flag would silently turn into "no"; here it is a 400 naming the field.
 */
@Singleton
@Primary
public class StrictBooleanDeserializer implements Deserializer<Boolean> {

    @Override
    public Boolean deserialize(Decoder decoder, DecoderContext context, Argument<? super Boolean> type)
            throws IOException {
        JsonNode node = decoder.decodeNode();
        if (node.isBoolean()) {
            return node.getBooleanValue();
        }
        // name the property the way serde does, so the problem answer can say which field it was
        throw new SerdeException("Error decoding property [Boolean " + type.getName() + "]: expected true or false");
    }

    @Override
    public Boolean deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Boolean> type)
            throws IOException {
        if (decoder.decodeNull()) {
            return null;
        }
        return deserialize(decoder, context, type);
    }
}
