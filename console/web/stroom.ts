// The one event stream of a page (server-sent events from the console): every page shows the
// services' state and the simulated date from it; the live page also draws the exchanges. Shared types with the server.
export type Uitkomst = 'ok' | 'afgewezen' | 'fout';

export interface Uitwisseling {
  id: string;
  service: string;
  seq: number;
  tijdstip: string;
  vandaag: string;
  van: string;
  naar: string;
  partij: string | null;
  partijNaam: string;
  operatie: string;
  status: number;
  uitkomst: Uitkomst;
  foutcodes: string[];
  duurMs: number;
  traceId: string | null;
  bericht: string | null;
  /** The injected fault that hit the exchange (docs/storingen.md). */
  storing: { id: string; soort: string } | null;
}

export interface Drukte {
  aantal: number;
  perUitkomst: Record<Uitkomst, number>;
  perPijl: Record<string, number>;
  laatste: Uitwisseling[];
}

export interface ServiceStatus {
  service: string;
  bereikbaar: boolean;
  fout?: string;
  sinds: string;
}

export interface StroomHandlers {
  uitwisselingen?(lijst: Uitwisseling[]): void;
  drukte?(d: Drukte): void;
  status?(lijst: ServiceStatus[]): void;
  /** The simulated date of the newest exchange, when it changes (the header's #vandaag). */
  vandaag?(datum: string): void;
}

let bron: EventSource | undefined;
const handlers: StroomHandlers[] = [];

export function luister(h: StroomHandlers): void {
  handlers.push(h);
  if (bron) return;
  bron = new EventSource('/api/stroom');
  const on = <T>(event: keyof StroomHandlers) =>
    bron!.addEventListener(event, (e) => {
      const data = JSON.parse((e as MessageEvent<string>).data) as T;
      for (const x of handlers) (x[event] as ((d: T) => void) | undefined)?.(data);
    });
  on<Uitwisseling[]>('uitwisselingen');
  on<Drukte>('drukte');
  on<ServiceStatus[]>('status');
  on<string>('vandaag');
  bron.addEventListener('error', () => {
    const storing = document.getElementById('storing');
    if (storing && bron?.readyState !== EventSource.OPEN) {
      storing.hidden = false;
      storing.textContent = '✖ De console zelf is niet bereikbaar; de pagina probeert het opnieuw.';
    }
  });
}
