/**
 * Share links for a story: plain URLs of each service's own share page,
 * carrying the story's canonical URL and its title. Nothing is sent to a
 * service until the reader follows its link; no script, frame or cookie of
 * theirs is on our pages.
 */
export const SHARE_SERVICES = ['telegram', 'whatsapp', 'x', 'facebook', 'vk', 'email'] as const;
export type ShareService = (typeof SHARE_SERVICES)[number];

export function shareLink(service: ShareService, url: string, title: string): string {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  switch (service) {
    case 'telegram':
      return `https://t.me/share/url?url=${u}&text=${t}`;
    case 'whatsapp':
      return `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`;
    case 'x':
      return `https://x.com/intent/post?url=${u}&text=${t}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${u}`;
    case 'vk':
      return `https://vk.com/share.php?url=${u}&title=${t}`;
    case 'email':
      return `mailto:?subject=${t}&body=${u}`;
  }
}
