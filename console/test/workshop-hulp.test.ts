// Help in workshop mode: the `?` key follows the footer's link, so each person gets a help page they
// may open: a participant its own (its pages and keys), the teacher the operator's with the scoreboard.
import request from 'supertest';
import { workshopConsolePerTest } from './support/workshop-world';

describe('help in workshop mode', () => {
  const { wereld, console: cut } = workshopConsolePerTest();
  const als = (token: string, path: string) => request(cut().console.app).get(path).set('cookie', `duo_sim_workshop=${token}`);
  const hulpLink = (text: string) => /<a id="hulp" href="([^"]+)">hulp<\/a>/.exec(text)?.[1];
  const toetsen = (text: string) => /Toetsen: <kbd>(\w)<\/kbd>–<kbd>(\w)<\/kbd>/.exec(text)?.slice(1);

  it('points a participant to its own help, on every page it has and on a page it has not', async () => {
    const token = wereld().tokens[0];
    for (const pad of ['/', '/deelnemer/verstuur', '/deelnemer/bundel', '/bestaat-niet', '/inspecteur']) {
      const res = await als(token, pad);
      expect({ pad, link: hulpLink(res.text), toetsen: toetsen(res.text) }).toEqual({
        pad,
        link: '/deelnemer/hulp',
        toetsen: ['1', '3'],
      });
    }
    const hulp = await als(token, '/deelnemer/hulp');
    expect(hulp.status).toBe(200);
    expect(hulp.text).toContain('<h1>Hulp</h1>');
    expect(hulp.text).toContain('Mijn leverancier');
    expect(hulp.text).not.toContain('Inspecteur');
    expect((await als(token, '/hulp')).status).toBe(404);
  });

  it("gives the teacher the operator's help with the teacher's own keys", async () => {
    const bord = await als(wereld().docent, '/docent');
    expect({ link: hulpLink(bord.text), toetsen: toetsen(bord.text) }).toEqual({ link: '/hulp', toetsen: ['0', '7'] });
    const hulp = await als(wereld().docent, '/hulp');
    expect(hulp.status).toBe(200);
    expect(hulp.text).toMatch(/<dt><kbd>0<\/kbd><\/dt>\s*<dd>Scorebord<\/dd>/);
    expect(hulp.text).not.toContain('Ketentest');
    expect((await als(wereld().docent, '/deelnemer/hulp')).status).toBe(404);
  });
});
