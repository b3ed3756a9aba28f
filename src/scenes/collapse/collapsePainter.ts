/**
 * Paints the collapse's shot in one pass of the VFX breakdown (`passLooks.ts`): the street, then
 * the building and its falling fragments, then the dust, then (in the composite) the grade. One
 * canvas, not one each: every stage-sized canvas is a layer the compositor blends at every frame.
 *
 * Everything that does not move is drawn once and kept as a bitmap: the street (per look and
 * stage size), the intact building, and each fragment as a sprite carrying its windows and
 * balconies. A frame is then a few dozen `drawImage` calls, whatever the detail of the facade.
 */
import type { CollapsePass } from '../../content/schema';
import { scratchCanvas, type Context2D, type Paint } from '../canvas/canvas2d';
import { graphicBand, isWide } from '../../styles/tokens';
import {
  createBuilding,
  DUST_POSE,
  FLOOR_HEIGHT,
  fragmentSpeed,
  FRAGMENT_POSE,
  type Building,
  type BuildingPose,
  type Fragment,
} from './building';
import { drawFacade, sodiumGlow } from './facade';
import { PASS_LOOKS, SPEED_RAMP, type FacadeLook, type PassLook } from './passLooks';
import { drawStreet, LAMP_LIGHTS, toBuildingUnits, type Placement } from './street';
import { cloudSprite, particleSprite, vignette, type Sprite } from './sprites';

export interface CollapseInit {
  seed: number;
  floors: number;
  /** the distant city's skyline, the city scene's own */
  citySeed: number;
}

export interface CollapseFrame {
  pass: CollapsePass;
  pose: BuildingPose;
  /** 0..1 share of the distant city's windows lit */
  cityLight: number;
}

/** How tall the building stands with its tank house and antennas, in building units over its facade's height. */
const ROOF_EXTRA = 0.21;

/**
 * Where the building stands, in CSS pixels. Wide screens: in the band between the text column
 * and the floating quotes (as wide as the band allows, down to a fifth of the screen), on a
 * street near the bottom edge. Phones: centred, its foot a little below the middle of the
 * screen, so the cards resting at the bottom leave the whole block in view.
 */
export function buildingPlacement(width: number, height: number, floors: number): Placement {
  const wide = isWide(width);
  const tall = floors * FLOOR_HEIGHT + ROOF_EXTRA;
  const ground = Math.round(height * (wide ? 0.88 : 0.56));
  if (!wide) {
    const unit = Math.round(Math.min((height * 0.42) / tall, width * 0.58));
    return { wide, unit, ground, left: Math.round(width / 2 - unit / 2) };
  }
  const band = graphicBand(width);
  const unit = Math.round(Math.min((height * 0.66) / tall, Math.max(band.right - band.left - 32, width * 0.2)));
  return { wide, unit, ground, left: Math.round((band.left + band.right) / 2 - unit / 2) };
}

/** A sprite of one fragment: its bitmap and where the fragment's centroid sits in it, device pixels. */
interface PieceSprite {
  image: Sprite;
  ox: number;
  oy: number;
}

interface Sprites {
  intact: PieceSprite;
  pieces: PieceSprite[];
}

/** Draws the facade, clipped to `outline` (or whole), into a new bitmap with the centroid `cx`, `cy` as its origin. */
function renderPiece(
  building: Building,
  look: FacadeLook,
  fracture: string | undefined,
  outline: Fragment | undefined,
  unit: number,
  pixelRatio: number,
): PieceSprite {
  const points = outline?.points ?? [
    [-0.03, 0],
    [1.03, 0],
    [1.03, building.height + ROOF_EXTRA],
    [-0.03, building.height + ROOF_EXTRA],
  ];
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  // A margin for the balconies' lips and the hairlines on the cut.
  const [x0, x1, y0, y1] = [
    Math.min(...xs) - 0.03,
    Math.max(...xs) + 0.03,
    Math.min(...ys) - 0.03,
    Math.max(...ys) + 0.03,
  ];
  const scale = unit * pixelRatio;
  const image = scratchCanvas(Math.ceil((x1 - x0) * scale), Math.ceil((y1 - y0) * scale));
  const ctx = image.getContext('2d') as Context2D;
  ctx.setTransform(scale, 0, 0, -scale, -x0 * scale, y1 * scale);
  if (outline) {
    ctx.beginPath();
    for (const [x, y] of points) ctx.lineTo(x, y);
    ctx.closePath();
    ctx.clip();
  }
  drawFacade(ctx, building, look, 1 / unit);
  // The model shows the pre-cut fracture pattern: every fragment's outline, across the facade.
  if (fracture) {
    ctx.strokeStyle = fracture;
    ctx.lineWidth = 1.2 / unit;
    for (const f of outline ? [outline] : building.fragments) {
      ctx.beginPath();
      for (const [x, y] of f.points) ctx.lineTo(x, y);
      ctx.closePath();
      ctx.stroke();
    }
  }
  const [cx, cy] = outline ? [outline.cx, outline.cy] : [0, 0];
  return { image, ox: (cx - x0) * scale, oy: (y1 - cy) * scale };
}

const moved = (pose: Float32Array, i: number) => {
  const o = i * FRAGMENT_POSE;
  return pose[o] !== 0 || pose[o + 1] !== 0 || pose[o + 2] !== 0;
};

/** From this speed on a piece leaves a trail in the composite and a vector in the simulation. */
const TRAIL_SPEED = 1;
/** The fastest a piece moves, in building units per collapse, for the speed colours. */
const TOP_SPEED = 6;
const speedColour = (speed: number) =>
  SPEED_RAMP[
    Math.min(SPEED_RAMP.length - 1, Math.floor((Math.min(speed, TOP_SPEED) / TOP_SPEED) * SPEED_RAMP.length))
  ]!;

export function createCollapsePainter({ seed, floors, citySeed }: CollapseInit): Paint<CollapseFrame> {
  const building = createBuilding(seed, floors);
  // Kept bitmaps, each for the look and size it was drawn for.
  let street: { key: string; image: Sprite } | undefined;
  let sprites: { key: string; sprites: Sprites } | undefined;
  let grade: { key: string; image: Sprite } | undefined;
  const dustSprites: Partial<Record<PassLook['dust'], Sprite>> = {};

  return (ctx, { pass, pose, cityLight }, size) => {
    const { width, height, pixelRatio } = size;
    const look = PASS_LOOKS[pass];
    const place = buildingPlacement(width, height, floors);
    const sizeKey = `${width}×${height}@${pixelRatio}`;

    const streetKey = `${pass}|${sizeKey}|${cityLight}`;
    if (street?.key !== streetKey) {
      const image = scratchCanvas(Math.round(width * pixelRatio), Math.round(height * pixelRatio));
      drawStreet(image.getContext('2d') as Context2D, look.street, place, size, { seed: citySeed, light: cityLight });
      street = { key: streetKey, image };
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(street.image, 0, 0);

    if (look.facade) drawFacadePass(ctx, pass, look.facade, pose, place, pixelRatio, sizeKey);
    else drawSimulation(ctx, pose, place, pixelRatio);

    if (look.dust !== 'none') {
      const sprite = (dustSprites[look.dust] ??= look.dust === 'lit' ? cloudSprite() : particleSprite(seed));
      drawDust(ctx, sprite, pose, place, pixelRatio);
    }

    if (look.grade) {
      // The street lights glow through the dust; the frame's edges fall off into the dark.
      toBuildingUnits(ctx, place, pixelRatio);
      ctx.globalCompositeOperation = 'lighter';
      for (const [x, y] of LAMP_LIGHTS) sodiumGlow(ctx, x, y, 0.7, 0.55);
      ctx.globalCompositeOperation = 'source-over';
      if (grade?.key !== sizeKey) grade = { key: sizeKey, image: vignette(width, height, pixelRatio) };
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.drawImage(grade.image, 0, 0);
    }
  };

  function drawFacadePass(
    ctx: Context2D,
    pass: CollapsePass,
    facade: FacadeLook,
    pose: BuildingPose,
    place: Placement,
    pixelRatio: number,
    sizeKey: string,
  ) {
    const look = PASS_LOOKS[pass];
    const key = `${pass}|${sizeKey}`;
    if (sprites?.key !== key) {
      // A piece that breaks away loses its lamp: the lit windows belong to the standing block.
      const piece = (f?: Fragment) =>
        renderPiece(building, f ? { ...facade, lit: undefined } : facade, look.fracture, f, place.unit, pixelRatio);
      sprites = { key, sprites: { intact: piece(), pieces: building.fragments.map(piece) } };
    }
    const { intact, pieces } = sprites.sprites;
    const f = pose.fragments;
    const falling = building.fragments.flatMap((_, i) => (moved(f, i) ? [i] : []));
    const scale = place.unit * pixelRatio;
    const [bx, by] = [place.left * pixelRatio, place.ground * pixelRatio];

    // The intact block, with the street put back where pieces have left it.
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(intact.image, bx - intact.ox, by - intact.oy);
    if (falling.length > 0) {
      ctx.save();
      toBuildingUnits(ctx, place, pixelRatio);
      ctx.beginPath();
      for (const i of falling) {
        const points = building.fragments[i]!.points;
        ctx.moveTo(points[0]![0], points[0]![1]);
        for (const [x, y] of points) ctx.lineTo(x, y);
        ctx.closePath();
      }
      ctx.clip();
      // Only the building's own box of the street, not the whole stage: fewer pixels to blend.
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      const [x, y, w, h] = [bx - intact.ox, by - intact.oy, intact.image.width, intact.image.height];
      ctx.drawImage(street!.image, x, y, w, h, x, y, w, h);
      ctx.restore();
    }

    for (const i of falling) {
      const fragment = building.fragments[i]!;
      const sprite = pieces[i]!;
      const o = i * FRAGMENT_POSE;
      const draw = (x: number, y: number, rotation: number) => {
        const angle = (-rotation * Math.PI) / 180;
        const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
        ctx.setTransform(cos, sin, -sin, cos, bx + (fragment.cx + x) * scale, by - (fragment.cy + y) * scale);
        ctx.drawImage(sprite.image, -sprite.ox, -sprite.oy);
      };
      // Motion blur, as the composite renders it: a fast piece again where it was a moment ago, faint.
      if (look.trails && fragmentSpeed(f, i) > TRAIL_SPEED) {
        ctx.globalAlpha = 0.22;
        draw((f[o]! + f[o + 3]!) / 2, (f[o + 1]! + f[o + 4]!) / 2, (f[o + 2]! + f[o + 5]!) / 2);
        ctx.globalAlpha = 1;
      }
      draw(f[o]!, f[o + 1]!, f[o + 2]!);
    }
  }

  /** The rigid-body simulation: flat pieces coloured by speed, each with its motion vector. */
  function drawSimulation(ctx: Context2D, pose: BuildingPose, place: Placement, pixelRatio: number) {
    const f = pose.fragments;
    const px = 1 / place.unit;
    building.fragments.forEach((fragment, i) => {
      const o = i * FRAGMENT_POSE;
      const angle = (f[o + 2]! * Math.PI) / 180;
      const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
      toBuildingUnits(ctx, place, pixelRatio);
      ctx.transform(cos, sin, -sin, cos, fragment.cx + f[o]!, fragment.cy + f[o + 1]!);
      ctx.beginPath();
      for (const [x, y] of fragment.points) ctx.lineTo(x - fragment.cx, y - fragment.cy);
      ctx.closePath();
      ctx.fillStyle = speedColour(fragmentSpeed(f, i));
      ctx.fill();
      ctx.strokeStyle = 'rgb(16 19 22 / 0.9)';
      ctx.lineWidth = px;
      ctx.stroke();
    });
    // Motion vectors: from where each moving piece was a moment ago to where it is, with a dot at the head.
    toBuildingUnits(ctx, place, pixelRatio);
    ctx.strokeStyle = 'rgb(240 244 246 / 0.75)';
    ctx.fillStyle = 'rgb(240 244 246 / 0.9)';
    ctx.lineWidth = px * 1.2;
    ctx.beginPath();
    building.fragments.forEach((fragment, i) => {
      const o = i * FRAGMENT_POSE;
      if (fragmentSpeed(f, i) < TRAIL_SPEED) return;
      const [x, y] = [fragment.cx + f[o]!, fragment.cy + f[o + 1]!];
      // Drawn three times as long as the step, so the direction reads at a glance.
      ctx.moveTo(x - 3 * (f[o]! - f[o + 3]!), y - 3 * (f[o + 1]! - f[o + 4]!));
      ctx.lineTo(x, y);
    });
    ctx.stroke();
    building.fragments.forEach((fragment, i) => {
      const o = i * FRAGMENT_POSE;
      if (fragmentSpeed(f, i) < TRAIL_SPEED) return;
      ctx.fillRect(fragment.cx + f[o]! - px * 1.5, fragment.cy + f[o + 1]! - px * 1.5, px * 3, px * 3);
    });
  }

  function drawDust(ctx: Context2D, sprite: Sprite, pose: BuildingPose, place: Placement, pixelRatio: number) {
    const scale = place.unit * pixelRatio;
    building.dust.forEach((d, i) => {
      const o = i * DUST_POSE;
      const [rise, drift, opacity, grow] = [pose.dust[o]!, pose.dust[o + 1]!, pose.dust[o + 2]!, pose.dust[o + 3]!];
      if (opacity <= 0) return;
      const r = d.radius * grow * scale;
      ctx.globalAlpha = opacity;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.drawImage(
        sprite,
        place.left * pixelRatio + (d.x + drift) * scale - r,
        place.ground * pixelRatio - (d.y + rise) * scale - r,
        2 * r,
        2 * r,
      );
    });
    ctx.globalAlpha = 1;
  }
}
