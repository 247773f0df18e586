// Starting and stopping the HTTP server: store + engine + Hono app on @hono/node-server.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createEngine, type Engine } from '../pipeline/engine.ts';
import { engineVersion, type Analyzer } from '../ingest/analyzer.ts';
import type { Store } from '../store/types.ts';
import { createApp } from './app.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_UI_DIR = resolve(ROOT, 'dist/ui');
export const DEFAULT_PORT = 8787;

/** True for hosts only this machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/** Why a server with these settings must not start, or null. */
export function refuseReason(host: string, token: string | null | undefined): string | null {
  if (isLoopback(host) || (token && token.length > 0)) {
    if (token !== undefined && token !== null && token.length > 0 && token.length < 16) return 'the token is shorter than 16 characters; use a long random one (e.g. `openssl rand -hex 24`)';
    return null;
  }
  return `--host ${host} is not a loopback address: give a token for the write endpoints with --token or MARSAD_TOKEN (or serve on 127.0.0.1)`;
}

export interface ServeOptions {
  readonly store: Store;
  readonly host?: string;
  /** 0 = a free port chosen by the system. */
  readonly port?: number;
  readonly token?: string | null;
  readonly uiDir?: string | null;
  readonly kbDirs?: readonly string[];
  /** A ready engine (tests share one); otherwise created on first use. */
  readonly engine?: Engine;
  /** Reuse of aggregates in ms (default 30 s; 0 = off, e.g. for benchmarks). */
  readonly cacheMs?: number;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly host: string;
  close(): Promise<void>;
}

export function lazyEngine(kbDirs: readonly string[] = [], ready?: Engine): { engine: () => Engine; analyzer: () => Analyzer } {
  let engine: Engine | null = ready ?? null;
  let analyzer: Analyzer | null = null;
  const get = (): Engine => (engine ??= createEngine({ kbDirs: [...kbDirs] }));
  return {
    engine: get,
    analyzer: () =>
      (analyzer ??= {
        version: engineVersion([...kbDirs]),
        analyze: (a) => get().analyze({ text: a.text, published: a.published ?? null, ...(a.id ? { id: a.id } : {}), ...(a.lang ? { lang: a.lang } : {}) }),
      }),
  };
}

export async function startServer(o: ServeOptions): Promise<RunningServer> {
  const host = o.host ?? '127.0.0.1';
  const why = refuseReason(host, o.token);
  if (why) throw new Error(why);
  const { engine, analyzer } = lazyEngine(o.kbDirs, o.engine);
  const app = createApp({
    store: o.store,
    engine,
    analyzer,
    token: o.token ?? null,
    uiDir: o.uiDir === undefined ? DEFAULT_UI_DIR : o.uiDir,
    loopbackOnly: isLoopback(host),
    ...(o.cacheMs !== undefined ? { cacheMs: o.cacheMs } : {}),
  });
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: o.port ?? DEFAULT_PORT }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolvePromise({
        url: `http://${shown}:${info.port}/`,
        port: info.port,
        host,
        close: () =>
          new Promise<void>((res) => {
            const s = server as unknown as { close(cb: () => void): void; closeAllConnections?: () => void };
            s.close(() => res());
            s.closeAllConnections?.();
          }),
      });
    });
    server.once('error', (e: NodeJS.ErrnoException) => {
      reject(e.code === 'EADDRINUSE' ? new Error(`port ${o.port} on ${host} is already in use; choose another with --port`) : e);
    });
  });
}
