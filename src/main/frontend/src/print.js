// "Skriv ut" on the pages that have it: the button is shown only when this script runs (it needs it),
// and prints the page with the print stylesheet (no menu, no buttons).
document.querySelectorAll('button[data-print]').forEach(button => {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
});
