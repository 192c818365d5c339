package no.arshjul.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON string with a control character (NUL and the like); Jackson adds the field's path. */
public class ControlCharacterException extends JsonMappingException {

    ControlCharacterException(JsonParser parser) {
        super(parser, "A string value contains a control character");
    }
}
