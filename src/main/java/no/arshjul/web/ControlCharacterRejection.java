package no.arshjul.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import java.io.IOException;

/**
 * Text in a JSON body may not carry control characters (NUL, escape, C1 codes...): they break
 * exports, searches and the database, and no person types them. Tab, line feed and carriage
 * return stay allowed. Applies to every string Jackson reads for the API, also inside maps and lists.
 */
final class ControlCharacterRejection extends StdScalarDeserializer<String> {

    private ControlCharacterRejection() {
        super(String.class);
    }

    static SimpleModule module() {
        return new SimpleModule("arshjul-control-characters").addDeserializer(String.class, new ControlCharacterRejection());
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (value != null && hasControlCharacter(value)) {
            throw new ControlCharacterException(parser);
        }
        return value;
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Textual;
    }

    static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }
}
