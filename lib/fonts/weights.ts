/** The weights of the subset Arabic face (lib/fonts/naskh), apart so that layouts can name them without loading subset-font. */
export const NASKH_WEIGHTS = ['400', '700'] as const;
export type NaskhWeight = (typeof NASKH_WEIGHTS)[number];
