/**
 * How each pass of the VFX breakdown looks: the same building, street and debris, styled the way
 * a breakdown reel shows that stage of the shot (see ART-BRIEF.md): the plate flat and a little
 * desaturated; the model in clay with its fracture lines; the simulation on a neutral ground,
 * pieces coloured by speed with motion vectors; the composite lit by the sodium street lights,
 * graded, with motion trails and lit dust.
 */
import type { CollapsePass } from '../../content/schema';
import { accentAt } from '../../styles/tokens';

/** The sodium street lights' orange, as red, green and blue. */
export const SODIUM_RGB = '242 154 60';

export interface FacadeLook {
  wall: string;
  slab: string;
  window: string;
  /** a lit window, or none (the model has no lamps) */
  lit: string | undefined;
  shutter: string;
  railing: string;
  /** the white line the snow leaves on every ledge */
  snow: string | undefined;
  /** edges outlined, as a clay render draws them */
  edge: string | undefined;
  /** how strongly the street lights warm the facade from below, 0..1 */
  streetLight: number;
}

export interface StreetLook {
  /** sky gradient, top to horizon */
  sky: readonly [string, string];
  city: string;
  /** the distant city's lit windows, or none */
  cityWindows: string | undefined;
  neighbour: string;
  neighbourWindow: string;
  road: string;
  pavement: string;
  tree: string;
  car: string;
  lamp: string;
  /** the glow around each street light, 0..1 */
  glow: number;
  snow: string | undefined;
  /** a reference grid on the ground and sky, as a simulation viewport draws one */
  grid: string | undefined;
}

export interface PassLook {
  /** the building's facade, or none where the pieces are flat fills coloured by speed (the simulation) */
  facade: FacadeLook | undefined;
  street: StreetLook;
  /** the cut lines of the pre-fractured model drawn over the facade */
  fracture: string | undefined;
  dust: 'none' | 'particles' | 'lit';
  /** the falling pieces drawn again where they were a moment before, fainter: motion blur */
  trails: boolean;
  /** lines from where each piece was a moment before to where it is */
  vectors: boolean;
  /** the composite's grade: the street lights' glow over the dust, and a vignette */
  grade: boolean;
}

/** A piece's colour by its speed (0 resting .. 1 fastest): dark blue to light yellow, lightness rising with speed, so it reads without hue. */
export const SPEED_RAMP = ['#35508a', '#5a6f8f', '#8d8f86', '#c7b46a', '#fbe35a'] as const;

const PLATE_STREET: StreetLook = {
  sky: ['#10161b', '#1b2025'],
  city: '#0b0f12',
  cityWindows: 'rgb(222 196 150 / 0.6)',
  neighbour: '#2c3033',
  neighbourWindow: '#14181b',
  road: '#121518',
  pavement: '#2a2d30',
  tree: '#1b2320',
  car: '#25292c',
  lamp: '#d9b98e',
  glow: 0.25,
  snow: '#aab5b1',
  grid: undefined,
};

export const PASS_LOOKS: Record<CollapsePass, PassLook> = {
  plate: {
    facade: {
      wall: '#55595b',
      slab: '#686c6d',
      window: '#1a1e21',
      lit: '#c8a36e',
      shutter: '#45494b',
      railing: '#2e3235',
      snow: '#b7c1bd',
      edge: undefined,
      streetLight: 0.25,
    },
    street: PLATE_STREET,
    fracture: undefined,
    dust: 'none',
    trails: false,
    vectors: false,
    grade: false,
  },
  model: {
    facade: {
      wall: '#8e9295',
      slab: '#a2a6a8',
      window: '#6c7073',
      lit: undefined,
      shutter: '#7d8184',
      railing: '#5c6063',
      snow: undefined,
      edge: '#2a2e31',
      streetLight: 0,
    },
    // The plate behind the model, dimmed, as a breakdown keeps it for reference.
    street: {
      ...PLATE_STREET,
      sky: ['#0b0e11', '#111417'],
      cityWindows: undefined,
      neighbour: '#1c1f21',
      lamp: '#44484b',
      glow: 0,
      snow: undefined,
    },
    fracture: accentAt(0.85),
    dust: 'none',
    trails: false,
    vectors: false,
    grade: false,
  },
  simulation: {
    facade: undefined,
    street: {
      sky: ['#1e2226', '#24292d'],
      city: '#1e2226',
      cityWindows: undefined,
      neighbour: '#2b3034',
      neighbourWindow: '#2b3034',
      road: '#1a1d20',
      pavement: '#30353a',
      tree: '#24292d',
      car: '#2b3034',
      lamp: '#3a3f44',
      glow: 0,
      snow: undefined,
      grid: 'rgb(200 210 215 / 0.09)',
    },
    fracture: undefined,
    dust: 'particles',
    trails: false,
    vectors: true,
    grade: false,
  },
  composite: {
    facade: {
      wall: '#41464a',
      slab: '#575c60',
      window: '#0b0e11',
      lit: '#ffb65c',
      shutter: '#32363a',
      railing: '#1c1f22',
      snow: '#dcebe5',
      edge: undefined,
      streetLight: 0.6,
    },
    street: {
      sky: ['#04070a', '#18130f'],
      city: '#06090b',
      cityWindows: 'rgb(255 190 120 / 0.75)',
      neighbour: '#1d2124',
      neighbourWindow: '#0a0d0f',
      road: '#08090b',
      pavement: '#1d1f21',
      tree: '#0f1614',
      car: '#15191c',
      lamp: '#ffd39a',
      glow: 1,
      snow: '#dcebe5',
      grid: undefined,
    },
    fracture: undefined,
    dust: 'lit',
    trails: true,
    vectors: false,
    grade: true,
  },
};
