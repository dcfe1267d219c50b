// The rule texts come from the services' GET /regels; a service that was down is asked again soon.
import { createRuleBook } from '../src/rules';
import { createFakeChain } from './support/fake-chain';

const REGEL = {
  id: 'VZM-12',
  titel: 'Status',
  tekst: 'Een afgesloten melding gaat niet terug.',
  herkomst: 'SIM',
  foutcodes: ['VZM-12'],
};

describe('rule book', () => {
  it('finds a foutcode’s rule by its foutcodes or its id, the answering service’s own first', async () => {
    const chain = createFakeChain();
    chain.regels.verzuim = [REGEL];
    chain.regels.bron = [
      { ...REGEL, tekst: 'BRON’s tekst' },
      { id: 'BRON-14', titel: 'x', tekst: 'y', herkomst: 'ECHT', foutcodes: [] },
    ];
    const book = createRuleBook(chain);
    expect((await book.regelVoor('VZM-12', 'verzuim'))?.tekst).toBe(REGEL.tekst);
    expect((await book.regelVoor('VZM-12', 'bron'))?.tekst).toBe('BRON’s tekst');
    expect((await book.regelVoor('BRON-14'))?.service).toBe('bron');
    expect(await book.regelVoor('ONBEKEND')).toBeUndefined();
  });

  it('ignores what is not a rule, and asks a service that was down again after seconds, not a minute', async () => {
    const chain = createFakeChain();
    chain.regels.verzuim = [REGEL, { id: 'kapot' }];
    chain.down.add('verzuim');
    let t = 0;
    const book = createRuleBook(chain, () => t);
    expect(await book.regelVoor('VZM-12')).toBeUndefined();
    chain.down.delete('verzuim');
    t = 6_000;
    expect((await book.regelVoor('VZM-12'))?.id).toBe('VZM-12');
    expect((await book.alle()).map((r) => r.id)).toEqual(['VZM-12']);
  });

  it('keeps the rules a minute, then reads them again (docs/console.md)', async () => {
    const chain = createFakeChain();
    chain.regels.verzuim = [REGEL];
    let t = 0;
    const book = createRuleBook(chain, () => t);
    expect((await book.regelVoor('VZM-12'))?.tekst).toBe(REGEL.tekst);
    chain.regels.verzuim = [{ ...REGEL, tekst: 'Nieuwe tekst.' }];
    t = 59_000;
    expect((await book.regelVoor('VZM-12'))?.tekst).toBe(REGEL.tekst);
    t = 61_000;
    expect((await book.regelVoor('VZM-12'))?.tekst).toBe('Nieuwe tekst.');
  });
});
