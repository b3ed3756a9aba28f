/**
 * Paints the collapse's shot: the city behind (the city scene's own skyline painter), then the
 * collapsing building in one pass of the VFX pipeline: the same fragments, windows and dust in
 * every pass, each pass styling them its own way (the plate as the audience sees it, the model's
 * outlines, the simulation's flat pieces and dashed volumes, the final composite). One canvas, not
 * one each: every stage-sized canvas is a layer the compositor blends at every frame.
 */
import type { CollapsePass } from '../../content/schema';
import { scratchCanvas, type Paint } from '../canvas/canvas2d';
import { createSkylinePainter } from '../snow/skylinePainter';
import { createBuilding, DUST_POSE, FRAGMENT_POSE, type BuildingPose } from './building';
import { ACCENT, accentAt, isWide } from '../../styles/tokens';

export interface CollapseInit {
  seed: number;
  floors: number;
  /** the city's skyline behind the building */
  skylineSeed: number;
}

export interface CollapseFrame {
  pass: CollapsePass;
  pose: BuildingPose;
  /** 0..1 share of the city's windows lit */
  cityLight: number;
}

/**
 * Where the building stands, in CSS pixels: `unit` px per building unit, `left` its left edge,
 * `ground` its foot. Phones: on the city's street line, above the text cards; wide screens: to
 * the right of the text column, its rubble kept just clear of the bottom edge.
 */
export function buildingPlacement(width: number, height: number) {
  const wide = isWide(width);
  const ground = Math.round(height * (wide ? 0.97 : 0.6));
  const unit = Math.round(wide ? Math.min(height * 0.27, width * 0.2) : Math.min(width * 0.38, height * 0.18));
  const left = Math.round((wide ? width * 0.7 : width * 0.5) - unit / 2);
  return { wide, ground, unit, left };
}

const SOLID = { fill: '#1a1f24', stroke: '#2a3036', lineWidth: 0.75 };

interface PassStyle {
  pieces: { fill: string; stroke: string; lineWidth: number };
  windows: 'lit' | 'outlined' | 'none';
  dust: 'volumes' | 'clouds' | 'none';
}

const PASSES: Record<CollapsePass, PassStyle> = {
  plate: { pieces: SOLID, windows: 'lit', dust: 'none' },
  wireframe: {
    pieces: { fill: accentAt(0.04), stroke: ACCENT, lineWidth: 1 },
    windows: 'outlined',
    dust: 'none',
  },
  simulation: {
    pieces: { fill: accentAt(0.16), stroke: ACCENT, lineWidth: 1 },
    windows: 'none',
    dust: 'volumes',
  },
  composite: { pieces: SOLID, windows: 'none', dust: 'clouds' },
};

const VOLUME_DASH = [2, 4];
const NO_DASH: number[] = [];
const CLOUD_SPRITE = 256;

/** A dust cloud: a soft disc fading out to its rim, drawn once and scaled for every puff. */
function cloudSprite() {
  const canvas = scratchCanvas(CLOUD_SPRITE, CLOUD_SPRITE);
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
  const r = CLOUD_SPRITE / 2;
  const gradient = ctx.createRadialGradient(r, r, 0, r, r, r);
  gradient.addColorStop(0, 'rgb(201 214 207 / 0.55)');
  gradient.addColorStop(1, 'rgb(201 214 207 / 0)');
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, CLOUD_SPRITE, CLOUD_SPRITE);
  return canvas;
}

export function createCollapsePainter({ seed, floors, skylineSeed }: CollapseInit): Paint<CollapseFrame> {
  const building = createBuilding(seed, floors);
  const paintCity = createSkylinePainter({ seed: skylineSeed });
  let cloud: ReturnType<typeof cloudSprite> | undefined;
  return (ctx, { pass: passName, pose, cityLight }, size) => {
    const { width, height, pixelRatio } = size;
    const pass = PASSES[passName];
    const { ground, unit, left } = buildingPlacement(width, height);
    // The city first (on the blank canvas its surface readied); the building goes over it.
    paintCity(ctx, { cityLight }, size);

    ctx.fillStyle = pass.pieces.fill;
    ctx.strokeStyle = pass.pieces.stroke;
    ctx.lineWidth = pass.pieces.lineWidth;
    building.fragments.forEach((f, i) => {
      const o = i * FRAGMENT_POSE;
      // Turned around its centroid, wherever the fall has taken it (the pose's y points up, the canvas's down).
      ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
      ctx.translate(left + (f.cx + pose.fragments[o]!) * unit, ground - (f.cy + pose.fragments[o + 1]!) * unit);
      ctx.rotate((pose.fragments[o + 2]! * Math.PI) / 180);
      ctx.beginPath();
      for (const [x, y] of f.points) ctx.lineTo((x - f.cx) * unit, (f.cy - y) * unit);
      ctx.closePath();
      ctx.fill();
      ctx.stroke();
    });

    ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
    if (pass.windows !== 'none') {
      ctx.fillStyle = 'rgb(255 214 150 / 0.55)';
      ctx.strokeStyle = accentAt(0.45);
      ctx.lineWidth = 0.75;
      const draw = pass.windows === 'lit' ? ctx.fillRect : ctx.strokeRect;
      for (const [x, y, w, h] of building.windows)
        draw.call(ctx, left + x * unit, ground - (y + h) * unit, w * unit, h * unit);
    }

    if (pass.dust !== 'none') {
      if (pass.dust === 'clouds') cloud ??= cloudSprite();
      ctx.strokeStyle = accentAt(0.5);
      ctx.lineWidth = 1;
      ctx.setLineDash(VOLUME_DASH);
      building.dust.forEach((d, i) => {
        const o = i * DUST_POSE;
        const rise = pose.dust[o]!;
        const opacity = pose.dust[o + 1]!;
        const scale = pose.dust[o + 2]!;
        if (opacity <= 0) return;
        ctx.globalAlpha = opacity;
        // Scaled as a whole, outline and dashes too, as the simulation's volume grows.
        ctx.setTransform(
          pixelRatio * scale,
          0,
          0,
          pixelRatio * scale,
          pixelRatio * (left + d.x * unit),
          pixelRatio * (ground - (d.y + rise) * unit),
        );
        const r = d.radius * unit;
        if (pass.dust === 'clouds') ctx.drawImage(cloud!, -r, -r, 2 * r, 2 * r);
        else {
          ctx.beginPath();
          ctx.arc(0, 0, r, 0, 2 * Math.PI);
          ctx.stroke();
        }
      });
      ctx.globalAlpha = 1;
      ctx.setLineDash(NO_DASH);
    }
  };
}
