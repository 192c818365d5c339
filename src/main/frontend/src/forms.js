// The task page: renders the task's Camunda Form with form-js (the viewer Tasklist 7.24 uses),
// saves drafts on the server and completes the task through Årshjul's API. The employee's answers
// beside the leader's form are shown as a list of question and answer, read from the same form.
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import { formText } from './texts.js';
import { renderAnswers } from './answers.js';

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

/** Puts the server's errors ({field: 'measures[1].title', message}) on the fields they name. */
function showServerErrors(form, errors) {
  const registry = form.get('formFieldInstanceRegistry');
  const byPath = {};
  registry.getAllKeyed().forEach(instance => { byPath[instance.valuePath.join('.')] = instance; });
  const state = {};
  const placed = new Map();

  errors.forEach(error => {
    const instance = byPath[(error.field || '').replace(/\[(\d+)\]/g, '.$1')];
    if (!instance) {
      return; // listed in the summary without a link
    }
    let node = state;
    const path = [instance.id, ...Object.values(instance.indexes || {})];
    path.slice(0, -1).forEach(p => { node = node[p] = node[p] || {}; });
    const last = path[path.length - 1];
    node[last] = [...(node[last] || []), error.message];
    placed.set(error, instance);
  });
  form._setState({ errors: state });
  return placed;
}

/** The element a person types in or chooses with, inside one of form-js' fields. */
function inputOf(field) {
  const label = field.querySelector('label[for]');
  const byLabel = label && document.getElementById(label.getAttribute('for'));
  return byLabel || field.querySelector('input:not([type=hidden]), textarea, select, [tabindex]:not([tabindex="-1"])');
}

/** A field's name as the person reads it, with the list item it is in ("Tiltak nr. 2, Tittel"). */
function labelOf(field) {
  const label = field.querySelector('.fjs-form-field-label, legend');
  let text = label ? label.textContent.replace(/\*\s*$/, '').trim() : '';
  const row = field.closest('.fjs-repeat-row-container');
  if (row) {
    const list = row.parentElement.closest('.fjs-form-field');
    const listLabel = list && list.querySelector('.fjs-form-field-label, legend, label');
    const rows = [...row.parentElement.children].filter(el => el.classList.contains('fjs-repeat-row-container'));
    text = formText('listItem', listLabel ? listLabel.textContent.replace(/\*\s*$/, '').trim() : '', rows.indexOf(row) + 1, text);
  }
  return text;
}

function focusField(input) {
  input.scrollIntoView({ block: 'center' });
  input.focus({ preventScroll: true });
}

function summaryLink(text, input) {
  const link = document.createElement('a');
  link.textContent = text;
  if (input.id) {
    link.href = '#' + input.id;
  } else {
    link.href = '#';
  }
  link.addEventListener('click', event => {
    event.preventDefault();
    focusField(input);
  });
  return link;
}

/** Every field form-js marks as wrong, by its label, each a link to the field. */
function clientErrorItems(container) {
  return [...container.querySelectorAll('.fjs-form-field.fjs-has-errors')]
    .filter(field => !field.querySelector('.fjs-form-field.fjs-has-errors'))
    .map(field => {
      const messages = [...field.querySelectorAll('.fjs-form-field-error li')].map(li => li.textContent).join(' ');
      return { text: formText('summaryItem', labelOf(field), messages), input: inputOf(field) };
    });
}

function showStatus(box, kind, title, items) {
  box.hidden = false;
  box.className = 'status-box ' + kind;
  box.replaceChildren();
  const heading = document.createElement('p');
  heading.className = 'status-title';
  heading.textContent = title;
  box.appendChild(heading);
  if (items && items.length) {
    const list = document.createElement('ul');
    items.forEach(item => {
      const li = document.createElement('li');
      if (item.input) {
        li.appendChild(summaryLink(item.text, item.input));
      } else {
        li.textContent = item.text;
      }
      list.appendChild(li);
    });
    box.appendChild(list);
  }
  box.focus();
}

/** Waits until form-js has drawn its latest state (Preact renders after the current task). */
function rendered() {
  return new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * A press on a button must not move focus out of the field the person is in: leaving it validates
 * it, and a message appearing there would push the button away from under the pointer before
 * the click. The click itself validates every field.
 */
function keepFocusOnPress(button) {
  button.addEventListener('mousedown', event => event.preventDefault());
}

async function renderTask(page) {
  const container = document.getElementById('task-form');
  const status = document.getElementById('task-status');
  const t = page.messages;
  // Each keystroke reaches the form's data at once (form-js waits 300 ms by default): a press on
  // "Send inn" right after typing sends what was typed.
  const form = new Form({ container, debounce: false });
  await form.importSchema(typeof page.schema === 'string' ? JSON.parse(page.schema) : page.schema, page.data || {});

  levelHeadings(container, 3);

  const api = page.apiBase + '/' + encodeURIComponent(page.taskId);
  const snapshot = () => JSON.stringify(form._getSubmitData());
  let saved = snapshot();
  let leaving = false;

  // Leaving with unsaved changes asks first; not after "Send inn" or "Lagre utkast" has kept them.
  window.addEventListener('beforeunload', event => {
    if (!leaving && snapshot() !== saved) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  const saveButton = document.getElementById('save-draft');
  const submitButton = document.getElementById('submit-task');
  keepFocusOnPress(saveButton);
  keepFocusOnPress(submitButton);

  saveButton.addEventListener('click', async () => {
    const data = snapshot();
    const response = await fetch(api + '/draft', { method: 'PUT', headers: csrfHeaders(), body: data });
    if (response.ok) {
      saved = data;
      showStatus(status, 'ok', t.draftSaved);
    } else {
      await showFailure(response);
    }
  });

  submitButton.addEventListener('click', async () => {
    const { data, errors } = form.submit();
    if (Object.keys(errors).length) {
      await rendered();
      showStatus(status, 'error', formText('summaryTitle'), clientErrorItems(container));
      return;
    }
    const response = await fetch(api + '/complete', {
      method: 'POST', headers: csrfHeaders(), body: JSON.stringify(data)
    });
    if (response.ok) {
      leaving = true;
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
      const placed = showServerErrors(form, body.errors);
      await rendered();
      const items = body.errors.map(error => {
        const instance = placed.get(error);
        const id = instance && fieldDomId(form, instance);
        const el = id && (document.getElementById(id) || container.querySelector('[id^="' + id + '-"]'));
        const field = el && el.closest('.fjs-form-field');
        return { text: error.message, input: field ? inputOf(field) : el || null };
      });
      showStatus(status, 'error', t.refused, items);
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

/**
 * The headings HR writes in a form's texts (markdown "##", "####") sit under the page's "Skjema"
 * (h2): they are told to screen readers as the levels below it, in order, without gaps.
 */
function levelHeadings(container, base) {
  let offset = null;
  let previous = base - 1;
  container.querySelectorAll('.fjs-form-field-text :is(h1, h2, h3, h4, h5, h6)').forEach(heading => {
    const own = Number(heading.tagName.substring(1));
    if (offset === null) {
      offset = base - own;
    }
    const level = Math.max(base, Math.min(own + offset, previous + 1, 6));
    if (level !== own) {
      heading.setAttribute('aria-level', String(level));
    }
    previous = level;
  });
}

/** The id form-js gives a field's input: the form's id, the field's id and the list indexes. */
function fieldDomId(form, instance) {
  const indexes = Object.values(instance.indexes || {});
  return 'fjs-form-' + form._id + '-' + instance.id + indexes.map(i => '_' + i).join('');
}

async function main() {
  const page = pageData();
  if (!page) {
    return;
  }
  for (const shown of page.readOnlyForms || []) {
    const target = document.getElementById(shown.container);
    if (target) {
      renderAnswers(target, typeof shown.schema === 'string' ? JSON.parse(shown.schema) : shown.schema, shown.data || {});
    }
  }
  if (page.schema) {
    await renderTask(page);
  }
  document.body.dataset.formsReady = 'true';
}

main();
