/**
 * Ground truth for station tests, computed here and not by the code under test: an independent
 * haversine and the "nearest station offering these services" rule over the pack's own files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface RawStation {
  id: string;
  name: string;
  address: string;
  lat: number;
  lon: number;
  hours: string | Record<string, string>;
  services: string[];
}
export interface RawPlace {
  id: string;
  name: string;
  aliases?: string[];
  lat: number;
  lon: number;
}

export function readPack(dir: string): { stations: RawStation[]; places: RawPlace[] } {
  const stations = (parse(readFileSync(join(dir, 'stations.yaml'), 'utf8')) as { stations: RawStation[] })
    .stations;
  const places = (parse(readFileSync(join(dir, 'places.yaml'), 'utf8')) as { places: RawPlace[] }).places;
  return { stations, places };
}

/** Metres between two points on a sphere of the earth's mean radius. */
export function metres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = 6_371_008.8;
  const toRad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * toRad) / 2) ** 2 +
    Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(((b.lon - a.lon) * toRad) / 2) ** 2;
  return 2 * r * Math.asin(Math.sqrt(h));
}

export function openAllDay(s: RawStation): boolean {
  if (typeof s.hours === 'string') return s.hours === '24h';
  return ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].every(
    (d) => (s.hours as Record<string, string>)[d] === '24h',
  );
}

/** Stations offering every service (and open round the clock if asked), nearest first. */
export function nearest(
  stations: RawStation[],
  from: { lat: number; lon: number },
  services: string[] = [],
  allDay = false,
): RawStation[] {
  return stations
    .filter((s) => services.every((x) => s.services.includes(x)) && (!allDay || openAllDay(s)))
    .sort((a, b) => metres(from, a) - metres(from, b));
}
