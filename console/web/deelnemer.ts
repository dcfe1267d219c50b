// A workshop participant's pages: the keys and large type of every page, without the operator's
// event stream (it would show the whole class's exchanges). The overview asks for its progress every
// few seconds and reloads when an opdracht is done or opened, but never while the user types.
import { registreerToetsen } from './toetsen.js';

registreerToetsen();

const opdrachten = document.querySelector('ol.opdrachten');
if (opdrachten) {
  const stand = () =>
    [...document.querySelectorAll<HTMLElement>('li.opdracht')]
      .map((li) => `${li.dataset.opdracht}:${li.classList.contains('klaar')}`)
      .join(',');
  const nu = stand();
  setInterval(() => {
    void fetch('/api/deelnemer/voortgang')
      .then((r) => r.json() as Promise<{ geopend: string[]; gedaan: string[] }>)
      .then((v) => {
        const nieuw = v.geopend.map((id) => `${id}:${v.gedaan.includes(id)}`).join(',');
        if (nieuw !== nu && !document.activeElement?.matches('input, textarea, select')) location.reload();
      })
      .catch(() => undefined);
  }, 3000);
}
