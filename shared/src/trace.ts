// W3C Trace Context (traceparent) for the chain: every exchange belongs to a trace, and everything
// one bericht causes (BRON asking OSR and RIO, verzuim asking BRON, the pushes of the berichten it
// placed) carries that trace's id, so the console can show one bericht as a timeline (docs/console.md).
import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';

/** A peer answer the service took from its in-process cache instead of asking (change-signal.ts). */
export interface RememberedAnswer {
  peer: string;
  method: string;
  path: string;
  status: number;
}

export interface TraceContext {
  traceId: string;
  /** This exchange's own span. */
  spanId: string;
  /** The caller's span, when the caller sent a valid traceparent. */
  parentSpanId: string | null;
  /** Filled while the exchange runs; the journal keeps it with the exchange. */
  remembered: RememberedAnswer[];
}

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const storage = new AsyncLocalStorage<TraceContext>();

export const newTraceId = (): string => randomBytes(16).toString('hex');
export const newSpanId = (): string => randomBytes(8).toString('hex');

/** The trace id and parent span of a valid traceparent header (version 00 rules), else null. */
export function parseTraceparent(header: unknown): { traceId: string; parentSpanId: string } | null {
  if (typeof header !== 'string') return null;
  const m = TRACEPARENT.exec(header.trim());
  if (!m) return null;
  const [, version, traceId, parentSpanId] = m as unknown as [string, string, string, string];
  // An all-zero id is invalid by the spec; version ff is forbidden.
  if (version === 'ff' || /^0+$/.test(traceId) || /^0+$/.test(parentSpanId)) return null;
  return { traceId, parentSpanId };
}

/** A new span: in the caller's trace when it sent a valid traceparent, else in a new trace. */
export function traceFromHeader(header: unknown): TraceContext {
  const parent = parseTraceparent(header);
  return parent
    ? { traceId: parent.traceId, spanId: newSpanId(), parentSpanId: parent.parentSpanId, remembered: [] }
    : { traceId: newTraceId(), spanId: newSpanId(), parentSpanId: null, remembered: [] };
}

/** A new span in a known trace (the push of a bericht placed by an earlier exchange). */
export function childSpan(traceId: string, parentSpanId: string | null): TraceContext {
  return { traceId, spanId: newSpanId(), parentSpanId, remembered: [] };
}

export function traceparentOf(ctx: Pick<TraceContext, 'traceId' | 'spanId'>): string {
  return `00-${ctx.traceId}-${ctx.spanId}-01`;
}

export function currentTrace(): TraceContext | undefined {
  return storage.getStore();
}

export function runInTrace<T>(ctx: TraceContext, fn: () => T): T {
  return storage.run(ctx, fn);
}

/** `fn` will run in the trace that is current now, whoever calls it later (a shared flush, a timer). */
export function bindToCurrentTrace<T>(fn: () => T): () => T {
  return AsyncResource.bind(fn);
}
