/**
 * The hostile YAML of issue 3: nine levels of ten aliases each, 10^9 strings
 * once expanded. Shared by the hostile-input test (which proves it is refused
 * without being expanded) and the benchmark (which prints how long refusing it takes).
 */
export function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level <= 9; level += 1) {
    const name = String.fromCharCode(97 + level);
    const previous = String.fromCharCode(96 + level);
    lines.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}
