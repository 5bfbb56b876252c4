// Severity in words on a mark's card: the colour is never the only cue.

export function severity(v: { permanence: 'permanent' | 'temporary'; hardBounce: boolean }): string {
  if (v.permanence === 'temporary') return 'Temporary: will be retried';
  return v.hardBounce ? 'Hard bounce: remove the address' : 'Permanent: retrying will not help';
}
