// Bundles the browser code into the app's static resources (Maven sets OUT_DIR to target/classes/static).
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const out = resolve(process.env.OUT_DIR || '../../../target/classes/static', 'js');

/*
 * form-js 1.8.7 has no translation mechanism: its few texts are English literals in the viewer's
 * code. This plugin replaces each literal, in the viewer's module as it is bundled, with a call to
 * formText() (src/texts.js), which reads the texts the page took from Årshjul's message files.
 * Every replacement must match exactly as often as listed, so a form-js upgrade that changes a text
 * fails the build instead of showing English.
 */
const TEXTS = resolve('src/texts.js');
const REPLACEMENTS = [
  // the select's placeholder and the search fields of select and tag list
  ["children: valueLabel || 'Select'", "children: valueLabel || formText('select')", 1],
  ["placeholder: 'Search',", "placeholder: formText('search'),", 1],
  ["placeholder: disabled || readonly ? undefined : 'Search',", "placeholder: disabled || readonly ? undefined : formText('search'),", 1],
  ["emptyListMessage = 'No results',", "emptyListMessage = formText('noResults'),", 1],
  ["emptyListMessage: hasOptionsLeft ? 'No results' : 'All values selected',",
    "emptyListMessage: hasOptionsLeft ? formText('noResults') : formText('allSelected'),", 1],
  ['label: "Skip to search",', "label: formText('skipToSearch'),", 1],
  ['title: "Remove tag",', "title: formText('removeTag'),", 1],
  ['"aria-label": "Increment",', "\"aria-label\": formText('increment'),", 1],
  ['"aria-label": "Decrement",', "\"aria-label\": formText('decrement'),", 1],
  // dynamic lists (the measures in the minutes, the plan's measures)
  ["\" \", 'Add new']", "\" \", formText('addNew', repeaterField.label || '')]", 1],
  ["\" \", `Expand all (${values.length})`]", "\" \", formText('expandAll', values.length)]", 1],
  ["\" \", 'Collapse']", "\" \", formText('collapse')]", 1],
  ['"aria-label": `Remove list item ${itemIndex + 1}`,', "\"aria-label\": formText('removeItem', itemIndex + 1, repeaterField.label || ''),", 1],
  // the date field: Norwegian order of day, month and year whatever the browser's language,
  // the placeholder in the page's language, and flatpickr's calendar in it with Monday first
  ["function getLocaleDateFormat(locale = 'default')", "function getLocaleDateFormat(locale = 'nb-NO')", 1],
  ['placeholder: getLocaleReadableDateFormat(),', "placeholder: formText('dateFormat'),", 1],
  ['let config = {\n      allowInput: true,', 'let config = {\n      allowInput: true,\n      ...datePickerConfig(),', 1],
  // the validator's messages
  ["errors.push('Value is not a number.');", "errors.push(formText('notANumber'));", 1],
  ["errors.push('Value is expected to ' + (decimalDigits === 0 ? 'be an integer' : `have at most ${decimalDigits} decimal digit${decimalDigits > 1 ? 's' : ''}`) + '.');",
    "errors.push(decimalDigits === 0 ? formText('integer') : formText('decimals', decimalDigits));", 1],
  ['errors.push(`Please select a valid value, the two nearest valid values are ${previousValue} and ${nextValue}.`);',
    "errors.push(formText('step', previousValue, nextValue));", 1],
  ['errors.push(`Field must match pattern ${validation.pattern}.`);', "errors.push(formText('pattern'));", 1],
  ["errors.push('Field is required.');", "errors.push(formText('required'));", 1],
  ['errors.push(`Field must have minimum value of ${validation.min}.`);', "errors.push(formText('min', validation.min));", 1],
  ['errors.push(`Field must have maximum value of ${validation.max}.`);', "errors.push(formText('max', validation.max));", 1],
  ['errors.push(`Field must have minimum length of ${validation.minLength}.`);', "errors.push(formText('minLength', validation.minLength));", 1],
  ['errors.push(`Field must have maximum length of ${validation.maxLength}.`);', "errors.push(formText('maxLength', validation.maxLength));", 1],
  ["errors.push('Field must be a valid  international phone number. (e.g. +4930664040900)');", "errors.push(formText('phone'));", 1],
  ["errors.push('Field must be a valid email.');", "errors.push(formText('email'));", 1],
  ["['Date and time must both be entered.', ...errors]", "[formText('dateAndTime'), ...errors]", 1],
];

const formJsTexts = {
  name: 'form-js-texts',
  setup(build) {
    build.onLoad({ filter: /form-js-viewer[\\/]dist[\\/]index\.es\.js$/ }, async args => {
      let code = await readFile(args.path, 'utf8');
      for (const [from, to, times] of REPLACEMENTS) {
        const found = code.split(from).length - 1;
        if (found !== times) {
          throw new Error(`form-js text patch: expected ${times} of ${JSON.stringify(from)}, found ${found}`);
        }
        code = code.split(from).join(to);
      }
      code = `import { formText, datePickerConfig } from ${JSON.stringify(TEXTS)};\n` + code;
      return { contents: code, loader: 'js' };
    });
  },
};

await esbuild.build({
  entryPoints: { forms: 'src/forms.js', charts: 'src/charts.js', print: 'src/print.js' },
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'iife',
  target: ['es2020'],
  outdir: out,
  legalComments: 'linked',
  logLevel: 'warning',
  plugins: [formJsTexts],
});
console.log('Bundled forms.js, forms.css, charts.js and print.js into ' + out);
