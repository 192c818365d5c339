// The texts of form-js and its date picker in the page's language. They come from Årshjul's
// message files: templates/task.html writes them into #form-texts as data attributes, and
// build.mjs makes form-js call formText() where it had English literals.

function texts() {
  const el = document.getElementById('form-texts');
  return el ? el.dataset : {};
}

/** The text for a key, with {0}, {1}… replaced by the arguments. */
export function formText(key, ...args) {
  const text = texts()[key];
  if (text === undefined) {
    return key;
  }
  return text.replace(/\{(\d+)\}/g, (all, i) => (args[i] === undefined ? all : String(args[i])));
}

function list(key) {
  return formText(key).split(',').map(s => s.trim());
}

/** flatpickr's options for the calendar: the page's language, weeks from Monday. */
export function datePickerConfig() {
  return {
    locale: {
      firstDayOfWeek: 1,
      weekdays: { shorthand: list('weekdaysShort'), longhand: list('weekdaysLong') },
      months: { shorthand: list('monthsShort'), longhand: list('monthsLong') },
      rangeSeparator: ' – ',
      weekAbbreviation: formText('weekAbbreviation'),
      scrollTitle: formText('scrollTitle'),
      toggleTitle: formText('toggleTitle'),
      yearAriaLabel: formText('yearAriaLabel'),
      monthAriaLabel: formText('monthAriaLabel'),
      time_24hr: true,
      ordinal: () => '.',
    },
    ariaDateFormat: formText('ariaDateFormat'),
  };
}
