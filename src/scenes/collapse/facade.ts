/**
 * Draws the apartment block's facade in one look, in building units (the caller's transform maps
 * them, y up): walls and slab edges, windows with their persianas, balconies with railings, the
 * shop and the lobby on the ground floor, the parapet and the tank house, snow on every ledge.
 * The whole block and each of its fragments (clipped to its outline) come from this one drawing,
 * so a piece that breaks away carries exactly the windows it covered.
 */
import type { Context2D } from '../canvas/canvas2d';
import { BAYS, FLOOR_HEIGHT, PARAPET, type Building } from './building';
import { SODIUM_RGB, type FacadeLook } from './passLooks';

/** `px`: one CSS pixel in building units, for hairlines. */
export function drawFacade(ctx: Context2D, building: Building, look: FacadeLook, px: number): void {
  const { floors, height, openings, tankHouse } = building;
  const top = floors * FLOOR_HEIGHT;
  ctx.fillStyle = look.wall;
  ctx.fillRect(0, 0, 1, top);

  // The street lights warm the lower floors.
  if (look.streetLight > 0) {
    const warm = ctx.createLinearGradient(0, 0, 0, top * 0.7);
    warm.addColorStop(0, `rgb(${SODIUM_RGB} / ${0.3 * look.streetLight})`);
    warm.addColorStop(1, `rgb(${SODIUM_RGB} / 0)`);
    ctx.fillStyle = warm;
    ctx.fillRect(0, 0, 1, top * 0.7);
  }

  // Ground floor: a shop behind its rolled-down shutter, and the lobby door.
  const bay = 1 / BAYS;
  ctx.fillStyle = look.shutter;
  ctx.fillRect(bay * 0.12, 0, bay * 1.76, FLOOR_HEIGHT * 0.72);
  ctx.fillStyle = look.railing;
  for (let y = 0.012; y < FLOOR_HEIGHT * 0.72; y += 0.014) ctx.fillRect(bay * 0.12, y, bay * 1.76, px);
  ctx.fillStyle = look.lit ?? look.window;
  ctx.globalAlpha = look.lit ? 0.55 : 1;
  ctx.fillRect(bay * 2.55, 0, bay * 0.9, FLOOR_HEIGHT * 0.8);
  ctx.globalAlpha = 1;
  ctx.fillStyle = look.railing;
  ctx.fillRect(bay * 3, 0, px * 1.5, FLOOR_HEIGHT * 0.8);

  for (const o of openings) {
    ctx.fillStyle = o.lit && look.lit ? look.lit : look.window;
    ctx.fillRect(o.x, o.y, o.w, o.h);
    // The persiana comes down from the top of the window, slat by slat.
    if (o.shutter > 0) {
      const shut = o.h * o.shutter;
      ctx.fillStyle = look.shutter;
      ctx.fillRect(o.x, o.y + o.h - shut, o.w, shut);
      ctx.fillStyle = look.railing;
      for (let y = o.y + o.h - 0.008; y > o.y + o.h - shut; y -= 0.009) ctx.fillRect(o.x, y, o.w, px * 0.75);
    }
    if (look.edge) {
      ctx.strokeStyle = look.edge;
      ctx.lineWidth = px;
      ctx.strokeRect(o.x, o.y, o.w, o.h);
    }
  }

  // Slab edges: a band at every floor, the snow settled on each.
  for (let floor = 1; floor <= floors; floor++) {
    const y = floor * FLOOR_HEIGHT;
    ctx.fillStyle = look.slab;
    ctx.fillRect(-0.012, y - 0.012, 1.024, 0.022);
    if (look.snow) {
      ctx.fillStyle = look.snow;
      ctx.fillRect(-0.012, y + 0.01, 1.024, px * 1.5);
    }
  }

  // Balconies: a slab lip and a railing in front of the lower part of the window.
  for (const o of openings) {
    if (!o.balcony) continue;
    const [x0, w] = [o.x - 0.025, o.w + 0.05];
    const y0 = o.y - 0.026;
    ctx.fillStyle = look.slab;
    ctx.fillRect(x0, y0, w, 0.016);
    ctx.fillStyle = look.railing;
    const rail = y0 + 0.062;
    ctx.fillRect(x0, rail, w, px * 1.5);
    for (let x = x0; x <= x0 + w; x += 0.012) ctx.fillRect(x, y0 + 0.016, px, rail - y0 - 0.016);
    if (look.snow) {
      ctx.fillStyle = look.snow;
      ctx.fillRect(x0, y0 + 0.016, w, px * 1.5);
      ctx.fillRect(x0, rail + px * 1.5, w, px * 1.2);
    }
  }

  // Parapet, roof railing, and the tank house with its two water tanks and antennas.
  ctx.fillStyle = look.slab;
  ctx.fillRect(-0.012, top, 1.024, PARAPET);
  const [tx, ty, tw, th] = tankHouse;
  ctx.fillStyle = look.wall;
  ctx.fillRect(tx, ty, tw, th * 0.55);
  ctx.fillStyle = look.slab;
  ctx.fillRect(tx + tw * 0.08, ty + th * 0.55, tw * 0.38, th * 0.45);
  ctx.fillRect(tx + tw * 0.54, ty + th * 0.55, tw * 0.38, th * 0.45);
  ctx.fillStyle = look.railing;
  ctx.fillRect(tx + tw * 0.3, ty + th, px * 1.2, 0.07);
  ctx.fillRect(tx + tw * 0.3 - 0.025, ty + th + 0.05, 0.05, px * 1.2);
  ctx.fillRect(tx + tw * 0.78, ty + th, px * 1.2, 0.05);
  ctx.fillRect(0.02, height, 0.5, px);
  for (let x = 0.02; x < 0.52; x += 0.05) ctx.fillRect(x, height, px, 0.03);
  if (look.snow) {
    ctx.fillStyle = look.snow;
    ctx.fillRect(-0.012, height - px, 1.024, px * 1.8);
    ctx.fillRect(tx + tw * 0.08, ty + th - px, tw * 0.84, px * 2);
  }
  if (look.edge) {
    ctx.strokeStyle = look.edge;
    ctx.lineWidth = px * 1.2;
    ctx.strokeRect(0, 0, 1, top);
    ctx.strokeRect(tx, ty, tw, th * 0.55);
  }
}

/** The glow of a sodium lamp: a soft warm disc, for the street and the composite's grade. */
export function sodiumGlow(ctx: Context2D, x: number, y: number, radius: number, strength: number): void {
  const glow = ctx.createRadialGradient(x, y, 0, x, y, radius);
  glow.addColorStop(0, `rgb(${SODIUM_RGB} / ${0.55 * strength})`);
  glow.addColorStop(0.35, `rgb(${SODIUM_RGB} / ${0.18 * strength})`);
  glow.addColorStop(1, `rgb(${SODIUM_RGB} / 0)`);
  ctx.fillStyle = glow;
  ctx.fillRect(x - radius, y - radius, radius * 2, radius * 2);
}
