/**
 * Places: a gazetteer lookup plus context rules for places nobody has listed.
 * Data: data/places/ (see SOURCES.md for origins and licenses, README.md here for the rules).
 */
import type { PlaceMention } from '../mentions.js';
import { lookup } from './gazetteer.js';
import { recognize } from './recognize.js';
import { recognizeRoads } from './roads.js';
import { recognizeLandmarks } from './landmarks.js';
import { recognizeBuildings } from './buildingNames.js';
import { SpanIndex } from '../text/spans.js';
import { withFeatureHeads } from './featureHeads.js';
import { withStateNames } from './stateNames.js';
import { namedFeatures } from './namedFeatures.js';
import { recognizeSportCodes } from './sportCodes.js';
import { markDatelines, recognizeDatelines } from './datelines.js';
export { isDateline } from './datelines.js';
export { isStateName } from './stateNames.js';

export interface PlaceInfo {
  normalized: string;
  country: string | null;
  kind: string;
  latitude: number | null;
  longitude: number | null;
}

/** Places named in `text`, in text order, with UTF-16 offsets. */
export function recognizePlaces(text: string): PlaceMention[] {
  const landmarks = recognizeLandmarks(text);
  for (const b of recognizeBuildings(text)) if (!landmarks.some((l) => l.start < b.end && b.start < l.end)) landmarks.push(b);
  landmarks.sort((a, b) => a.start - b.start);
  // a name inside "le stade Modibo Keïta" is the landmark's, not a place of its own
  const inLandmark = landmarks.length ? new SpanIndex(landmarks) : null;
  const named = inLandmark ? recognize(text).filter((p) => !inLandmark.overlaps(p.start, p.end)) : recognize(text);
  const taken = landmarks.length ? named.concat(landmarks).sort((a, b) => a.start - b.start) : named;
  const places = withStateNames(text, withFeatureHeads(text, withOwn(taken, recognizeRoads(text))));
  // "les îles Belcher": a feature noun names what no table lists
  const features = namedFeatures(text, places);
  const withFeatures = features.length ? places.concat(features).sort((a, b) => a.start - b.start) : places;
  const datelines = recognizeDatelines(text);
  const all = withOwn(withOwn(withFeatures, recognizeSportCodes(text)), datelines);
  if (datelines.length) markDatelines(all, datelines);
  return all;
}

/**
 * Adds places read by their own pattern (roads, the countries abbreviated in sports results,
 * "Olano (Esp)"; datelines, "PARIS, 15 (Havas)") that no other place covers.
 */
function withOwn(places: PlaceMention[], codes: PlaceMention[]): PlaceMention[] {
  if (!codes.length) return places;
  const index = places.length ? new SpanIndex(places) : null;
  const extra = index ? codes.filter((c) => !index.overlaps(c.start, c.end)) : codes;
  return extra.length ? places.concat(extra).sort((a, b) => a.start - b.start) : places;
}

/** The gazetteer's reading of a name ("COTE D’IVOIRE" -> Côte d'Ivoire, CI), or null. */
export function lookupPlace(name: string): PlaceInfo | null {
  const entry = lookup(name)?.[0];
  if (!entry) return null;
  const { normalized, country, kind, latitude, longitude } = entry;
  return { normalized, country, kind, latitude, longitude };
}
