// On every page: keyboard keys, large type, and the services' state in the header.
import { luister, type ServiceStatus } from './stroom.js';

const NAMEN: Record<string, string> = { rio: 'RIO', osr: 'OSR', bron: 'BRON', verzuim: 'Verzuimregister' };
const toestand = new Map<string, ServiceStatus>();

function toonToestand(lijst: ServiceStatus[]): void {
  for (const s of lijst) toestand.set(s.service, s);
  for (const s of toestand.values()) {
    const li = document.querySelector<HTMLElement>(`#diensten [data-dienst="${s.service}"]`);
    if (!li) continue;
    li.classList.toggle('op', s.bereikbaar);
    li.classList.toggle('neer', !s.bereikbaar);
    li.title = s.fout ?? '';
    li.querySelector('.teken')!.textContent = s.bereikbaar ? '●' : '✖';
    li.querySelector('.toestand')!.textContent = s.bereikbaar ? 'bereikbaar' : 'niet bereikbaar';
  }
  const neer = [...toestand.values()].filter((s) => !s.bereikbaar);
  const storing = document.getElementById('storing');
  if (!storing) return;
  storing.hidden = neer.length === 0;
  storing.textContent =
    neer.length === 0
      ? ''
      : `✖ Niet bereikbaar: ${neer.map((s) => NAMEN[s.service] ?? s.service).join(', ')}. De console werkt door met de andere diensten.`;
}

function grootSchrift(aan: boolean): void {
  document.documentElement.classList.toggle('groot', aan);
  localStorage.setItem('grootschrift', aan ? 'ja' : 'nee');
  document.getElementById('grootschrift')?.setAttribute('aria-pressed', String(aan));
}

function inInvoer(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

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
    location.href = '/hulp';
  }
});

luister({ status: toonToestand });
