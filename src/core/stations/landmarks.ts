/**
 * Well-known places of the other districts of the pack's own city (landmarks.yaml): 中关村 and 北京西站 for
 * 北京市朝阳区, 五一广场 and 长沙南站 for 长沙市岳麓区. A station question at one of them is about somewhere the pack
 * has no station, however close a station of the pack is in name (北京西站 vs a pack's 西站司机之家).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import * as z from 'zod';
import { codePath } from '../../paths.js';

const list = z.string().transform((s) =>
  s
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean),
);
const LandmarksSchema = z.record(z.string(), z.record(z.string(), list));

let cached: z.output<typeof LandmarksSchema> | undefined;

function landmarks(): z.output<typeof LandmarksSchema> {
  cached ??= LandmarksSchema.parse(
    parse(readFileSync(codePath('core', 'stations', 'landmarks.yaml'), 'utf8')),
  );
  return cached;
}

/** Every landmark of every city listed (五角场, 中关村, 五一广场…): words a station's name may hold whole. */
export function allLandmarks(): string[] {
  return Object.values(landmarks()).flatMap((districts) => Object.values(districts).flat());
}

/** 北京市 → 北京, 重庆市 → 重庆. */
const shortCity = (city: string) => city.replace(/市$/u, '');

/**
 * The places of the other districts of the city of `districtName` (as `pack.yaml` writes it, 湖南省长沙市岳麓区);
 * empty when the city is not in the list.
 */
export function otherDistrictLandmarks(districtName: string): string[] {
  const home = districtName.replace(/\s/g, '');
  for (const [city, districts] of Object.entries(landmarks())) {
    if (!home.includes(shortCity(city))) continue;
    return Object.entries(districts)
      .filter(([d]) => !home.endsWith(d))
      .flatMap(([, places]) => places);
  }
  return [];
}
