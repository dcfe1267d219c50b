// The live page: an arrow in the diagram and a row in the list for every exchange, as it happens.
// When more come than a person can read, the server sends a summary: thicker arrows with counts.
import './algemeen.js';
import { luister, type Drukte, type Uitwisseling } from './stroom.js';

const SVG = 'http://www.w3.org/2000/svg';
const MAX_RIJEN = 200;
const PIJL_MS = 4000;
const NAMEN: Record<string, string> = { rio: 'RIO', osr: 'OSR', bron: 'BRON', verzuim: 'Verzuimregister' };
const TEKEN = { ok: '✔', afgewezen: '▲', fout: '✖' } as const;
const WOORD = { ok: 'gelukt', afgewezen: 'geweigerd', fout: 'fout' } as const;

const pijlen = document.getElementById('pijlen')!;
const lijst = document.getElementById('lijst') as HTMLOListElement;
const pauze = document.getElementById('pauze') as HTMLInputElement;
const drukteRegel = document.getElementById('drukte')!;

function positie(id: string): { x: number; y: number } | undefined {
  const g = document.querySelector<SVGGElement>(`[data-knoop="${CSS.escape(id)}"]`);
  const m = g?.transform.baseVal.consolidate()?.matrix;
  return m ? { x: m.e, y: m.f } : undefined;
}

function tekenPijl(van: string, naar: string, uitkomst: Uitwisseling['uitkomst'], label: string, dikte = 3): void {
  const a = positie(van) ?? positie('operator-onbekend');
  const b = positie(naar);
  if (!a || !b) return;
  // Stop short of the box, curve a little so arrows both ways do not overlap.
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const start = { x: a.x + ux * 70, y: a.y + uy * 26 };
  const eind = { x: b.x - ux * 85, y: b.y - uy * 28 };
  const bocht = { x: (start.x + eind.x) / 2 - uy * 30, y: (start.y + eind.y) / 2 + ux * 30 };
  const g = document.createElementNS(SVG, 'g');
  g.setAttribute('class', `pijl ${uitkomst}`);
  const pad = document.createElementNS(SVG, 'path');
  pad.setAttribute('d', `M ${start.x} ${start.y} Q ${bocht.x} ${bocht.y} ${eind.x} ${eind.y}`);
  pad.setAttribute('marker-end', `url(#punt-${uitkomst})`);
  pad.setAttribute('stroke-width', String(dikte));
  const tekst = document.createElementNS(SVG, 'text');
  tekst.setAttribute('x', String(bocht.x));
  tekst.setAttribute('y', String(bocht.y));
  tekst.setAttribute('text-anchor', 'middle');
  tekst.textContent = label;
  g.append(pad, tekst);
  pijlen.append(g);
  for (const id of [van, naar]) {
    const k = document.querySelector(`[data-knoop="${CSS.escape(id)}"]`);
    k?.classList.add('actief');
    setTimeout(() => k?.classList.remove('actief'), 800);
  }
  setTimeout(() => g.classList.add('vervaagd'), PIJL_MS - 1000);
  setTimeout(() => g.remove(), PIJL_MS);
}

function rij(u: Uitwisseling): HTMLLIElement {
  const li = document.createElement('li');
  li.className = `rij ${u.uitkomst} nieuw`;
  li.dataset.id = u.id;
  const tijd = document.createElement('time');
  tijd.dateTime = u.tijdstip;
  // The Dutch time of day, as the server-rendered rows show it (views/keten.ts, dutchTime).
  tijd.textContent = new Date(u.tijdstip).toLocaleTimeString('nl-NL', { timeZone: 'Europe/Amsterdam' });
  const pijl = document.createElement('span');
  pijl.innerHTML =
    '<span class="van"></span> <span aria-hidden="true">→</span><span class="visueel-verborgen">naar</span> <span class="naar"></span>';
  pijl.querySelector('.van')!.textContent = u.partijNaam;
  pijl.querySelector('.naar')!.textContent = NAMEN[u.naar] ?? u.naar;
  const op = document.createElement('code');
  op.textContent = u.operatie;
  const uit = document.createElement('span');
  uit.className = `uitkomst ${u.uitkomst}`;
  uit.textContent = `${TEKEN[u.uitkomst]} ${u.status === 0 ? 'geen antwoord' : u.status} ${WOORD[u.uitkomst]}`;
  li.append(tijd, ' ', pijl, ' ', op, ' ', uit);
  if (u.storing) {
    // The same badge as the server's (views/components.ts#storingBadge).
    const badge = document.createElement('span');
    badge.className = 'label storing';
    badge.title = `Door een storing (${u.storing.id}) zo beantwoord, niet door de keten zelf`;
    badge.textContent = `storing ${u.storing.soort}`;
    li.append(' ', badge);
  }
  if (u.foutcodes.length > 0) {
    const f = document.createElement('span');
    f.className = 'foutcodes';
    f.textContent = u.foutcodes.join(', ');
    li.append(' ', f);
  }
  const spoor = u.bericht ? `/berichten/${encodeURIComponent(u.bericht)}` : u.traceId ? `/sporen/${u.traceId}` : undefined;
  if (spoor) {
    const a = document.createElement('a');
    a.href = spoor;
    a.textContent = 'spoor';
    li.append(' ', a);
  }
  return li;
}

function voegToe(lijstNieuw: Uitwisseling[]): void {
  if (pauze.checked) return;
  document.getElementById('leeg')?.remove();
  for (const u of lijstNieuw) lijst.prepend(rij(u));
  while (lijst.children.length > MAX_RIJEN) lijst.lastElementChild!.remove();
}

luister({
  uitwisselingen(nieuw) {
    drukteRegel.hidden = true;
    for (const u of nieuw) tekenPijl(u.van, u.naar, u.uitkomst, `${u.status}${u.foutcodes.length ? ` ${u.foutcodes[0]}` : ''}`);
    voegToe(nieuw);
  },
  drukte(d: Drukte) {
    drukteRegel.hidden = false;
    drukteRegel.textContent = `Druk: ${d.aantal} uitwisselingen in een kwart seconde (${d.perUitkomst.ok} gelukt, ${d.perUitkomst.afgewezen} geweigerd, ${d.perUitkomst.fout} fout). Pijlen tonen de aantallen; de lijst toont de laatste.`;
    for (const [pijl, n] of Object.entries(d.perPijl)) {
      const [van, naar] = pijl.split('>') as [string, string];
      tekenPijl(van, naar, 'ok', `${n}×`, Math.min(12, 3 + Math.log2(n)));
    }
    voegToe(d.laatste);
  },
});

document.addEventListener('keydown', (e) => {
  if (e.key === 'p' && !(e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement))
    pauze.checked = !pauze.checked;
});
