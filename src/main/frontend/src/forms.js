// The task page: renders the task's Camunda Form with form-js (the viewer Tasklist 7.24 uses),
// saves drafts on the server and completes the task through Årshjul's API. Read-only forms
// (the employee's answers beside the leader's form) use the same viewer.
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import { translateError } from './messages.js';

function pageData() {
  const el = document.getElementById('task-data');
  return el ? JSON.parse(el.textContent) : null;
}

function csrfHeaders() {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  const headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
  if (token && header) {
    headers[header.content] = token.content;
  }
  return headers;
}

/** form-js' own messages are English; show them in the page's language. */
function localiseValidator(form, lang) {
  const validator = form.get('validator');
  const validate = validator.validateFieldInstance.bind(validator);
  validator.validateFieldInstance = (instance, value) => validate(instance, value).map(m => translateError(m, lang));
}

/** Puts the server's errors ({field: 'measures[1].title', message}) on the fields they name. */
function showServerErrors(form, errors) {
  const registry = form.get('formFieldInstanceRegistry');
  const byPath = {};
  registry.getAllKeyed().forEach(instance => { byPath[instance.valuePath.join('.')] = instance; });
  const state = {};

  errors.forEach(error => {
    const instance = byPath[(error.field || '').replace(/\[(\d+)\]/g, '.$1')];
    if (!instance) {
      return; // still listed in the summary above the form
    }
    let node = state;
    const path = [instance.id, ...Object.values(instance.indexes || {})];
    path.slice(0, -1).forEach(p => { node = node[p] = node[p] || {}; });
    node[path[path.length - 1]] = [error.message];
  });
  form._setState({ errors: state });
}

function focusFirstError(container) {
  const field = container.querySelector('.fjs-has-errors input, .fjs-has-errors textarea, .fjs-has-errors select');
  if (field) {
    field.focus();
  }
}

function showStatus(box, kind, title, lines) {
  box.hidden = false;
  box.className = 'status-box ' + kind;
  box.replaceChildren();
  const heading = document.createElement('p');
  heading.className = 'status-title';
  heading.textContent = title;
  box.appendChild(heading);
  if (lines && lines.length) {
    const list = document.createElement('ul');
    lines.forEach(line => {
      const item = document.createElement('li');
      item.textContent = line;
      list.appendChild(item);
    });
    box.appendChild(list);
  }
  box.focus();
}

async function renderReadOnly({ container, schema, data }) {
  const target = document.getElementById(container);
  if (!target) {
    return;
  }
  const form = new Form({ container: target, properties: { readOnly: true } });
  await form.importSchema(typeof schema === 'string' ? JSON.parse(schema) : schema, data || {});
}

async function renderTask(page) {
  const container = document.getElementById('task-form');
  const status = document.getElementById('task-status');
  const t = page.messages;
  const form = new Form({ container });
  localiseValidator(form, page.lang);
  await form.importSchema(typeof page.schema === 'string' ? JSON.parse(page.schema) : page.schema, page.data || {});

  const api = page.apiBase + '/' + encodeURIComponent(page.taskId);

  document.getElementById('save-draft').addEventListener('click', async () => {
    const response = await fetch(api + '/draft', {
      method: 'PUT', headers: csrfHeaders(), body: JSON.stringify(form._getSubmitData())
    });
    if (response.ok) {
      showStatus(status, 'ok', t.draftSaved);
    } else {
      await showFailure(response);
    }
  });

  document.getElementById('submit-task').addEventListener('click', async () => {
    const { data, errors } = form.submit();
    if (Object.keys(errors).length) {
      showStatus(status, 'error', t.fixErrors);
      focusFirstError(container);
      return;
    }
    const response = await fetch(api + '/complete', {
      method: 'POST', headers: csrfHeaders(), body: JSON.stringify(data)
    });
    if (response.ok) {
      window.location.assign(page.doneUrl);
      return;
    }
    await showFailure(response);
  });

  async function showFailure(response) {
    let body = {};
    try {
      body = await response.json();
    } catch (e) {
      body = {};
    }
    if (response.status === 400 && body.errors) {
      showServerErrors(form, body.errors);
      showStatus(status, 'error', t.refused, body.errors.map(e => e.message));
      focusFirstError(container);
    } else if (response.status === 404) {
      showStatus(status, 'error', body.message || t.gone);
    } else if (response.status === 403) {
      showStatus(status, 'error', body.message || t.denied);
    } else if (response.status < 500 && body.message) {
      // 409 (completed by someone else), 413 (too large), 400 without fields: the server's own words
      showStatus(status, 'error', body.message);
    } else {
      showStatus(status, 'error', t.failed);
    }
  }
}

async function main() {
  const page = pageData();
  if (!page) {
    return;
  }
  for (const readOnly of page.readOnlyForms || []) {
    await renderReadOnly(readOnly);
  }
  if (page.schema) {
    await renderTask(page);
  }
  document.body.dataset.formsReady = 'true';
}

main();
