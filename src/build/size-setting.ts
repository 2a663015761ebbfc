/** A size set in the environment (a part or shard size): a whole number of at least 1, else the default. */
export function sizeSetting(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1) {
    throw new Error(`${name} must be a whole number of at least 1, not "${value}"`);
  }
  return size;
}
