import { getImageProps } from 'next/image';
import type { StoryImage as StoryImageData } from '@/lib/content';

/**
 * A story image through Next's optimizer (sharp: resized, AVIF/WebP,
 * srcset), rendered as a plain <img> on the server. `getImageProps` gives
 * the same markup as <Image> without shipping its client component.
 */
export function StoryImage({
  image,
  alt,
  sizes,
  priority = false,
  className,
}: {
  image: StoryImageData;
  alt: string;
  sizes: string;
  priority?: boolean;
  className?: string;
}) {
  const { props } = getImageProps({
    src: image.url,
    alt,
    width: image.width,
    height: image.height,
    sizes,
    quality: 70,
    priority,
    // `priority` alone makes it eager and preloaded, yet at the browser's
    // default low priority for images: the first screen's image must not
    // queue behind the scripts.
    fetchPriority: priority ? 'high' : undefined,
  });
  // Next adds style="color:transparent" (hides alt text while loading); the
  // CSP allows no style attributes, so the class does that job instead.
  const { style: _style, ...rest } = props;
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text
  return <img {...rest} className={`text-transparent ${className ?? ''}`} />;
}
