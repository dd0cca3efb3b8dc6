/** A tool that repeats its input: the smallest tool the agent can call. */
export function echo(text: string): string {
  return text
}
