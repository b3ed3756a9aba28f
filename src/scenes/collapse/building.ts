/**
 * The collapsing building as data: a Buenos Aires apartment block (floors with slab edges,
 * balconies, shuttered windows, a shop and a lobby on the ground floor, water tanks on the roof),
 * pre-cut into seeded fragments, each with the way it falls, and the dust the fall raises.
 * Coordinates are in building units (the block's facade is 1 wide, origin at its bottom-left,
 * y up), so any stage size can draw it.
 */
import { seededRandom } from '../../lib/random';

export const FLOOR_HEIGHT = 0.15;
/** Window bays across the facade. */
export const BAYS = 4;
/** The parapet's height over the top slab. */
export const PARAPET = 0.035;

export interface Fragment {
  /** polygon corners, building units */
  points: [number, number][];
  /** centroid, the pivot it turns around */
  cx: number;
  cy: number;
  /** -1 for the roof's tank house */
  floor: number;
  /** how it falls: a slab section drops onto the floors below, a facade panel peels away and tumbles */
  kind: 'slab' | 'panel';
  /** where it ends up, relative to where it started (y up), and how far it turns, degrees */
  dx: number;
  dy: number;
  rotation: number;
  /** when it starts to fall and for how long, as shares of the whole collapse */
  start: number;
  duration: number;
}

/** A window of the facade: its box, how far its roller shutter (persiana) is down, whether a lamp is on, and whether it opens on a balcony. */
export interface Opening {
  x: number;
  y: number;
  w: number;
  h: number;
  shutter: number;
  lit: boolean;
  balcony: boolean;
}

export interface DustPuff {
  x: number;
  y: number;
  radius: number;
  /** how far it rises and drifts with the wind, building units */
  rise: number;
  drift: number;
  start: number;
}

export interface Building {
  floors: number;
  /** the top of the parapet */
  height: number;
  openings: Opening[];
  /** the roof's tank house and its tanks, [x, y, w, h] */
  tankHouse: [number, number, number, number];
  fragments: Fragment[];
  dust: DustPuff[];
}

/**
 * The building at one point of its collapse, as flat numbers (cheap to send to the paint worker):
 * per fragment its offset x, y (building units, y up) and rotation (degrees), now and a moment
 * before (for motion trails and speed); per dust puff how far it has risen and drifted, its
 * opacity and its scale.
 */
export interface BuildingPose {
  fragments: Float32Array;
  dust: Float32Array;
}
/** x, y, rotation now; x, y, rotation a moment before (`TRAIL` of the collapse earlier) */
export const FRAGMENT_POSE = 6;
export const DUST_POSE = 4;
/** How much earlier in the collapse the trail's pose is taken. */
export const TRAIL = 0.03;

const PIECES_PER_FLOOR = 4;

/** A fragment's speed in building units per whole collapse, from its pose now and a moment before. */
export const fragmentSpeed = (pose: Float32Array, i: number): number => {
  const o = i * FRAGMENT_POSE;
  return Math.hypot(pose[o]! - pose[o + 3]!, pose[o + 1]! - pose[o + 4]!) / TRAIL;
};

function createOpenings(random: () => number, floors: number): Opening[] {
  const openings: Opening[] = [];
  const bay = 1 / BAYS;
  for (let floor = 1; floor < floors; floor++)
    for (let b = 0; b < BAYS; b++) {
      // Balconies on the middle bays, the block's rhythm; the power is out, so few lamps are on.
      const balcony = b === 1 || b === 2;
      const shutter = [0, 0.35, 0.6, 1][Math.floor(random() * 4)]!;
      openings.push({
        x: b * bay + bay * 0.2,
        y: floor * FLOOR_HEIGHT + 0.028,
        w: bay * 0.6,
        h: FLOOR_HEIGHT * (balcony ? 0.66 : 0.55),
        shutter,
        lit: shutter < 1 && random() < 0.22,
        balcony,
      });
    }
  return openings;
}

export function createBuilding(seed: number, floors: number): Building {
  const random = seededRandom(seed);
  const top = floors * FLOOR_HEIGHT;
  const height = top + PARAPET;
  const fragments: Fragment[] = [];
  for (let floor = 0; floor < floors; floor++) {
    const y0 = floor * FLOOR_HEIGHT;
    // The top floor's pieces carry the parapet and the roof railing.
    const y1 = floor === floors - 1 ? height + 0.04 : y0 + FLOOR_HEIGHT;
    // The block sinks into itself: the lower floors are crushed first, the floors above come down
    // on them, the upper ones falling furthest and landing last, on top of the heap.
    const up = floor / Math.max(1, floors - 1);
    // Jagged cuts across the floor (bottom, kink, top), shared by neighbouring pieces so that they
    // tile the facade exactly: the fracture pattern.
    const cuts = Array.from({ length: PIECES_PER_FLOOR + 1 }, (_, i) => {
      if (i === 0) return [-0.03, -0.03, -0.03] as const;
      if (i === PIECES_PER_FLOOR) return [1.03, 1.03, 1.03] as const;
      const x = i / PIECES_PER_FLOOR + (random() - 0.5) * 0.14;
      const [bottom, top] = [x + (random() - 0.5) * 0.07, x + (random() - 0.5) * 0.07];
      return [bottom, (bottom + top) / 2 + (random() - 0.5) * 0.05, top] as const;
    });
    for (let p = 0; p < PIECES_PER_FLOOR; p++) {
      const [bl, ml, tl] = cuts[p]!;
      const [br, mr, tr] = cuts[p + 1]!;
      const points: [number, number][] = [
        [bl, y0],
        [br, y0],
        [mr, y0 + FLOOR_HEIGHT * 0.5],
        [tr, y1],
        [tl, y1],
        [ml, y0 + FLOOR_HEIGHT * 0.5],
      ];
      const cx = points.reduce((s, [x]) => s + x, 0) / points.length;
      const cy = (y0 + y1) / 2;
      // The outer panels peel away from the frame and tumble outwards; the middle sections pancake,
      // each floor dropping onto the one below, and come to rest in a heap, the upper floors on top.
      const edge = p === 0 || p === PIECES_PER_FLOOR - 1;
      const side = Math.sign(cx - 0.5);
      const rest = 0.03 + (1 - Math.abs(cx - 0.5) * 1.4) * (0.06 + 0.3 * (floor / floors)) + random() * 0.04;
      fragments.push(
        edge
          ? {
              points,
              cx,
              cy,
              floor,
              kind: 'panel',
              dx: side * (0.35 + random() * 0.45),
              dy: -(cy - 0.03 - random() * 0.08),
              rotation: -side * (50 + random() * 80),
              start: 0.02 + 0.3 * up * (0.8 + random() * 0.2),
              duration: 0.45 + 0.25 * up + 0.1 * random(),
            }
          : {
              points,
              cx,
              cy,
              floor,
              kind: 'slab',
              dx: (random() - 0.5) * 0.16,
              dy: -(cy - rest),
              rotation: (random() - 0.5) * 24,
              start: 0.05 + 0.32 * up * (0.9 + random() * 0.1),
              duration: 0.4 + 0.3 * up + 0.06 * random(),
            },
      );
    }
  }
  const tankHouse: [number, number, number, number] = [0.56, height, 0.3, 0.13];
  {
    const [x, y, w, h] = tankHouse;
    const points: [number, number][] = [
      [x - 0.02, y],
      [x + w + 0.02, y],
      [x + w + 0.02, y + h + 0.08],
      [x - 0.02, y + h + 0.08],
    ];
    fragments.push({
      points,
      cx: x + w / 2,
      cy: y + h / 2,
      floor: -1,
      kind: 'panel',
      dx: 0.3 + random() * 0.2,
      dy: -(y + h / 2 - 0.05),
      rotation: -(70 + random() * 40),
      start: 0.3,
      duration: 0.6,
    });
  }
  // Normalise so the last piece lands exactly at the end of the collapse.
  const end = Math.max(...fragments.map((f) => f.start + f.duration));
  for (const f of fragments) {
    f.start = Math.max(0, f.start / end);
    f.duration /= end;
  }
  // A few large, slow clouds rather than many small puffs: they billow from the foot as the floors land.
  const dust: DustPuff[] = Array.from({ length: 7 }, (_, i) => ({
    x: -0.25 + (i / 6) * 1.5 + (random() - 0.5) * 0.15,
    y: random() * 0.2,
    radius: 0.42 + random() * 0.3,
    rise: 0.25 + random() * 0.75,
    drift: 0.1 + random() * 0.25,
    start: 0.12 + random() * 0.45,
  }));
  return { floors, height, openings: createOpenings(random, floors), tankHouse, fragments, dust };
}
