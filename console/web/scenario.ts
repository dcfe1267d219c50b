// Scenario page: "v" plays the next step, as the button does.
import './algemeen.js';
document.addEventListener('keydown', (e) => {
  if (e.key !== 'v' || e.altKey || e.ctrlKey || e.metaKey) return;
  const el = e.target as HTMLElement | null;
  if (el && ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) return;
  const knop = document.getElementById('volgende-stap') as HTMLButtonElement | null;
  if (knop && !knop.disabled) {
    knop.disabled = true;
    knop.form?.submit();
  }
});
// A double click must not play two steps.
document
  .querySelectorAll<HTMLFormElement>('form')
  .forEach((f) => f.addEventListener('submit', () => f.querySelectorAll('button').forEach((b) => (b.disabled = true))));
