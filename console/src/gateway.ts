// The console's only way to the chain: the services' HTTP APIs over mTLS, as the operator (or, for
// "verstuur als", as the party the user chose), exactly as the CLI does. It never opens a database.
import {
  childSpan,
  createServiceClient,
  newTraceId,
  runInTrace,
  type ServiceClient,
  type ServiceName,
  type TlsMaterial,
} from '@duo-sim/shared';

export type Answer = { status: number; body: unknown };
/** A service that could not be reached answers with this instead of throwing. */
export type Unreachable = { onbereikbaar: string };

export interface SendOptions {
  body?: unknown;
  /** The party to act as (OIN); the operator when absent. */
  als?: string;
  /** Continue this trace (the console starts one per step it sends, so it can show it). */
  traceId?: string;
  timeoutMs?: number;
}

export interface Gateway {
  readonly operatorOin: string;
  send(service: ServiceName, method: string, path: string, options?: SendOptions): Promise<Answer | Unreachable>;
  /** Ends every connection at once; what is under way answers as unreachable. */
  close(): Promise<void>;
}

export interface GatewayDeps {
  peers: Record<ServiceName, string>;
  operatorOin: string;
  /** The TLS material of a party; throws when the party has no certificate. */
  tlsFor: (oin: string) => TlsMaterial;
}

export function isUnreachable(a: Answer | Unreachable): a is Unreachable {
  return 'onbereikbaar' in a;
}

/** A fresh trace id for something the console sends itself. */
export const newConsoleTrace = newTraceId;

export function createGateway(deps: GatewayDeps): Gateway {
  // One keep-alive client per service and party; the world has a few dozen parties at most.
  const clients = new Map<string, ServiceClient>();
  const clientFor = (service: ServiceName, oin: string, timeoutMs: number) => {
    const key = `${service}|${oin}|${timeoutMs}`;
    let client = clients.get(key);
    if (!client) {
      client = createServiceClient(deps.peers[service], deps.tlsFor(oin), { connections: 4, timeoutMs });
      clients.set(key, client);
    }
    return client;
  };
  return {
    operatorOin: deps.operatorOin,
    async send(service, method, path, options = {}) {
      const oin = options.als ?? deps.operatorOin;
      let client: ServiceClient;
      try {
        client = clientFor(service, oin, options.timeoutMs ?? 10_000);
      } catch {
        return { onbereikbaar: `Er is geen certificaat voor partij ${oin}; maak er een met npm run sim -- cert issue.` };
      }
      const ask = () => client.request(method, path, options.body);
      try {
        // The trace goes along as traceparent (http-client.ts reads the current trace).
        return await (options.traceId ? runInTrace(childSpan(options.traceId, null), ask) : ask());
      } catch (err) {
        return { onbereikbaar: (err as Error).message };
      }
    },
    async close() {
      const all = [...clients.values()];
      clients.clear();
      // Not close(): that would wait for the feed's long-polls (up to 30 s) to answer.
      await Promise.all(all.map((c) => c.destroy()));
    },
  };
}
