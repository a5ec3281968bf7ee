// The two configurations of this API the benchmarks measure: as deployed (the environment's
// settings, so the response cache is on) and the same with the response cache turned off through
// its environment variable. Shared by bench:api (serve.ts) and bench:client (real-server.ts).
import { readServerConfig, type ServerConfig } from '../server/config.ts';

/** The variable that bounds each server's response cache; 0 turns it off (README, "Environment variables"). */
export const CACHE_VARIABLE = 'API_RESPONSE_CACHE_MB';
/** How the server without its cache is started, as the reports name it. */
export const NO_CACHE = `${CACHE_VARIABLE}=0`;

export interface ServerConfigs {
  /** As deployed: the environment as it is. */
  cached: ServerConfig;
  /** The same environment with NO_CACHE added. */
  uncached: ServerConfig;
}

/** Both configurations, checked: the first has a cache, the second none. */
export function serverConfigs(env: NodeJS.ProcessEnv = process.env): ServerConfigs {
  const cached = readServerConfig(env);
  if (cached.responseCacheBytes === 0) {
    throw new Error(
      `${NO_CACHE} is set: the server as deployed has its response cache on (the one without it is measured anyway); unset ${CACHE_VARIABLE}`,
    );
  }
  const uncached = readServerConfig({ ...env, [CACHE_VARIABLE]: '0' });
  if (uncached.responseCacheBytes !== 0) throw new Error(`${NO_CACHE} did not turn the response cache off`);
  return { cached, uncached };
}

/** "64 MB": the bound of a configuration's response cache. */
export function cacheBound(config: ServerConfig): string {
  return `${Number((config.responseCacheBytes / 2 ** 20).toFixed(1))} MB`;
}
