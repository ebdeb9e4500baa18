export function serverOrigin(): string;
