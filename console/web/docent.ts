// The teacher's scoreboard: when the event stream shows new exchanges, ask for the scoreboard again
// (at most twice a second) and put it in place.
import './algemeen.js';
import { luister } from './stroom.js';

let bezig = false;
let nogEens = false;
function vernieuw(): void {
  if (bezig) {
    nogEens = true;
    return;
  }
  bezig = true;
  void fetch('/api/docent/scorebord')
    .then((r) => r.json() as Promise<{ html: string }>)
    .then((b) => {
      const vak = document.getElementById('scorebord-vak');
      // The server made this markup with its escaping html template (console/src/html.ts).
      if (vak) vak.innerHTML = b.html;
    })
    .catch(() => undefined)
    .finally(() => {
      setTimeout(() => {
        bezig = false;
        if (nogEens) {
          nogEens = false;
          vernieuw();
        }
      }, 500);
    });
}
luister({ uitwisselingen: vernieuw, drukte: vernieuw });
