package no.arshjul.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What happens to every form submission, however the task is completed: checked against the
 * deployed form, stored whole, turned into records, and only the values the process routes on
 * passed on as process variables. The rest stays in Årshjul's records, where access is checked,
 * instead of in process variables that everyone working in the instance could read.
 */
@Service
public class FormSubmissionPipeline {

    private final FormSchemaValidator validator;
    private final FormSubmissionRepository submissions;
    private final List<FormSubmissionHandler> handlers;
    private final FormTexts texts;
    private final ObjectMapper mapper;
    private final Clock clock;

    public FormSubmissionPipeline(FormSchemaValidator validator, FormSubmissionRepository submissions,
                                  List<FormSubmissionHandler> handlers, FormTexts texts, ObjectMapper mapper,
                                  Clock clock) {
        this.validator = validator;
        this.submissions = submissions;
        this.handlers = handlers;
        this.texts = texts;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Returns the variables the completion should set; throws FormValidationException when refused. */
    public Map<String, Object> accept(SubmittedForm form, String formJson, String formTitle) {
        FormModel model = FormModel.parse(formJson);
        List<FieldError> errors = validator.validate(model, form.data());
        if (!errors.isEmpty()) {
            throw refused(formTitle, errors);
        }
        submissions.save(new FormSubmission(form, json(form.data()), Instant.now(clock)));
        Map<String, Object> variables = new LinkedHashMap<>();
        for (String key : model.processVariableKeys()) {
            if (form.data().containsKey(key)) {
                variables.put(key, form.data().get(key));
            }
        }
        for (FormSubmissionHandler handler : handlers) {
            if (handler.formKeys().contains(form.formKey())) {
                try {
                    variables.putAll(handler.handle(form));
                } catch (FormValidationException e) {
                    throw refused(formTitle, e.getErrors());
                }
            }
        }
        return variables;
    }

    private FormValidationException refused(String formTitle, List<FieldError> errors) {
        String fields = errors.stream().map(FieldError::message).collect(Collectors.joining(" "));
        return new FormValidationException(texts.get("form.refused", formTitle, fields), errors);
    }

    private String json(Map<String, Object> data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the submission as JSON", e);
        }
    }

}
