// On every page: keyboard keys, large type, and the services' state and the simulated date in the header.
import { luister, type ServiceStatus } from './stroom.js';
import { registreerToetsen } from './toetsen.js';

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

function toonVandaag(datum: string): void {
  const vandaag = document.getElementById('vandaag');
  if (vandaag) vandaag.textContent = datum;
}

registreerToetsen();

luister({ status: toonToestand, vandaag: toonVandaag });
