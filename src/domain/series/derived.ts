/**
 * Whether a figure's derivation (the CSV's `derivation` column: "rank: 22 + 20 = 42 | score: …") says that this
 * field was worked out rather than published, such as a rank from a reported change.
 */
export function derivedField(derivation: string | undefined, field: 'score' | 'rank'): boolean {
  return (derivation ?? '').split('|').some((part) => part.trim().toLowerCase().startsWith(`${field}:`));
}
