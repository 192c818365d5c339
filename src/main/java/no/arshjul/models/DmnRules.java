package no.arshjul.models;

import no.arshjul.forms.FormTexts;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.ModelException;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The checks for a DMN file: it parses, it is written in FEEL, and every decision keeps its history time to live. */
final class DmnRules {

    private DmnRules() {
    }

    /** Adds the file's findings; returns the decision keys it defines. */
    static Set<String> check(ModelFile file, List<Finding> findings, FormTexts texts) {
        Optional<XmlOutline> wellFormed = XmlOutline.wellFormed(file, findings, texts);
        if (wellFormed.isEmpty()) {
            return Set.of();
        }
        XmlOutline outline = wellFormed.get();
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(new ByteArrayInputStream(file.content()));
        } catch (ModelException e) {
            findings.add(Finding.error(file.name(), null, null,
                    texts.get("model.dmn.invalid", BpmnRules.rootMessage(e))));
            return Set.of();
        }
        CodeInModelRules.checkDmn(file, texts, findings);
        Set<String> keys = new LinkedHashSet<>();
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            keys.add(decision.getId());
            String ttl = decision.getCamundaHistoryTimeToLiveString();
            if (ttl == null || ttl.isBlank()) {
                findings.add(Finding.error(file.name(), decision.getId(), outline.line(decision.getId()),
                        texts.get("model.dmn.noHistoryTimeToLive")));
            }
        }
        return keys;
    }
}
