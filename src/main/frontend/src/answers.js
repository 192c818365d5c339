// The answers to a form as a person reads them: each question's label with the answer beside it in
// a definition list, options by their labels, dates as dd.mm.åååå, a list's items one by one.
import { formText } from './texts.js';

const NOT_ANSWERS = new Set(['text', 'separator', 'spacer', 'button', 'image', 'html', 'iframe', 'table', 'expression', 'default']);

function valueAt(data, key) {
  return String(key).split('.').reduce((node, part) => (node == null ? undefined : node[part]), data);
}

function isEmpty(value) {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function optionLabel(component, value) {
  const option = (component.values || []).find(o => o.value === value);
  return option ? option.label : String(value);
}

function day(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(String(value));
  return m ? `${m[3]}.${m[2]}.${m[1]}` + (m[4] ? ' ' + m[4] : '') : String(value);
}

function answerText(component, value) {
  switch (component.type) {
    case 'checkbox':
      return value ? formText('answersYes') : formText('answersNo');
    case 'radio':
    case 'select':
      return optionLabel(component, value);
    case 'checklist':
    case 'taglist':
      return [].concat(value).map(v => optionLabel(component, v)).join(', ');
    case 'datetime':
      return day(value);
    default:
      return String(value);
  }
}

function term(dl, text) {
  const dt = document.createElement('dt');
  dt.textContent = text;
  dl.appendChild(dt);
}

function definition(dl, text, className) {
  const dd = document.createElement('dd');
  dd.textContent = text;
  if (className) {
    dd.className = className;
  }
  dl.appendChild(dd);
  return dd;
}

function appendAnswers(dl, components, data) {
  for (const c of components || []) {
    if (c.type === 'group' && !c.path) {
      appendAnswers(dl, c.components, data);
      continue;
    }
    if (c.type === 'group') {
      appendAnswers(dl, c.components, valueAt(data, c.path) || {});
      continue;
    }
    if (c.type === 'dynamiclist') {
      const items = valueAt(data, c.path) || [];
      items.forEach((item, i) => {
        term(dl, `${c.label || ''} ${i + 1}`.trim());
        const dd = definition(dl, '');
        const inner = document.createElement('dl');
        inner.className = 'answers';
        appendAnswers(inner, c.components, item || {});
        dd.appendChild(inner);
      });
      continue;
    }
    if (!c.key || NOT_ANSWERS.has(c.type) || !c.label) {
      continue;
    }
    const value = valueAt(data, c.key);
    term(dl, c.label);
    if (isEmpty(value)) {
      definition(dl, formText('answersNone'), 'unanswered');
    } else {
      definition(dl, answerText(c, value), c.type === 'textarea' ? 'prewrap' : null);
    }
  }
}

/** Draws the answers into the element, replacing what it held. */
export function renderAnswers(target, schema, data) {
  const dl = document.createElement('dl');
  dl.className = 'answers';
  appendAnswers(dl, schema.components, data);
  target.replaceChildren(dl);
}
