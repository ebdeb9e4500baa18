// The 404 page is rendered by ./layout.tsx (see NotFoundPage).
export default function SegmentNotFound() {
  return null;
}
