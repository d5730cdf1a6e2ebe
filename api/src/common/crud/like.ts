/** Escapes `%`, `_` and `\\` so that user text is matched literally by LIKE / ILIKE. */
export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => '\\' + c);
