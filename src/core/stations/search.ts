/**
 * The nearest stations that offer what was asked for, with their open-now status.
 *
 *   nearestStations(pack.stations, { from: { lat: 31.3003, lon: 121.514 }, services: ['charging'], now, timeZone })
 *   // → { hits: [{ station: 合生汇暖心驿站, distance: 168, status: { open: true, … } }, …], relaxed: false }
 */
import type { Station } from '../content/schema.js';
import type { GeoPoint } from '../types.js';
import { distanceMeters } from './geo.js';
import { isAllDay, openStatus, type OpenStatus } from './hours.js';
import type { Service } from './query.js';

/** Beyond this distance from every station a place is "not near any station" (the sample district is ~6 km across). */
export const NEARBY_LIMIT_M = 5000;

export interface StationHit {
  station: Station;
  /** Metres from the asker's point; absent when the asker gave no location. */
  distance?: number;
  status: OpenStatus;
}

export interface StationSearch {
  from?: GeoPoint;
  services: readonly Service[];
  /** Only stations open round the clock. */
  allDay?: boolean;
  now: Date;
  timeZone: string;
  limit?: number;
  /** A station the asker named ("X驿站几点开门", "X驿站有热水吗"): listed first whatever it offers. */
  named?: string;
}

export interface StationResults {
  hits: StationHit[];
  /** No station offers everything asked for: these are the nearest ones regardless. */
  relaxed: boolean;
  /** The point is farther than NEARBY_LIMIT_M from every station. */
  outside: boolean;
  /** When none of the hits is open now: the nearest matching station that is. */
  nearestOpen?: StationHit;
}

/**
 * Services another one gives too: water to drink wherever there is hot water (开水), as workers drink it
 * (南山书城附近有没有喝水歇脚的地方: the station with hot water next door, not one with a water dispenser farther).
 */
const ALSO_GIVEN_BY: Partial<Record<Service, Service>> = { 'drinking-water': 'hot-water' };

function offers(station: Station, service: Service): boolean {
  const by = ALSO_GIVEN_BY[service];
  return station.services.includes(service) || (by !== undefined && station.services.includes(by));
}

export function matches(station: Station, services: readonly Service[], allDay: boolean): boolean {
  return services.every((s) => offers(station, s)) && (!allDay || isAllDay(station));
}

export function nearestStations(stations: readonly Station[], q: StationSearch): StationResults {
  const limit = q.limit ?? 3;
  const from = q.from;
  const withDistance = stations.map((station, order) => ({
    station,
    order,
    distance: from ? distanceMeters(from, station) : undefined,
  }));
  const outside = from !== undefined && !withDistance.some((s) => (s.distance ?? Infinity) <= NEARBY_LIMIT_M);
  let pool = withDistance.filter((s) => matches(s.station, q.services, q.allDay ?? false));
  const relaxed = pool.length === 0;
  if (relaxed) pool = withDistance;
  const status = new Map(pool.map((s) => [s.station.id, openStatus(s.station, q.now, q.timeZone)] as const));
  // With a point: nearest first (ties by pack order). Without: open ones first, then pack order.
  const sorted = from
    ? pool.sort((a, b) => a.distance! - b.distance! || a.order - b.order)
    : pool.sort(
        (a, b) =>
          Number(status.get(b.station.id)!.open) - Number(status.get(a.station.id)!.open) ||
          a.order - b.order,
      );
  const first = q.named ? withDistance.find((s) => s.station.id === q.named) : undefined;
  if (first) {
    if (!status.has(first.station.id))
      status.set(first.station.id, openStatus(first.station, q.now, q.timeZone));
    sorted.splice(0, sorted.length, first, ...sorted.filter((s) => s !== first));
  }
  const hits = sorted.slice(0, limit).map((s) => ({
    station: s.station,
    ...(s.distance !== undefined ? { distance: s.distance } : {}),
    status: status.get(s.station.id)!,
  }));
  let nearestOpen: StationHit | undefined;
  if (!hits.some((h) => h.status.open)) {
    const open = sorted.slice(limit).find((s) => status.get(s.station.id)!.open);
    if (open)
      nearestOpen = {
        station: open.station,
        ...(open.distance !== undefined ? { distance: open.distance } : {}),
        status: status.get(open.station.id)!,
      };
  }
  return { hits, relaxed, outside, ...(nearestOpen ? { nearestOpen } : {}) };
}
