/** Shared facts about the shipped sample content that the journeys rely on. */
export const SEED = 'tokayev-kazakhstan-riots-coup-attempt';
export const SEED_TITLE = {
  ar: 'توكاييف: أعمال الشغب في كازاخستان محاولة انقلاب',
  ru: 'Токаев: беспорядки в Казахстане были попыткой госпереворота',
  en: 'Tokayev: riots in Kazakhstan were a coup attempt',
} as const;
/** A story published in ru and en only. */
export const NO_ARABIC = 'kazakhstan-constitutional-referendum-2022';
/** A story published in ar and ru only. */
export const NO_ENGLISH = 'russia-gcc-strategic-dialogue-moscow-2023';
export const LOCALES = ['ar', 'ru', 'en'] as const;
/** The `updated` of every locale's About page (content/pages/about): its sitemap lastmod. */
export const ABOUT_UPDATED = '2026-11-30T07:20:17+00:00';
