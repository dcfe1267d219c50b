// `sim workshop --html FILE`: a printable sheet, one card per participant with their join link as a
// QR code (inline SVG, made here: the sheet works offline) and the teacher's link on the first card.
import qrcode from 'qrcode-generator';
import type { Workshop } from '@duo-sim/shared';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function qrSvg(tekst: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(tekst);
  qr.make();
  return qr.createSvgTag({ cellSize: 4, margin: 2, scalable: true });
}

export function workshopBlad(workshop: Workshop, links: { docent: string; deelnemers: string[] }): string {
  const kaarten = workshop.deelnemers.map((d, i) => {
    const link = links.deelnemers[i]!;
    return `<section class="kaart">
  <h2>Deelnemer ${d.nummer}: ${escape(d.naam)}</h2>
  <div class="qr" role="img" aria-label="QR-code van de link">${qrSvg(link)}</div>
  <p class="link">${escape(link)}</p>
  <dl>
    <dt>OIN</dt><dd>${d.oin}</dd>
    <dt>Scholen</dt><dd>${d.scholen.map((s) => `${s.brin} ${escape(s.naam)}`).join('<br>')}</dd>
  </dl>
  <p class="stil">Deze link is persoonlijk: wie hem heeft, werkt als uw leverancier.</p>
</section>`;
  });
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>${escape(workshop.naam)}: links voor de deelnemers</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 1cm; }
  .kaart { break-inside: avoid; border: 1px dashed #555; padding: 0.5cm; margin-bottom: 0.5cm; }
  .qr svg { width: 5cm; height: 5cm; }
  .link { font-family: monospace; word-break: break-all; }
  .stil { color: #444; font-size: 0.9em; }
  dt { font-weight: bold; }
</style>
</head>
<body>
<h1>${escape(workshop.naam)}</h1>
<p>Knip de kaarten los en geef elke deelnemer de eigen kaart. De docentlink hoort bij de docent alleen:
<span class="link">${escape(links.docent)}</span></p>
${kaarten.join('\n')}
</body>
</html>
`;
}
