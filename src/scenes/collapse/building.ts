/**
 * The collapsing building as data: floors broken into seeded fragments, each with the path it
 * falls along, and dust puffs. Coordinates are in building units (the building is 1 wide and
 * `floors × FLOOR_HEIGHT` tall, origin at its bottom-left, y up), so any stage size can draw it.
 */
import { seededRandom } from '../../lib/random';

export const FLOOR_HEIGHT = 0.22;

export interface Fragment {
  /** polygon corners, building units */
  points: [number, number][];
  /** centroid, the pivot it turns around */
  cx: number;
  cy: number;
  floor: number;
  /** where it ends up, relative to where it started (y up), and how far it turns, degrees */
  dx: number;
  dy: number;
  rotation: number;
  /** when it starts to fall and for how long, as shares of the whole collapse */
  start: number;
  duration: number;
}

export interface DustPuff {
  x: number;
  y: number;
  radius: number;
  /** how far it rises, building units */
  rise: number;
  start: number;
}

export interface Building {
  floors: number;
  height: number;
  fragments: Fragment[];
  dust: DustPuff[];
  /** window openings, [x, y, w, h] in building units, for the plate and the wireframe */
  windows: [number, number, number, number][];
}

/**
 * The building at one point of its collapse, as flat numbers (cheap to send to the paint worker):
 * per fragment its offset x, y (building units, y up) and rotation (degrees); per dust puff how far
 * it has risen (building units), its opacity and its scale.
 */
export interface BuildingPose {
  fragments: Float32Array;
  dust: Float32Array;
}
export const FRAGMENT_POSE = 3;
export const DUST_POSE = 3;

const PIECES_PER_FLOOR = 4;

export function createBuilding(seed: number, floors: number): Building {
  const random = seededRandom(seed);
  const height = floors * FLOOR_HEIGHT;
  const fragments: Fragment[] = [];
  for (let floor = 0; floor < floors; floor++) {
    const y0 = floor * FLOOR_HEIGHT;
    const y1 = y0 + FLOOR_HEIGHT;
    // Jagged vertical cuts across the floor, shared by neighbouring pieces so they fit together.
    const cuts = Array.from({ length: PIECES_PER_FLOOR + 1 }, (_, i) => {
      if (i === 0) return [0, 0] as const;
      if (i === PIECES_PER_FLOOR) return [1, 1] as const;
      const x = i / PIECES_PER_FLOOR + (random() - 0.5) * 0.12;
      return [x + (random() - 0.5) * 0.06, x + (random() - 0.5) * 0.06] as const;
    });
    for (let p = 0; p < PIECES_PER_FLOOR; p++) {
      const [bl, tl] = cuts[p]!;
      const [br, tr] = cuts[p + 1]!;
      const notch = (random() - 0.5) * 0.04;
      const points: [number, number][] = [
        [bl, y0],
        [br, y0],
        [br + notch, y0 + FLOOR_HEIGHT * 0.5],
        [tr, y1],
        [tl, y1],
        [tl - notch, y0 + FLOOR_HEIGHT * 0.5],
      ];
      const cx = points.reduce((s, [x]) => s + x, 0) / points.length;
      const cy = (y0 + y1) / 2;
      // Upper floors start first and fall furthest; pieces scatter away from the middle.
      const fromTop = (floors - 1 - floor) / Math.max(1, floors - 1);
      const side = cx - 0.5;
      fragments.push({
        points,
        cx,
        cy,
        floor,
        dx: side * (0.6 + random() * 1.2) + (random() - 0.5) * 0.3,
        dy: -(cy - 0.04 - random() * 0.35 * (1 - fromTop * 0.5)),
        rotation: (random() - 0.5) * 150,
        start: 0.05 + 0.45 * fromTop * (0.8 + random() * 0.2) - 0.05 * random(),
        duration: 0.35 + 0.2 * random(),
      });
    }
  }
  // Normalise so the last piece lands exactly at the end of the collapse.
  const end = Math.max(...fragments.map((f) => f.start + f.duration));
  for (const f of fragments) {
    f.start = Math.max(0, f.start / end);
    f.duration /= end;
  }
  const dust: DustPuff[] = Array.from({ length: 14 }, () => ({
    x: -0.3 + random() * 1.6,
    y: random() * 0.3,
    radius: 0.18 + random() * 0.3,
    rise: 0.3 + random() * 0.9,
    start: 0.35 + random() * 0.45,
  }));
  const windows: [number, number, number, number][] = [];
  for (let floor = 0; floor < floors; floor++)
    for (let w = 0; w < 5; w++) windows.push([0.07 + w * 0.18, floor * FLOOR_HEIGHT + 0.06, 0.1, 0.11]);
  return { floors, height, fragments, dust, windows };
}
