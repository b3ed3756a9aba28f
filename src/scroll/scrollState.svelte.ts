/**
 * The story's only scroll state. Written by the scroll engine alone; read by every scene as props.
 */
import type { StepPosition } from './stepGeometry';

export class ScrollState {
  stepIndex = $state(0);
  /** 0..1 within the active step, clamped at the source */
  progress = $state(0);
  /** the active step's id */
  readonly stepId: string;

  constructor(stepIds: () => readonly string[]) {
    this.stepId = $derived(stepIds()[this.stepIndex]!);
  }

  /** Where the reader is, as the scenes take it. */
  get position(): StepPosition {
    return { stepIndex: this.stepIndex, progress: this.progress };
  }

  set = ({ stepIndex, progress }: StepPosition): void => {
    this.stepIndex = stepIndex;
    this.progress = progress;
  };
}
