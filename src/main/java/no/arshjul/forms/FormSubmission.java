package no.arshjul.forms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An accepted form submission, stored whole: a field HR adds to a form is kept with no code change. */
@Entity
@Table(name = "form_submission")
public class FormSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "task_id", nullable = false)
    private String taskId;
    @Column(name = "task_definition_key", nullable = false)
    private String taskDefinitionKey;
    @Column(name = "task_name")
    private String taskName;
    @Column(name = "process_instance_id", nullable = false)
    private String processInstanceId;
    @Column(name = "process_definition_key", nullable = false)
    private String processDefinitionKey;
    @Column(name = "business_key")
    private String businessKey;
    @Column(name = "form_key", nullable = false)
    private String formKey;
    @Column(name = "form_version", nullable = false)
    private int formVersion;
    @Column(nullable = false, length = 1_000_000)
    private String data;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected FormSubmission() {
    }

    FormSubmission(SubmittedForm form, String json, Instant submittedAt) {
        this.taskId = form.taskId();
        this.taskDefinitionKey = form.taskDefinitionKey();
        this.taskName = form.taskName();
        this.processInstanceId = form.processInstanceId();
        this.processDefinitionKey = form.processDefinitionKey();
        this.businessKey = form.businessKey();
        this.formKey = form.formKey();
        this.formVersion = form.formVersion();
        this.data = json;
        this.submittedBy = form.userId();
        this.submittedAt = submittedAt;
    }

    public Long getId() {
        return id;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getTaskDefinitionKey() {
        return taskDefinitionKey;
    }

    public String getTaskName() {
        return taskName;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getProcessDefinitionKey() {
        return processDefinitionKey;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public String getFormKey() {
        return formKey;
    }

    public int getFormVersion() {
        return formVersion;
    }

    public String getData() {
        return data;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
