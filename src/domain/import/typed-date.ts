/**
 * A date as Vietnamese documents write it ("02/12/2026", "2/12/2026", "02-12-2026", "02.12.2026")
 * → ISO yyyy-mm-dd; undefined for anything that is not a day of the calendar (31/02/2026).
 */
export function isoFromTypedDate(typed: string): string | undefined {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(typed.trim());
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
