// Keyboard keys and large type, on every page of the console (also a workshop participant's).
function grootSchrift(aan: boolean): void {
  document.documentElement.classList.toggle('groot', aan);
  localStorage.setItem('grootschrift', aan ? 'ja' : 'nee');
  document.getElementById('grootschrift')?.setAttribute('aria-pressed', String(aan));
}

function inInvoer(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function registreerToetsen(): void {
  document
    .getElementById('grootschrift')
    ?.addEventListener('click', () => grootSchrift(!document.documentElement.classList.contains('groot')));
  document
    .getElementById('grootschrift')
    ?.setAttribute('aria-pressed', String(document.documentElement.classList.contains('groot')));

  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || inInvoer(e.target)) return;
    const link = document.querySelector<HTMLAnchorElement>(`nav.menu a[data-toets="${e.key}"]`);
    if (link) {
      e.preventDefault();
      location.href = link.href;
    } else if (e.key === 'g') {
      grootSchrift(!document.documentElement.classList.contains('groot'));
    } else if (e.key === '?') {
      // The footer's link: a workshop participant has a help page of its own, the operator's is not theirs.
      location.href = document.querySelector<HTMLAnchorElement>('#hulp')?.href ?? '/hulp';
    }
  });
}
