import { useState } from 'react';

/** A date as ISO yyyy-mm-dd in the browser's own time zone (the day a Cần Thơ user sees on the wall). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The clock, read once per view: pure code takes `today` as an argument (tests fix the clock). */
export function useToday(): string {
  const [today] = useState(() => isoDay(new Date()));
  return today;
}
