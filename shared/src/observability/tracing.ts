import {
  context, propagation, trace, ROOT_CONTEXT, SpanKind, SpanStatusCode, type Context, type Span, type TextMapSetter,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import {
  AlwaysOffSampler, AlwaysOnSampler, BasicTracerProvider, BatchSpanProcessor, ConsoleSpanExporter, ParentBasedSampler,
  SimpleSpanProcessor, TraceIdRatioBasedSampler, type Sampler, type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import type { TelemetryConfig } from '../config';

/**
 * OpenTelemetry tracing. Context propagation (W3C traceparent, async context) is always installed, so a
 * caller's trace id reaches the access logs and the subgraphs even with tracing off; spans are recorded
 * and exported only when OTEL_TRACES_EXPORTER says so (off by default). Spans are made here by hand
 * (HTTP server span per request, one per gateway→subgraph fetch, one per SQL statement) rather than by
 * require-hook auto-instrumentation, which depends on load order; @apollo/gateway adds its own
 * plan/execute/fetch spans through the same global API.
 */
export const TRACER_NAME = '@lsp/shared';
export const tracer = () => trace.getTracer(TRACER_NAME);

let propagationInstalled = false;
export function ensureContextPropagation(): void {
  if (propagationInstalled) return;
  propagationInstalled = true;
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
}

function samplerOf(cfg: TelemetryConfig): Sampler {
  const ratio = new TraceIdRatioBasedSampler(cfg.OTEL_TRACES_SAMPLER_ARG ?? 1);
  switch (cfg.OTEL_TRACES_SAMPLER) {
    case 'always_on': return new AlwaysOnSampler();
    case 'always_off': return new AlwaysOffSampler();
    case 'traceidratio': return ratio;
    case 'parentbased_always_off': return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio': return new ParentBasedSampler({ root: ratio });
    default: return new ParentBasedSampler({ root: new AlwaysOnSampler() });
  }
}

function headersOf(spec: string | undefined): Record<string, string> {
  return Object.fromEntries((spec ?? '').split(',').map((kv) => kv.split('=')).filter((p) => p.length >= 2 && p[0].trim()).map(([k, ...v]) => [k.trim(), decodeURIComponent(v.join('=').trim())]));
}

/**
 * Starts tracing for this process from the OTEL_* configuration; returns a stop function (flushes spans).
 * `exporter` overrides the configured one (tests pass an in-memory exporter).
 */
export function startTracing(service: string, cfg: TelemetryConfig, exporter?: SpanExporter): () => Promise<void> {
  ensureContextPropagation();
  let chosen = exporter;
  if (!chosen && !cfg.OTEL_SDK_DISABLED) {
    if (cfg.OTEL_TRACES_EXPORTER === 'console') chosen = new ConsoleSpanExporter();
    if (cfg.OTEL_TRACES_EXPORTER === 'otlp') {
      const url = cfg.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? `${(cfg.OTEL_EXPORTER_OTLP_ENDPOINT ?? 'http://localhost:4318').replace(/\/$/, '')}/v1/traces`;
      chosen = new OTLPTraceExporter({ url, headers: headersOf(cfg.OTEL_EXPORTER_OTLP_HEADERS) });
    }
  }
  if (!chosen) return async () => undefined;
  const provider = new BasicTracerProvider({
    resource: new Resource({ 'service.name': cfg.OTEL_SERVICE_NAME ?? service }),
    sampler: samplerOf(cfg),
    spanProcessors: [exporter ? new SimpleSpanProcessor(chosen) : new BatchSpanProcessor(chosen)],
  });
  trace.setGlobalTracerProvider(provider);
  return async () => {
    await provider.shutdown();
    trace.disable();
  };
}

const headerSetter: TextMapSetter<{ set(k: string, v: string): void }> = { set: (carrier, key, value) => carrier.set(key, value) };

/** Writes traceparent (and tracestate) of the active context into outgoing request headers. */
export function injectTraceHeaders(headers: { set(k: string, v: string): void } | undefined): void {
  if (headers) propagation.inject(context.active(), headers, headerSetter);
}

/** The server span of an incoming HTTP request, child of the caller's traceparent when one is sent. */
export function startServerSpan(service: string, name: string, headers: Record<string, string | string[] | undefined>): { span: Span; ctx: Context; traceId?: string } {
  const parent = propagation.extract(ROOT_CONTEXT, headers);
  const span = tracer().startSpan(name, { kind: SpanKind.SERVER, attributes: { 'lsp.service': service } }, parent);
  const ctx = trace.setSpan(parent, span);
  const sc = span.spanContext();
  const traceId = trace.isSpanContextValid(sc) ? sc.traceId : undefined;
  return { span, ctx, traceId };
}

/** Runs `fn` in a client span (SQL statement, subgraph fetch) when the current request is being traced. */
export async function inClientSpan<T>(name: string, attributes: Record<string, string | number>, fn: () => Promise<T>): Promise<T> {
  const active = trace.getActiveSpan();
  if (!active || !active.isRecording()) return fn();
  const span = tracer().startSpan(name, { kind: SpanKind.CLIENT, attributes });
  try {
    return await context.with(trace.setSpan(context.active(), span), fn);
  } catch (err) {
    span.recordException(err as Error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
    throw err;
  } finally {
    span.end();
  }
}
