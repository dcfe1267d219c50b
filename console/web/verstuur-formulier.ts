// "Verstuur als": fill the form from an example, and show the schema errors while typing (the console
// checks the text against the operation's JSON Schema; at most one check a second, like everything the browser asks).
interface Operatie {
  service: string;
  methode: string;
  pad: string;
  schema?: string;
  samenvatting: string;
}
interface Foutmelding {
  foutcode: string;
  fouttekst: string;
  pointer?: string;
}

const operaties = JSON.parse(document.getElementById('operaties')!.textContent ?? '[]') as Operatie[];
const tekst = document.getElementById('tekst') as HTMLTextAreaElement;
const service = document.getElementById('service') as HTMLSelectElement;
const methode = document.getElementById('methode') as HTMLSelectElement;
const pad = document.getElementById('pad') as HTMLInputElement;
const voorbeeld = document.getElementById('voorbeeld') as HTMLSelectElement;
const fouten = document.getElementById('schemafouten')!;

/** Where an example is usually sent; the user can change it. */
function standaardVoor(bestand: string, dienst: string): { methode: string; pad: string } | undefined {
  const naam = bestand.split('/').pop() ?? '';
  if (dienst === 'bron') {
    if (naam.startsWith('identificatie')) return { methode: 'POST', pad: '/identificaties' };
    if (naam.includes('inschrijvingsstatus')) return { methode: 'POST', pad: '/informatiediensten/inschrijvingsstatus' };
    if (naam.includes('inschrijving') || naam.includes('uitschrijving')) return { methode: 'POST', pad: '/inschrijvingen' };
  }
  if (dienst === 'verzuim' && naam.startsWith('melding')) return { methode: 'POST', pad: '/meldingen' };
  const eerste = operaties.find(
    (o) => o.service === dienst && o.schema && naam.startsWith(o.schema.replace(/^[a-z]+-/, '').split('-')[0]!),
  );
  return eerste ? { methode: eerste.methode, pad: eerste.pad } : undefined;
}

let timer: number | undefined;
let laatste = '';
async function controleer(): Promise<void> {
  const vraag = JSON.stringify({ service: service.value, methode: methode.value, pad: pad.value, tekst: tekst.value });
  if (vraag === laatste) return;
  laatste = vraag;
  const res = await fetch('/api/valideer', { method: 'POST', headers: { 'content-type': 'application/json' }, body: vraag });
  if (!res.ok) return;
  const uit = (await res.json()) as { operatie: { samenvatting: string; schema: string | null } | null; fouten: Foutmelding[] };
  fouten.replaceChildren();
  const kop = document.createElement('p');
  kop.className = 'stil';
  kop.textContent = uit.operatie
    ? `${uit.operatie.samenvatting}${uit.operatie.schema ? ` · schema ${uit.operatie.schema}` : ' · zonder bericht'}`
    : 'Deze dienst kent dit pad niet met deze methode (de dienst zal dat ook zeggen).';
  fouten.append(kop);
  if (uit.fouten.length === 0) {
    if (uit.operatie?.schema) {
      const ok = document.createElement('p');
      ok.className = 'uitkomst ok';
      ok.textContent = '✔ Voldoet aan het schema.';
      fouten.append(ok);
    }
    return;
  }
  const ul = document.createElement('ul');
  for (const f of uit.fouten) {
    const li = document.createElement('li');
    li.textContent = `▲ ${f.pointer ?? ''} ${f.fouttekst}`;
    ul.append(li);
  }
  fouten.append(ul);
}
function later(): void {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => void controleer(), 1000);
}

async function laadVoorbeeld(): Promise<void> {
  const gekozen = voorbeeld.selectedOptions[0];
  if (!gekozen || !gekozen.value) return;
  const res = await fetch(`/api/voorbeelden/${gekozen.value}`);
  if (!res.ok) return;
  tekst.value = await res.text();
  const dienst = gekozen.dataset.service ?? service.value;
  service.value = dienst;
  const standaard = standaardVoor(gekozen.value, dienst);
  if (standaard) {
    methode.value = standaard.methode;
    pad.value = standaard.pad;
  }
  later();
}
voorbeeld.addEventListener('change', () => void laadVoorbeeld());
for (const el of [tekst, service, methode, pad]) el.addEventListener('input', later);
for (const el of [service, methode]) el.addEventListener('change', later);
later();
