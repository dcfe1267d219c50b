// The console app on fake services (fake-chain.ts), with the seed world's parties and the real schemas.
import {
  createPartyRegistry,
  createSchemaRegistry,
  DEFAULT_FIXTURES_DIR,
  loadParties,
  type SchemaRegistry,
} from '@duo-sim/shared';
import { join } from 'node:path';
import { createApp, type ConsoleApp, type ConsoleDeps } from '../../src/app';
import { createJournalFeed, type JournalFeed } from '../../src/feed';
import { createRuleBook } from '../../src/rules';
import { PUBLIC_DIR, SWAGGER_DIR } from '../../src/start';
import { createFakeChain, type FakeChain } from './fake-chain';

let schemas: SchemaRegistry | undefined;

export interface ConsoleUnderTest {
  chain: FakeChain;
  feed: JournalFeed;
  console: ConsoleApp;
  close(): Promise<void>;
}

export function startConsoleUnderTest(options: { venster?: number; workshop?: ConsoleDeps['workshop'] } = {}): ConsoleUnderTest {
  const chain = createFakeChain();
  const feed = createJournalFeed({ gateway: chain, venster: options.venster ?? 1000, wachtS: 1, retryMs: 20 });
  const app = createApp({
    gateway: chain,
    feed,
    rules: createRuleBook(chain),
    parties: createPartyRegistry(loadParties(join(DEFAULT_FIXTURES_DIR, 'parties.json'))),
    peers: {
      rio: 'https://localhost:9441',
      osr: 'https://localhost:9442',
      bron: 'https://localhost:9443',
      verzuim: 'https://localhost:9444',
    },
    schemas: () => (schemas ??= createSchemaRegistry()),
    publicDir: PUBLIC_DIR,
    swaggerDir: SWAGGER_DIR,
    ...(options.workshop ? { workshop: options.workshop } : {}),
  });
  feed.start();
  return {
    chain,
    feed,
    console: app,
    async close() {
      app.close();
      await feed.stop();
    },
  };
}

export async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}
