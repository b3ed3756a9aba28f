/** What the city scene shows at a step and progress: the weather, the skyline's lit windows and the sky's glow. */
import type { SceneInput } from '../sceneInput';
import { weatherAt, type SnowWeather } from './snowField';

export interface CityState {
  weather: SnowWeather;
  /** 0..1 share of the windows lit, in steps of 1/40: the skyline redraws a few dozen times across the story, not every frame */
  cityLight: number;
  /** the sky's glow over the city, 0..1 */
  glow: number;
}

export function cityState({
  story,
  stepIndex,
  progress,
}: Pick<SceneInput, 'story' | 'stepIndex' | 'progress'>): CityState {
  const weather = weatherAt(story, story.sceneSettings.snow, stepIndex, progress);
  return {
    weather,
    cityLight: Math.round(weather.cityLight * 40) / 40,
    glow: 0.25 + 0.75 * (1 - weather.cityLight) * weather.density + 0.2 * weather.density,
  };
}
