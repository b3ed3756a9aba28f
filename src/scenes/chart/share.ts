/** A workflow's share of the traditional time, as the bars and the chart's table write it. */
import { formatPercent } from '../../content/localeFormat.ts';

/** Shares on the bars and in the table carry one decimal; the axis, none. */
export const SHARE_DIGITS = 1;

export function formatShare(value: number, lang: string, approximate: boolean): string {
  const pct = formatPercent(value, lang, SHARE_DIGITS);
  return approximate ? `≈ ${pct}` : pct;
}
