/**
 * Collectors as plain data and back, to cross from a worker thread (structured clone keeps Maps and
 * Sets but not classes).
 */
import { Collector, type CollectorSettings } from './collector.js';
import { Identities, type PlainIdentities } from './identities.js';
import { Tally } from './tally.js';

type Plain<T> = { [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: T[K] };

export type PlainTally = Plain<Tally>;
export interface PlainCollector {
  overall: PlainTally;
  byRawUnit: Map<string, PlainTally>;
  byLevel: Map<string, PlainTally>;
  identities: PlainIdentities;
  rest: Omit<Plain<Collector>, 'overall' | 'byRawUnit' | 'byLevel' | 'identities' | 'settings' | 'groupBy'>;
}

function tallyToPlain(t: Tally): PlainTally {
  const { materialized: _cache, ...plain } = t as unknown as Record<string, unknown>;
  return plain as unknown as PlainTally;
}

function tallyFromPlain(p: PlainTally, crosses: CollectorSettings['crosses']): Tally {
  return Object.assign(new Tally(crosses ?? []), p);
}

export function toPlain(c: Collector): PlainCollector {
  const {
    overall,
    byRawUnit,
    byLevel,
    identities,
    settings: _settings,
    seen: _seen,
    ...rest
  } = c as unknown as Record<string, unknown> & Pick<Collector, 'overall' | 'byRawUnit' | 'byLevel' | 'identities'>;
  return {
    overall: tallyToPlain(overall),
    byRawUnit: new Map([...byRawUnit].map(([k, t]) => [k, tallyToPlain(t)])),
    byLevel: new Map([...byLevel].map(([k, t]) => [k, tallyToPlain(t)])),
    identities: identities.toPlain(),
    rest: rest as PlainCollector['rest'],
  };
}

export function fromPlain(p: PlainCollector, settings: CollectorSettings): Collector {
  const c = new Collector(settings);
  Object.assign(c.overall, tallyFromPlain(p.overall, settings.crosses));
  for (const [k, t] of p.byRawUnit) c.byRawUnit.set(k, tallyFromPlain(t, settings.crosses));
  for (const [k, t] of p.byLevel) c.byLevel.set(k, tallyFromPlain(t, settings.crosses));
  Object.assign(c, p.rest);
  c.identities = Identities.fromPlain(p.identities);
  return c;
}
